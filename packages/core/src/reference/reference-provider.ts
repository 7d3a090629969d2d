import type { z } from 'zod';
import { AuthenticationError } from '../errors/authentication-error.js';
import type { CallrollError } from '../errors/callroll-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { PermissionError } from '../errors/permission-error.js';
import { ProviderError } from '../errors/provider-error.js';
import { RateLimitedError } from '../errors/rate-limited-error.js';
import type { Meeting, MeetingStatus } from '../model/meeting.js';
import { toMoney } from '../model/money.js';
import type { Participant } from '../model/participant.js';
import { parsePhoneNumber } from '../model/phone-number.js';
import type { PhoneDirection, PhoneParticipant, PhoneStatus } from '../model/phone-participant.js';
import { parseJsonResponse } from '../parsing/parse-json-response.js';
import { checkDateRange, checkPageRequest } from '../provider/check-page-request.js';
import type { DateRange, Page, PageRequest } from '../provider/page.js';
import type { ProviderFactoryV1, ProviderOptions, ProviderV1 } from '../provider/provider-v1.js';
import { parseSettings } from '../provider/settings-field.js';
import { createHttpTransport } from '../transport/http-transport.js';
import type { TransportResponse } from '../transport/transport-types.js';
import { referenceCapabilities } from './reference-capabilities.js';
import { type ReferenceSettings, referenceSettingsSchema } from './reference-settings.js';
import {
  referenceErrorWire,
  referenceMeetingWire,
  referencePageWire,
  referenceParticipantWire,
  referencePhoneWire,
} from './reference-wire-schemas.js';

const id = 'reference';

const capabilities = referenceCapabilities;

const meetingStates: Record<string, MeetingStatus> = {
  scheduled: 'scheduled',
  live: 'live',
  ended: 'ended',
  cancelled: 'cancelled',
};
const phoneStatuses: Record<string, PhoneStatus> = {
  ringing: 'calling',
  'in-call': 'connected',
  'hung-up': 'ended',
  'no-answer': 'unanswered',
  cancelled: 'cancelled',
};
const directions: Record<string, PhoneDirection> = {
  out: 'call-out',
  in: 'call-in',
  'toll-free': 'toll-free',
};

/**
 * The reference provider: a complete v1 provider for the reference service
 * (`startReferenceServer`), written as a provider package would be. Use it to try front ends and
 * as a model for new providers.
 */
