import type { ProviderV1 } from '../../src/provider/provider-v1.js';
import {
  createReferenceProvider,
  referenceMeetingIds,
  referenceUnknownStatus,
  startReferenceServer,
} from '../../src/reference/index.js';
import type { ConformanceFixture } from '../../src/testing/index.js';

/** The key the `invalid` credentials send: well-formed, and refused by the server. */
const rejectedKey = 'ref_wrong-key-1234';

/**
 * The conformance fixture of the reference provider against its own server; `wrap` lets a test
 * hand the kit a changed provider (see conformance-kit/broken-provider.ts), told the key the
 * provider sends and the one the server accepts.
 */
export async function referenceFixture(
  wrap: (provider: ProviderV1, keys: { sent: string; accepted: string }) => ProviderV1 = (provider) =>
    provider,
): Promise<ConformanceFixture> {
  const server = await startReferenceServer();
  return {
    createProvider: ({ credentials, ...options }) => {
      const sent = credentials === 'valid' ? server.apiKey : rejectedKey;
      return wrap(createReferenceProvider({ baseURL: server.url, apiKey: sent }, options), {
        sent,
        accepted: server.apiKey,
      });
    },
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
    rejectedSecrets: [rejectedKey],
    close: () => server.close(),
  };
}
