import { runProviderConformanceTests } from '../../src/testing/index.js';
import { referenceFixture } from '../support/reference-fixture.js';
import { type ContractFault, withFault } from './broken-provider.js';
import { expectedFailures } from './expected-failures.js';

// Run by conformance-kit.test.ts in a child vitest: every suite here is expected to fail somewhere.
for (const fault of Object.keys(expectedFailures) as ContractFault[]) {
  runProviderConformanceTests({
    name: fault,
    setup: () => referenceFixture((provider, keys) => withFault(provider, fault, keys)),
  });
}