export function createReferenceProvider(
  settings: ReferenceSettings,
  options: ProviderOptions = {},
): ProviderV1 {
  const parsed = parseSettings(referenceSettingsSchema, settings, { provider: id });
  const transport = createHttpTransport({
    provider: id,
    baseURL: parsed.baseURL,
    userAgent: 'callroll-reference-provider',
    concurrency: parsed.concurrency,
    secretHeaders: ['authorization'],
    onEvent: options.onEvent,
    maxRetries: options.maxRetries,
    timeoutMs: options.timeoutMs,
  });
  const secrets = [parsed.apiKey];

  async function get(
    path: string,
    query: [string, string][],
    signal: AbortSignal | undefined,
    operation: string,
  ) {
    const response = await transport.request({
      method: 'GET',
      path,
      query,
      headers: { authorization: `Bearer ${parsed.apiKey}` },
      signal,
      operation,
    });
    if (response.status >= 300) throw toError(response);
    return response;
  }

  function toError(response: TransportResponse): CallrollError {
    const parsedBody = referenceErrorWire.safeParse(safeJson(response.text));
    const code = parsedBody.success ? parsedBody.data.error.code : undefined;
    const message = parsedBody.success ? parsedBody.data.error.message : `HTTP ${response.status}`;
    const base = { provider: id, status: response.status, providerCode: code };
    switch (response.status) {
      case 401:
        return new AuthenticationError({ ...base, message: `Authentication failed: ${message}` });
      case 403:
        return new PermissionError({ ...base, message: `Not allowed: ${message}` });
      case 404:
        return new NotFoundError({ ...base, resource: 'meeting', message: `Not found: ${message}` });
      case 429: {
        const seconds = Number(response.headers['retry-after']);
        return new RateLimitedError({
          ...base,
          message: `Rate limited: ${message}`,
          retryAfterMs: Number.isFinite(seconds) ? seconds * 1000 : undefined,
        });
      }
      default:
        return new ProviderError({
          ...base,
          retryable: response.status >= 500,
          message: `The reference service failed: ${message}`,
          providerMessage: message,
        });
    }
  }

  function paging(request: PageRequest | undefined): { page: number; pageSize: number } {
    const { pageSize, cursor } = checkPageRequest(request, {
      provider: id,
      ...capabilities,
      cursorPattern: /^[1-9]\d{0,8}$/,
    });
    return { page: cursor === undefined ? 1 : Number(cursor), pageSize };
  }

  function checkMeetingId(meetingId: string): void {
    if (!/^[A-Za-z0-9-]{1,64}$/.test(meetingId)) {
      throw new InvalidInputError({
        provider: id,
        issues: [{ field: 'meetingId', problem: 'must be 1 to 64 letters, digits or hyphens' }],
      });
    }
  }

  async function listPage<W, T>(
    path: string,
    extraQuery: [string, string][],
    request: PageRequest | undefined,
    item: z.ZodType<W>,
    convert: (wire: W) => T,
    operation: string,
  ): Promise<Page<T>> {
    const { page, pageSize } = paging(request);
    const response = await get(
      path,
      [...extraQuery, ['page', String(page)], ['page_size', String(pageSize)]],
      request?.signal,
      operation,
    );
    const body = parseJsonResponse(referencePageWire(item), response.text, {
      provider: id,
      status: response.status,
      secrets,
      what: operation,
    });
    const pages = Math.ceil(body.total / pageSize);
    return {
      items: body.items.map(convert),
      total: body.total,
      ...(page < pages ? { nextCursor: String(page + 1) } : {}),
      ...(page === 1 && pages > 1
        ? { pageCursors: Array.from({ length: pages - 1 }, (_, index) => String(index + 2)) }
        : {}),
    };
  }

  const toMeeting = (wire: z.infer<typeof referenceMeetingWire>): Meeting => ({
    provider: id,
    id: wire.id,
    code: wire.code,
    topic: wire.topic,
    status: meetingStates[wire.state] ?? 'unknown',
    rawStatus: wire.state,
    startAt: new Date(wire.starts_at),
    ...(wire.ends_at ? { endAt: new Date(wire.ends_at) } : {}),
    host: wire.host,
    raw: wire,
  });

  return {
    specificationVersion: 'v1',
    id,
    displayName: 'Reference service',
    capabilities,
    settingsSchema: referenceSettingsSchema,

    async getMeeting(meetingId, callOptions) {
      checkMeetingId(meetingId);
      const response = await get(
        `v1/meetings/${encodeURIComponent(meetingId)}`,
        [],
        callOptions?.signal,
        'getMeeting',
      );
      const wire = parseJsonResponse(referenceMeetingWire, response.text, {
        provider: id,
        status: response.status,
        secrets,
        what: 'getMeeting',
      });
      return toMeeting(wire);
    },

    listMeetings(range: DateRange, request?: PageRequest) {
      checkDateRange(range, id);
      return listPage(
        'v1/meetings',
        [
          ['from', range.from.toISOString()],
          ['to', range.to.toISOString()],
        ],
        request,
        referenceMeetingWire,
        toMeeting,
        'listMeetings',
      );
    },

    async listPhoneParticipants(meetingId, request) {
      checkMeetingId(meetingId);
      return listPage(
        `v1/meetings/${encodeURIComponent(meetingId)}/phones`,
        [],
        request,
        referencePhoneWire,
        (wire): PhoneParticipant => {
          const cost = wire.cost === null ? undefined : toMoney(wire.cost, wire.currency);
          return {
            provider: id,
            meetingId,
            participantId: wire.id,
            phone: parsePhoneNumber({ number: wire.number, extension: wire.extension ?? undefined }),
            direction: directions[wire.direction] ?? 'unknown',
            rawDirection: wire.direction,
            status: phoneStatuses[wire.status] ?? 'unknown',
            rawStatus: wire.status,
            ...(wire.joined_at ? { joinedAt: new Date(wire.joined_at) } : {}),
            ...(wire.left_at ? { leftAt: new Date(wire.left_at) } : {}),
            ...(wire.duration_s === null ? {} : { durationSeconds: wire.duration_s }),
            ...(cost ? { cost } : {}),
            raw: wire,
          };
        },
        'listPhoneParticipants',
      );
    },

    async listParticipants(meetingId, request) {
      checkMeetingId(meetingId);
      return listPage(
        `v1/meetings/${encodeURIComponent(meetingId)}/participants`,
        [],
        request,
        referenceParticipantWire,
        (wire): Participant => ({
          provider: id,
          meetingId,
          participantId: wire.id,
          name: wire.name,
          joinedAt: new Date(wire.joined_at),
          ...(wire.left_at ? { leftAt: new Date(wire.left_at) } : {}),
          device: wire.device,
          raw: wire,
        }),
        'listParticipants',
      );
    },

    close: () => transport.close(),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The reference provider as a plugin: what a provider package exports for front ends. */
export const referenceProviderFactory: ProviderFactoryV1<typeof referenceSettingsSchema> = {
  specificationVersion: 'v1',
  id,
  displayName: 'Reference service',
  capabilities,
  settingsSchema: referenceSettingsSchema,
  create: (settings, options) => createReferenceProvider(settings as ReferenceSettings, options),
};
