import {
  createReferenceProvider,
  referenceMeetingIds,
  referenceUnknownStatus,
  startReferenceServer,
} from '../../src/reference/index.js';
import { runProviderConformanceTests } from '../../src/testing/index.js';
import { type ContractFault, withFault } from './broken-provider.js';

// Run by conformance-kit.test.ts in a child vitest: every suite here is expected to fail somewhere.
const faults: ContractFault[] = [
  'duplicates-an-item',
  'leaks-a-secret',
  'hides-auth-errors',
  'loses-unknown-statuses',
  'skips-input-validation',
  'ignores-abort',
];

for (const fault of faults) {
  runProviderConformanceTests({
    name: fault,
    async setup() {
      const server = await startReferenceServer();
      return {
        createProvider: ({ credentials, ...options }) =>
          withFault(
            createReferenceProvider(
              { baseURL: server.url, apiKey: credentials === 'valid' ? server.apiKey : 'ref_wrong-key-1234' },
              options,
            ),
            fault,
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
        setScenario: (mode) => server.setScenario({ mode }),
        secrets: [server.apiKey],
        close: () => server.close(),
      };
    },
  });
}
