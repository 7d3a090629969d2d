import {
  type CallOptions,
  checkDateRange,
  checkPageRequest,
  type DateRange,
  formatDateInZone,
  InvalidInputError,
  type Meeting,
  NotFoundError,
  type Page,
  type PageRequest,
  type Participant,
  type PhoneParticipant,
  type ProviderCapabilities,
  type ProviderFactoryV1,
  type ProviderOptions,
  type ProviderV1,
  parseJsonResponse,
  parseSettings,
} from '@callroll/core';
import { monthWindows } from './month-windows.js';
import { createSystecClient } from './systec-client.js';
import { type SystecMapContext, toMeeting, toParticipant, toPhoneParticipant } from './systec-mappers.js';
import { checkSystecMeetingRef, parseSystecMeetingRef } from './systec-meeting-ref.js';
import { createReportLoader } from './systec-report-loader.js';
import { type SystecSettings, systecSettingsSchema } from './systec-settings.js';
import { type SystecMeetingWire, systecSuccessWire } from './systec-wire-schemas.js';

const id = 'systec';
const displayName = 'Systec UMeeting';

export const systecCapabilities: ProviderCapabilities = {
  listMeetings: true,
  listParticipants: true,
  meetingCodes: false,
  callOut: false,
  // Phone and app participants come whole with a meeting's report and are paged here.
  maxPageSize: 1000,
  defaultPageSize: 1000,
};

/** share/detail pages: documented default 30; no maximum is documented, so stay modest. */
const meetingPageSize = { default: 30, max: 100 };
/** How long a report stays good for the later pages of the same listing. */
const reportReuseMs = 60_000;

/** One meeting id's outcome in `getMeetings`. */
export type SystecMeetingResult = { id: string; meeting: Meeting } | { id: string; error: NotFoundError };

export interface SystecUMeetingProvider extends ProviderV1 {
  listMeetings(range: DateRange, request?: PageRequest): Promise<Page<Meeting>>;
  listParticipants(meetingId: string, request?: PageRequest): Promise<Page<Participant>>;
  /** Many meetings at once, in the order asked; an id without a report is a `NotFoundError` of its own. */
  getMeetings(meetingIds: readonly string[], options?: CallOptions): Promise<SystecMeetingResult[]>;
  close(): Promise<void>;
}

/**
 * A Systec UMeeting provider for one public-room account. Settings are checked now; the key
 * and secret are first sent, in a form body, by the first call.
 */
