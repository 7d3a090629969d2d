import { runProviderConformanceTests } from '@callroll/core/testing';
import { startTencentHarness } from './support/tencent-emulator.js';

/** The SecretKey of the `invalid` credentials: the emulator refuses what it signs. */
const rejectedSecretKey = 'a-wrong-secret-key-123';

runProviderConformanceTests({
  name: 'tencent',
  async setup() {
    const harness = await startTencentHarness();
    const { emulator } = harness;
    const { fixtures, credentials } = emulator.tencent;
    const meeting = fixtures.everyStatusMeeting;
    return {
      createProvider: ({ credentials: which, ...options }) =>
        harness.provider(which === 'valid' ? {} : { secretKey: rejectedSecretKey }, options),
      meetingWithPhoneParticipants: {
        meetingRef: `#腾讯会议：${meeting.meetingCode.replace(/(\d{3})(\d{3})(\d{3})/, '$1-$2-$3')}`,
        meetingId: meeting.meetingId,
        count: meeting.calloutCount,
      },
      unknownPhoneStatus: { meetingId: meeting.meetingId, rawStatus: fixtures.undocumentedCalloutStatus },
      missingMeetingId: fixtures.missingMeetingId,
      meetingRange: {
        from: new Date(Date.now() - 120 * 86_400_000),
        to: new Date(Date.now() + 120 * 86_400_000),
        count: fixtures.operatorMeetings.liveAndUpcoming + fixtures.operatorMeetings.ended,
      },
      malformedMeetingId: '../v1/users',
      setScenario: (mode) => {
        emulator.setScenario(
          mode === 'rate-limited'
            ? { rateLimitPerMinute: 1 }
            : mode === 'malformed-response'
              ? { faultRate: 1, faultKinds: ['non-json'] }
              : // The emulator's longest latency: two minutes, longer than any test waits.
                mode === 'slow'
                ? { latencyMs: 120_000 }
                : { rateLimitPerMinute: 0, faultRate: 0, latencyMs: 0 },
        );
      },
      secrets: [credentials.secretKey],
      rejectedSecrets: [rejectedSecretKey],
      close: () => harness.close(),
    };
  },
});
