import { describe } from 'vitest';
import { conformanceContext } from './conformance-context.js';
import type { ProviderConformanceOptions } from './conformance-fixture.js';
import { errorChecks } from './error-checks.js';
import { listingChecks } from './listing-checks.js';
import { meetingChecks } from './meeting-checks.js';
import { requestChecks } from './request-checks.js';
import { secretChecks } from './secret-checks.js';
import { shapeChecks } from './shape-checks.js';

/**
 * The contract every v1 provider honours, as a vitest suite. Call it from a provider package's
 * tests with a fixture that starts its emulator; see the core README for a walk-through.
 */
export function runProviderConformanceTests(options: ProviderConformanceOptions): void {
  describe(`provider conformance: ${options.name}`, () => {
    const context = conformanceContext(options);
    shapeChecks(context);
    meetingChecks(context);
    listingChecks(context);
    requestChecks(context);
    errorChecks(context);
    // Last, so that it sees what every other check recorded.
    secretChecks(context);
  });
}
