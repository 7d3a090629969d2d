import { defineProviderFactory, type ProviderOptions, type ProviderV1 } from '@callroll/core';
import { type AcmeApi, createAcmeApi } from './acme-api.js';
import { acmeCapabilities } from './acme-capabilities.js';
import { getAcmeMeeting } from './acme-get-meeting.js';
import { listAcmeDialIns } from './acme-list-dial-ins.js';
import { type AcmeSettings, acmeSettingsSchema } from './acme-settings.js';

const id = 'acme';
const displayName = 'Acme Meet';

/** The operations over one workspace's API; each lives in a file of its own. */
function acmeProvider(api: AcmeApi): ProviderV1 {
  return {
    specificationVersion: 'v1',
    id,
    displayName,
    capabilities: acmeCapabilities,
    settingsSchema: acmeSettingsSchema,
    getMeeting: (meetingRef, options) => getAcmeMeeting(api, meetingRef, options),
    listPhoneParticipants: (meetingId, request) => listAcmeDialIns(api, meetingId, request),
    close: () => api.close(),
  };
}

/** Acme Meet as a plugin, for the CLI and the VS Code extension. */
export const acmeProviderFactory = defineProviderFactory({
  id,
  displayName,
  capabilities: acmeCapabilities,
  settingsSchema: acmeSettingsSchema,
  create: (settings, options) => acmeProvider(createAcmeApi(settings, options)),
});

/** An Acme Meet provider for one workspace; settings are checked now, the token sent later. */
export function createAcmeMeet(settings: AcmeSettings, options: ProviderOptions = {}): ProviderV1 {
  return acmeProviderFactory.create(settings, options);
}
