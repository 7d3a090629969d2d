import {
  AuthenticationError,
  type CallOptions,
  checkDateRange,
  checkPageRequest,
  type DateRange,
  type Meeting,
  NotFoundError,
  type Page,
  type PageRequest,
  type PhoneParticipant,
  type ProviderCapabilities,
  type ProviderFactoryV1,
  type ProviderV1,
  parseSettings,
  settingsField,
  throwIfAborted,
} from '@callroll/core';
import { z } from 'zod';
import { exampleMeetings, examplePhoneLines } from './example-data.js';

const id = 'example';

export const exampleSettingsSchema = z.object({
  token: settingsField(z.string().min(8), {
    title: 'Access token',
    description: 'Any token starting with "example-" works in this demo',
    secret: true,
  }),
  region: settingsField(z.enum(['cn', 'global']).default('cn'), {
    title: 'Region',
    description: 'Where the demo data lives',
  }),
});

export const exampleCapabilities: ProviderCapabilities = {
  listMeetings: true,
  listParticipants: false,
  meetingCodes: true,
  callOut: false,
  maxPageSize: 100,
  defaultPageSize: 50,
};

/**
 * A provider with made-up data and no network, to show the shape of one: settings with a secret,
 * typed errors, paging with `pageCursors`. A real one calls its service through the core's
 * `createHttpTransport`.
 */
export function createExampleProvider(settings: unknown, now: () => Date = () => new Date()): ProviderV1 {
  const config = parseSettings(exampleSettingsSchema, settings, { provider: id });
  const authorize = () => {
    if (!config.token.startsWith('example-')) {
      throw new AuthenticationError({
        provider: id,
        message: 'The example service rejected the access token',
      });
    }
  };
  const find = (ref: string): Meeting => {
    const meeting = exampleMeetings(now()).find(
      (candidate) => candidate.id === ref || candidate.code === ref,
    );
    if (!meeting)
      throw new NotFoundError({
        provider: id,
        resource: 'meeting',
        id: ref,
        message: `No example meeting ${ref}`,
      });
    return meeting;
  };
  const page = <T>(items: T[], request: PageRequest | undefined): Page<T> => {
    const { pageSize, cursor } = checkPageRequest(request, {
      provider: id,
      maxPageSize: exampleCapabilities.maxPageSize,
      defaultPageSize: exampleCapabilities.defaultPageSize,
      cursorPattern: /^\d{1,6}$/,
    });
    const offset = cursor === undefined ? 0 : Number(cursor);
    const next = offset + pageSize;
    const later = [];
    for (let start = pageSize; start < items.length; start += pageSize) later.push(String(start));
    return {
      items: items.slice(offset, next),
      total: items.length,
      ...(next < items.length ? { nextCursor: String(next) } : {}),
      ...(offset === 0 && later.length > 0 ? { pageCursors: later } : {}),
    };
  };

  return {
    specificationVersion: 'v1',
    id,
    displayName: 'Example Meetings',
    capabilities: exampleCapabilities,
    settingsSchema: exampleSettingsSchema,
    async getMeeting(meetingRef: string, options?: CallOptions) {
      throwIfAborted(options?.signal, id);
      authorize();
      return find(meetingRef);
    },
    async listMeetings(range: DateRange, request?: PageRequest) {
      checkDateRange(range, id);
      authorize();
      const meetings = exampleMeetings(now()).filter(
        (meeting) => (meeting.startAt ?? range.from) < range.to && (meeting.endAt ?? range.to) >= range.from,
      );
      return page(meetings, request);
    },
    async listPhoneParticipants(meetingId: string, request?: PageRequest): Promise<Page<PhoneParticipant>> {
      authorize();
      return page(examplePhoneLines(find(meetingId)), request);
    },
  };
}

/** What the extension registers with Callroll: people add accounts of it in "Add account". */
export const exampleProviderFactory: ProviderFactoryV1<typeof exampleSettingsSchema> = {
  specificationVersion: 'v1',
  id,
  displayName: 'Example Meetings',
  capabilities: exampleCapabilities,
  settingsSchema: exampleSettingsSchema,
  create: (settings) => createExampleProvider(settings),
};
