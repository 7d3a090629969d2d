import { runProviderConformanceTests } from '@callroll/core/testing';
import { createAcmeMeet } from '../src/index.js';
import { startAcmeFakeService } from './support/acme-fake-service.js';

/** The token of the `invalid` credentials: well-formed, and refused by the fake service. */
const rejectedToken = 'acme_not-the-right-token';

runProviderConformanceTests({
  name: 'acme',
  async setup() {
    const service = await startAcmeFakeService();
    const { busy, missing, dialIns, unknownState } = service.meetings;
    return {
      createProvider: ({ credentials, ...options }) =>
        createAcmeMeet(
          {
            baseURL: service.url,
            workspace: service.workspace,
            token: credentials === 'valid' ? service.token : rejectedToken,
          },
          options,
        ),
      meetingWithPhoneParticipants: { meetingRef: busy, meetingId: busy, count: dialIns },
      unknownPhoneStatus: { meetingId: busy, rawStatus: unknownState },
      missingMeetingId: missing,
      malformedMeetingId: '../v2/workspaces',
      setScenario: (scenario) => service.setScenario(scenario),
      secrets: [service.token],
      rejectedSecrets: [rejectedToken],
      close: () => service.close(),
    };
  },
});
