export * from '../reference/index.js';
export type {
  ConformanceFixture,
  ConformanceProviderOptions,
  ConformanceScenario,
  ProviderConformanceOptions,
} from './conformance-fixture.js';
export { runProviderConformanceTests } from './run-provider-conformance-tests.js';
