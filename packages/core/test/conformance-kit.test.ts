import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Proves that the kit's checks can fail: a child vitest runs the kit against the reference
// provider with one contract fault each, and each fault must be caught by the check meant for it.
const expectedFailures: Record<string, string> = {
  'duplicates-an-item': 'streams every phone participant, in the same order at every page size',
  'leaks-a-secret': 'appear in no error and no log event',
  'hides-auth-errors': 'answers AuthenticationError for credentials the server rejects',
  'loses-unknown-statuses': 'keeps statuses it does not know as unknown, with the raw status',
  'skips-input-validation': 'refuses a malformed meeting id before any request',
  'ignores-abort': 'stops when aborted, before and during a listing',
  'misdeclares-capabilities': 'declares its live and call-out capabilities consistently',
};

interface JsonReport {
  testResults: { assertionResults: { fullName: string; status: string }[] }[];
}

describe('the conformance kit', () => {
  let failed: string[] = [];
  let passed: string[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'callroll-kit-'));

  beforeAll(async () => {
    const vitest = createRequire(import.meta.url)
      .resolve('vitest/package.json')
      .replace(/package\.json$/, 'vitest.mjs');
    const output = join(folder, 'report.json');
    await promisify(execFile)(
      process.execPath,
      [
        vitest,
        'run',
        '--config',
        'test/conformance-kit/vitest.config.ts',
        '--reporter=json',
        `--outputFile=${output}`,
      ],
      { cwd: join(import.meta.dirname, '..'), env: { ...process.env, FORCE_COLOR: '0' } },
    ).catch(() => undefined); // the child run fails by design
    const report = JSON.parse(readFileSync(output, 'utf8')) as JsonReport;
    const results = report.testResults.flatMap((file) => file.assertionResults);
    failed = results.filter((result) => result.status === 'failed').map((result) => result.fullName);
    passed = results.filter((result) => result.status === 'passed').map((result) => result.fullName);
  }, 120_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  for (const [fault, check] of Object.entries(expectedFailures)) {
    it(`catches a provider that ${fault.replaceAll('-', ' ')}`, () => {
      const ofFault = failed.filter((name) => name.includes(`conformance: ${fault} `));
      expect(
        ofFault.some((name) => name.endsWith(check)),
        `failed checks: ${ofFault.join(' | ')}`,
      ).toBe(true);
    });
  }

  it('passes the checks a fault does not touch', () => {
    expect(
      passed.filter((name) => name.endsWith('gets a meeting that parses with the core model')),
    ).toHaveLength(Object.keys(expectedFailures).length);
  });
});
