import {
  type CallOptions,
  type DateRange,
  defineProviderFactory,
  type Meeting,
  type MeetingLookup,
  type Page,
  type PageRequest,
  type Participant,
  type PhoneParticipant,
  type ProviderOptions,
  type ProviderV1,
  parseSettings,
  rateBudgetOf,
} from '@callroll/core';
import { createSystecApi } from './systec-api.js';
import { systecCapabilities } from './systec-capabilities.js';
import { listFromReport } from './systec-list-from-report.js';
import { listSystecMeetings } from './systec-list-meetings.js';
import { type SystecMapContext, toMeeting, toParticipant, toPhoneParticipant } from './systec-mappers.js';
import { checkSystecMeetingRef } from './systec-meeting-ref.js';
import { createSystecReports } from './systec-reports.js';
import { type ResolvedSystecSettings, type SystecSettings, systecSettingsSchema } from './systec-settings.js';
import type { SystecMeetingWire } from './systec-wire-schemas.js';

export { systecCapabilities } from './systec-capabilities.js';

const id = 'systec';
const displayName = 'Systec UMeeting';

type TelephonyRow = NonNullable<SystecMeetingWire['telephony_usage']>[number];
type AttendeeRow = NonNullable<SystecMeetingWire['participants']>[number];

export interface SystecUMeetingProvider extends ProviderV1 {
  listMeetings(range: DateRange, request?: PageRequest): Promise<Page<Meeting>>;
  listParticipants(meetingId: string, request?: PageRequest): Promise<Page<Participant>>;
  /** Many meetings at once, in the order asked; each ref with its meeting or its own error. */
  getMeetings(meetingRefs: readonly string[], options?: CallOptions): Promise<MeetingLookup[]>;
  meetingIdOf(meetingRef: string): string;
  close(): Promise<void>;
}

function create(settings: ResolvedSystecSettings, options: ProviderOptions): SystecUMeetingProvider {
  const api = createSystecApi(settings, options);
  const context: SystecMapContext = { timeZone: settings.timeZone, idParameter: settings.reportsIdParameter };
  const reports = createSystecReports(api, settings, context);
  return {
    specificationVersion: 'v1',
    id,
    displayName,
    // With the account's budget: listings read as many pages ahead as it sends at once.
    capabilities: { ...systecCapabilities, rateBudget: rateBudgetOf(settings, options.rateLimitWindowMs) },
    settingsSchema: systecSettingsSchema,
    async getMeeting(meetingRef, callOptions) {
      const meetingId = checkSystecMeetingRef(meetingRef, context, 'meetingRef');
      return toMeeting(await reports.report(meetingId, false, callOptions?.signal), context, 'meeting');
    },
    getMeetings: reports.getMeetings,
    // A ref is the id itself: Systec has no join codes to look up.
    meetingIdOf: (meetingRef) => checkSystecMeetingRef(meetingRef, context, 'meetingRef'),
    listMeetings: (range, request) => listSystecMeetings(api, settings, context, range, request),
    listPhoneParticipants: (meetingId, request) =>
      listFromReport<TelephonyRow, PhoneParticipant>(
        reports,
        context,
        meetingId,
        request,
        (wire) => wire.telephony_usage,
        (item, index) => toPhoneParticipant(meetingId.trim(), item, context, `telephony_usage[${index}]`),
      ),
    listParticipants: (meetingId, request) =>
      listFromReport<AttendeeRow, Participant>(
        reports,
        context,
        meetingId,
        request,
        (wire) => wire.participants,
        (item, index) => toParticipant(meetingId.trim(), item, context, `participants[${index}]`),
      ),
    close: () => api.close(),
  };
}

/**
 * A Systec UMeeting provider for one public-room account. Settings are checked now; the key
 * and secret are first sent, in a form body, by the first call.
 */
export function createSystecUMeeting(
  settings: SystecSettings,
  options: ProviderOptions = {},
): SystecUMeetingProvider {
  return create(parseSettings(systecSettingsSchema, settings, { provider: id }), options);
}

/** Systec UMeeting as a plugin, for the CLI and the VS Code extension. */
export const systecUMeetingProviderFactory = defineProviderFactory({
  id,
  displayName,
  capabilities: systecCapabilities,
  settingsSchema: systecSettingsSchema,
  create,
});
