import type { Meeting } from '../model/meeting.js';
import type { Participant } from '../model/participant.js';
import { defineProviderFactory } from '../provider/define-provider-factory.js';
import type { JsonApi } from '../provider/json-api.js';
import type { DateRange, Page, PageRequest } from '../provider/page.js';
import type { ProviderOptions, ProviderV1 } from '../provider/provider-v1.js';
import { createReferenceApi } from './reference-api.js';
import { referenceCapabilities } from './reference-capabilities.js';
import { getReferenceMeeting } from './reference-get-meeting.js';
import { listReferenceMeetings } from './reference-list-meetings.js';
import { listReferenceParticipants } from './reference-list-participants.js';
import { listReferencePhoneParticipants } from './reference-list-phone-participants.js';
import { type ReferenceSettings, referenceSettingsSchema } from './reference-settings.js';

const id = 'reference';
const displayName = 'Reference service';

/** The reference provider: `ProviderV1` with the optional operations it has made required. */
export interface ReferenceProvider extends ProviderV1 {
  listMeetings(range: DateRange, request?: PageRequest): Promise<Page<Meeting>>;
  listParticipants(meetingId: string, request?: PageRequest): Promise<Page<Participant>>;
  close(): Promise<void>;
}

/** The provider's operations over one account's API; each lives in a file of its own. */
function referenceProvider(api: JsonApi): ReferenceProvider {
  return {
    specificationVersion: 'v1',
    id,
    displayName,
    capabilities: referenceCapabilities,
    settingsSchema: referenceSettingsSchema,
    getMeeting: (meetingRef, options) => getReferenceMeeting(api, meetingRef, options),
    listMeetings: (range, request) => listReferenceMeetings(api, range, request),
    listPhoneParticipants: (meetingId, request) => listReferencePhoneParticipants(api, meetingId, request),
    listParticipants: (meetingId, request) => listReferenceParticipants(api, meetingId, request),
    close: () => api.close(),
  };
}

/** The reference provider as a plugin: what a provider package exports for front ends. */
export const referenceProviderFactory = defineProviderFactory({
  id,
  displayName,
  capabilities: referenceCapabilities,
  settingsSchema: referenceSettingsSchema,
  create: (settings, options) => referenceProvider(createReferenceApi(settings, options)),
});

/**
 * The reference provider: a complete v1 provider for the reference service
 * (`startReferenceServer`), written as a provider package would be. Settings are checked now
 * (`InvalidInputError`); the key is first sent by the first call.
 */
export function createReferenceProvider(
  settings: ReferenceSettings,
  options: ProviderOptions = {},
): ReferenceProvider {
  return referenceProviderFactory.create(settings, options);
}
