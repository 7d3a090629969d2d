import { runProviderConformanceTests } from '@callroll/core/testing';
import { beijingRange, startSystecHarness } from './support/systec-emulator.js';

/** The API secret of the `invalid` credentials, which the emulator refuses. */
const rejectedApiSecret = 'a-wrong-api-secret';

runProviderConformanceTests({
  name: 'systec',
  async setup() {
    const harness = await startSystecHarness();
    const { emulator } = harness;
    const { fixtures, credentials } = emulator.systec;
    const meeting = fixtures.costMeeting;
    return {
      createProvider: ({ credentials: which, ...options }) =>
        harness.provider(which === 'valid' ? {} : { apiSecret: rejectedApiSecret }, options),
      // A bare meeting number means the latest meeting held under it; the id names it exactly.
      meetingWithPhoneParticipants: {
        meetingRef: meeting.meetingId,
        meetingId: `${meeting.meetingId}:${meeting.uuid}`,
        count: meeting.callCount,
      },
      missingMeetingId: fixtures.missingMeetingId,
      malformedMeetingId: '1790001234,1790001235',
      meetingRange: {
        ...beijingRange(fixtures.busyMonth.from, fixtures.busyMonth.to),
        count: fixtures.busyMonth.meetingCount,
      },
      async setScenario(mode) {
        if (mode === 'rate-limited') {
          emulator.setScenario({ systecRateLimitPerSecond: 1 });
          // Spend this second's one call, so that the kit's call is the one refused.
          await harness.post('share/detail');
        } else if (mode === 'malformed-response') {
          emulator.setScenario({ faultRate: 1, faultKinds: ['non-json'] });
        } else if (mode === 'slow') {
          // The emulator's longest latency: two minutes, longer than any test waits.
          emulator.setScenario({ latencyMs: 120_000 });
        } else {
          emulator.setScenario({ systecRateLimitPerSecond: 0, faultRate: 0, latencyMs: 0 });
        }
      },
      secrets: [credentials.apiSecret],
      rejectedSecrets: [rejectedApiSecret],
      close: () => harness.close(),
    };
  },
});
