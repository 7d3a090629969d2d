import {
  createReferenceProvider,
  referenceMeetingIds,
  referenceUnknownStatus,
  startReferenceServer,
} from '../src/reference/index.js';
import { runProviderConformanceTests } from '../src/testing/index.js';

// The kit run against the reference provider proves the kit itself: every check passes for a
// provider that honours the contract (and the kit's own tests show each check can fail).
runProviderConformanceTests({
  name: 'reference',
  async setup() {
    const server = await startReferenceServer();
    return {
      createProvider: ({ credentials, ...options }) =>
        createReferenceProvider(
          { baseURL: server.url, apiKey: credentials === 'valid' ? server.apiKey : 'ref_wrong-key-1234' },
          options,
        ),
      meetingWithPhoneParticipants: {
        meetingRef: referenceMeetingIds.weekly,
        meetingId: referenceMeetingIds.weekly,
        count: 250,
      },
      unknownPhoneStatus: { meetingId: referenceMeetingIds.weekly, rawStatus: referenceUnknownStatus },
      missingMeetingId: 'ref-missing',
      malformedMeetingId: '../../etc/passwd',
      meetingRange: {
        from: new Date('2026-11-01T00:00:00Z'),
        to: new Date('2026-12-01T00:00:00Z'),
        count: server.dataset.meetings.length,
      },
      setScenario: (mode) => server.setScenario({ mode }),
      secrets: [server.apiKey],
      close: () => server.close(),
    };
  },
});