export function createSystecUMeeting(
  settings: SystecSettings,
  options: ProviderOptions = {},
): SystecUMeetingProvider {
  const config = parseSettings(systecSettingsSchema, settings, { provider: id });
  const client = createSystecClient(config, options);
  const context: SystecMapContext = { timeZone: config.timeZone, idParameter: config.reportsIdParameter };
  const loader = createReportLoader(client, config, context);
  const recent = new Map<string, { wire: Promise<SystecMeetingWire>; at: number }>();

  const checkMeetingId = (meetingId: unknown, field = 'meetingId') =>
    checkSystecMeetingRef(meetingId, context, field);

  // Meeting pages are capped lower than the participant pages the capability describes.
  function paging(
    request: PageRequest | undefined,
    sizes: { default: number; max: number },
    cursorPattern: RegExp,
  ) {
    const { pageSize, cursor } = checkPageRequest(request, {
      provider: id,
      maxPageSize: systecCapabilities.maxPageSize,
      defaultPageSize: sizes.default,
      cursorPattern,
    });
    return { pageSize: Math.min(pageSize, sizes.max), cursor };
  }

  /** The report a ref means: the one with its uuid, or the latest of a meeting number's. */
  async function reportOf(meetingRef: string, signal: AbortSignal | undefined): Promise<SystecMeetingWire> {
    const { lookup, uuid } = parseSystecMeetingRef(meetingRef, context);
    const reports = await loader.load(lookup, signal);
    const chosen =
      uuid === undefined
        ? reports.reduce((latest, wire) =>
            (wire.start_time ?? '') > (latest.start_time ?? '') ? wire : latest,
          )
        : reports.find((wire) => wire.uuid === uuid);
    if (!chosen) {
      throw new NotFoundError({
        provider: id,
        resource: 'meeting',
        id: meetingRef,
        message: `Systec UMeeting has no report of meeting ${meetingRef}`,
      });
    }
    return chosen;
  }

  /** A fresh report for a first page; the same one for the later pages of that listing. */
  function report(
    meetingId: string,
    continuing: boolean,
    signal: AbortSignal | undefined,
  ): Promise<SystecMeetingWire> {
    const kept = recent.get(meetingId);
    if (continuing && kept && Date.now() - kept.at < reportReuseMs) return kept.wire;
    const wire = reportOf(meetingId, signal);
    recent.set(meetingId, { wire, at: Date.now() });
    wire.catch(() => recent.delete(meetingId));
    // Bounded: only the listings under way need it.
    if (recent.size > 1000) recent.delete(recent.keys().next().value as string);
    return wire;
  }

  async function listFromReport<W, T>(
    meetingId: string,
    request: PageRequest | undefined,
    pick: (wire: SystecMeetingWire) => readonly W[] | null | undefined,
    convert: (item: W, index: number) => T,
  ): Promise<Page<T>> {
    const checked = checkMeetingId(meetingId);
    const { pageSize, cursor } = paging(
      request,
      { default: systecCapabilities.defaultPageSize, max: systecCapabilities.maxPageSize },
      /^\d{1,7}$/,
    );
    const offset = cursor === undefined ? 0 : Number(cursor);
    const all = pick(await report(checked, cursor !== undefined, request?.signal)) ?? [];
    const items = all.slice(offset, offset + pageSize).map((item, index) => convert(item, offset + index));
    const next = offset + pageSize;
    return {
      items,
      total: all.length,
      ...(next < all.length ? { nextCursor: String(next) } : {}),
      ...(offset === 0 && next < all.length
        ? {
            pageCursors: Array.from({ length: Math.ceil(all.length / pageSize) - 1 }, (_, index) =>
              String((index + 1) * pageSize),
            ),
          }
        : {}),
    };
  }

  async function getMeetings(
    meetingIds: readonly string[],
    callOptions?: CallOptions,
  ): Promise<SystecMeetingResult[]> {
    const ids = meetingIds.map((meetingId, index) => checkMeetingId(meetingId, `meetingIds[${index}]`));
    const settled = await Promise.allSettled(
      ids.map((meetingId) => reportOf(meetingId, callOptions?.signal)),
    );
    return settled.map((outcome, index): SystecMeetingResult => {
      const meetingId = ids[index] as string;
      if (outcome.status === 'fulfilled')
        return { id: meetingId, meeting: toMeeting(outcome.value, context, `meetings[${index}]`) };
      if (NotFoundError.isInstance(outcome.reason)) return { id: meetingId, error: outcome.reason };
      throw outcome.reason;
    });
  }

  async function listMeetings(range: DateRange, request?: PageRequest): Promise<Page<Meeting>> {
    checkDateRange(range, id);
    const { pageSize, cursor } = paging(request, meetingPageSize, /^\d{1,4}\.[1-9]\d{0,6}$/);
    const windows = monthWindows(
      formatDateInZone(range.from, config.timeZone),
      formatDateInZone(new Date(range.to.getTime() - 1), config.timeZone),
    );
    const [window = 0, page = 1] = (cursor ?? '0.1').split('.').map(Number);
    const dates = windows[window];
    if (!dates)
      throw new InvalidInputError({
        provider: id,
        issues: [{ field: 'cursor', problem: 'is past the end of this range' }],
      });
    const response = await client.call({
      path: 'share/detail',
      form: [
        ['from', dates[0]],
        ['to', dates[1]],
        ...(config.hostId ? ([['host_id', config.hostId]] as [string, string][]) : []),
        ['show_participants', 'false'],
        ['show_telephony_usage', 'false'],
        ['page_size', String(pageSize)],
        ['page_number', String(page)],
      ],
      signal: request?.signal,
      operation: 'listMeetings',
    });
    const body = parseJsonResponse(systecSuccessWire, response.text, {
      provider: id,
      status: response.status,
      secrets: [config.apiSecret],
      what: 'the meeting list',
    });
    const from = range.from.getTime();
    const to = range.to.getTime();
    // Dates are whole days in the service's zone; the range may start or end within one.
    const items = (body.data.meetings ?? [])
      .map((wire, index) => toMeeting(wire, context, `data.meetings[${index}]`))
      .filter(
        (meeting) =>
          meeting.startAt === undefined ||
          (meeting.startAt.getTime() >= from && meeting.startAt.getTime() < to),
      );
    const pages = body.data.total_page ?? (body.data.has_next_page ? page + 1 : page);
    const nextCursor =
      page < pages ? `${window}.${page + 1}` : window + 1 < windows.length ? `${window + 1}.1` : undefined;
    return {
      items,
      ...(nextCursor ? { nextCursor } : {}),
      ...(windows.length === 1 && page === 1 && pages > 1
        ? { pageCursors: Array.from({ length: pages - 1 }, (_, index) => `0.${index + 2}`) }
        : {}),
    };
  }

  return {
    specificationVersion: 'v1',
    id,
    displayName,
    capabilities: systecCapabilities,
    settingsSchema: systecSettingsSchema,
    async getMeeting(meetingRef, callOptions) {
      const meetingId = checkMeetingId(meetingRef, 'meetingRef');
      return toMeeting(await report(meetingId, false, callOptions?.signal), context, 'meeting');
    },
    getMeetings,
    listMeetings,
    listPhoneParticipants: (meetingId, request) =>
      listFromReport<NonNullable<SystecMeetingWire['telephony_usage']>[number], PhoneParticipant>(
        meetingId,
        request,
        (wire) => wire.telephony_usage,
        (item, index) => toPhoneParticipant(meetingId.trim(), item, context, `telephony_usage[${index}]`),
      ),
    listParticipants: (meetingId, request) =>
      listFromReport<NonNullable<SystecMeetingWire['participants']>[number], Participant>(
        meetingId,
        request,
        (wire) => wire.participants,
        (item, index) => toParticipant(meetingId.trim(), item, context, `participants[${index}]`),
      ),
    close: () => client.close(),
  };
}

/** Systec UMeeting as a plugin, for the CLI and the VS Code extension. */
export const systecUMeetingProviderFactory: ProviderFactoryV1<typeof systecSettingsSchema> = {
  specificationVersion: 'v1',
  id,
  displayName,
  capabilities: systecCapabilities,
  settingsSchema: systecSettingsSchema,
  create: (settings, options) => createSystecUMeeting(settings as SystecSettings, options),
};
