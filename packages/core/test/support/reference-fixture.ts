import type { ProviderV1 } from '../../src/provider/provider-v1.js';
import {
  createReferenceProvider,
  referenceMeetingIds,
  referenceUnknownStatus,
  startReferenceServer,
} from '../../src/reference/index.js';
import type { ConformanceFixture } from '../../src/testing/index.js';

/**
 * The conformance fixture of the reference provider against its own server; `wrap` lets a test
 * hand the kit a changed provider (see conformance-kit/broken-provider.ts).
 */
export async function referenceFixture(
  wrap: (provider: ProviderV1, apiKey: string) => ProviderV1 = (provider) => provider,
): Promise<ConformanceFixture> {
  const server = await startReferenceServer();
  return {
    createProvider: ({ credentials, ...options }) =>
      wrap(
        createReferenceProvider(
          { baseURL: server.url, apiKey: credentials === 'valid' ? server.apiKey : 'ref_wrong-key-1234' },
          options,
        ),
        server.apiKey,
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
}
