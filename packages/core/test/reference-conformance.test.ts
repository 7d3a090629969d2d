import { runProviderConformanceTests } from '../src/testing/index.js';
import { referenceFixture } from './support/reference-fixture.js';

// The kit run against the reference provider proves the kit itself: every check passes for a
// provider that honours the contract (and conformance-kit.test.ts shows each check can fail).
runProviderConformanceTests({ name: 'reference', setup: () => referenceFixture() });
