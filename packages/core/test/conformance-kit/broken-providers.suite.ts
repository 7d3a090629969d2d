import { runProviderConformanceTests } from '../../src/testing/index.js';
import { referenceFixture } from '../support/reference-fixture.js';
import { type ContractFault, withFault } from './broken-provider.js';

// Run by conformance-kit.test.ts in a child vitest: every suite here is expected to fail somewhere.
const faults: ContractFault[] = [
  'duplicates-an-item',
  'leaks-a-secret',
  'hides-auth-errors',
  'loses-unknown-statuses',
  'skips-input-validation',
  'ignores-abort',
  'misdeclares-capabilities',
];

for (const fault of faults) {
  runProviderConformanceTests({
    name: fault,
    setup: () => referenceFixture((provider, apiKey) => withFault(provider, fault, apiKey)),
  });
}
