import type { CallrollError } from '../errors/callroll-error.js';
import type { Meeting } from '../model/meeting.js';
import type { Participant } from '../model/participant.js';
import type { PhoneParticipant } from '../model/phone-participant.js';
import type { ProviderId } from '../model/provider-id.js';
import type { TransportEventListener } from '../transport/transport-types.js';
import type { CallOptions, DateRange, Page, PageRequest } from './page.js';
import type { ProviderCapabilities } from './provider-capabilities.js';
import type { SettingsSchema } from './settings-field.js';

/** A number to call out to, as a person gives it: E.164, or national with a calling code. */
export interface CallOutTarget {
  number: string;
  callingCode?: string | undefined;
  extension?: string | undefined;
  name?: string | undefined;
}

/** One meeting of a read of many: the meeting, or the typed error of that ref alone. */
export type MeetingLookup = { ref: string; meeting: Meeting } | { ref: string; error: CallrollError };

export interface CallOutResult {
  accepted: PhoneParticipant['phone'][];
  rejected: { phone: PhoneParticipant['phone']; reason: string }[];
}

/**
 * A meeting provider, version 1 of the contract. Every operation validates its input before any
 * request and throws only `CallrollError`s (see `CallrollError.isInstance`).
 */
export interface ProviderV1 {
  readonly specificationVersion: 'v1';
  readonly id: ProviderId;
  readonly displayName: string;
  readonly capabilities: ProviderCapabilities;
  /** The settings this provider was made from, as a schema (titles, descriptions, secret flags). */
  readonly settingsSchema: SettingsSchema;

  /** One meeting by the provider's id (or its join code where `capabilities.meetingCodes`). */
  getMeeting(meetingRef: string, options?: CallOptions): Promise<Meeting>;

  /**
   * Many meetings at once, where the service reads several in one call: in the order asked, each
   * ref with its meeting or its own error (one missing never fails the others). Without it,
   * `readMeetings` calls `getMeeting` concurrently.
   */
  getMeetings?(meetingRefs: readonly string[], options?: CallOptions): Promise<MeetingLookup[]>;

  /**
   * The provider's meeting id a ref names, without a request, when the ref is an id; `undefined`
   * for a join code, which `getMeeting` must look up. Throws `InvalidInputError` for a malformed ref.
   */
  meetingIdOf?(meetingRef: string): string | undefined;

  /** Meetings that overlap a date range, page by page. Where `capabilities.listMeetings`. */
  listMeetings?(range: DateRange, request?: PageRequest): Promise<Page<Meeting>>;

  /** A meeting's phone participants, page by page. */
  listPhoneParticipants(meetingId: string, request?: PageRequest): Promise<Page<PhoneParticipant>>;

  /** A meeting's app participants, page by page. Where `capabilities.listParticipants`. */
  listParticipants?(meetingId: string, request?: PageRequest): Promise<Page<Participant>>;

  /** Calls numbers into a meeting. Where `capabilities.callOut`; never retried automatically. */
  startCallOut?(meetingId: string, targets: CallOutTarget[], options?: CallOptions): Promise<CallOutResult>;

  /** Cancels call-outs still ringing. Where `capabilities.callOut`; never retried automatically. */
  cancelCallOut?(meetingId: string, targets: CallOutTarget[], options?: CallOptions): Promise<CallOutResult>;

  /** Releases pooled connections. The provider must not be used afterwards. */
  close?(): Promise<void>;
}

/** What every provider factory accepts besides its settings. */
export interface ProviderOptions {
  /** Request log events, secrets already redacted. */
  onEvent?: TransportEventListener | undefined;
  /** Retries of idempotent requests (default the transport's). 0 turns retries off. */
  maxRetries?: number | undefined;
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number | undefined;
  /**
   * The length of the service's rate-limit window, when it is not the one the provider documents
   * (an emulator's short window in tests): the client-side limit counts per window, and a
   * rate-limit answer without Retry-After is waited out for this long.
   */
  rateLimitWindowMs?: number | undefined;
}

/**
 * What a provider package exports so that a front end can list it, ask for its settings and
 * make providers from them without knowing the provider.
 */
export interface ProviderFactoryV1<S extends SettingsSchema = SettingsSchema> {
  readonly specificationVersion: 'v1';
  readonly id: ProviderId;
  readonly displayName: string;
  readonly capabilities: ProviderCapabilities;
  readonly settingsSchema: S;
  /** Checks the settings (throwing `InvalidInputError`) and makes a provider; no request is made. */
  create(settings: unknown, options?: ProviderOptions): ProviderV1;
}

/** Tells a v1 provider factory from anything else a plugin package might export. */
export function isProviderFactoryV1(value: unknown): value is ProviderFactoryV1 {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof ProviderFactoryV1, unknown>>;
  return (
    candidate.specificationVersion === 'v1' &&
    typeof candidate.id === 'string' &&
    typeof candidate.displayName === 'string' &&
    typeof candidate.create === 'function' &&
    typeof candidate.settingsSchema === 'object' &&
    candidate.settingsSchema !== null
  );
}

/** Tells a v1 provider from anything else. */
export function isProviderV1(value: unknown): value is ProviderV1 {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof ProviderV1, unknown>>;
  return (
    candidate.specificationVersion === 'v1' &&
    typeof candidate.id === 'string' &&
    typeof candidate.getMeeting === 'function' &&
    typeof candidate.listPhoneParticipants === 'function'
  );
}
