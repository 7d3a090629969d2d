import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedFailures } from './conformance-kit/expected-failures.js';

// Proves that the kit's checks can fail: a child vitest runs the kit against the reference
// provider with one contract fault each, and each fault must fail exactly the checks meant for it.
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

  for (const [fault, checks] of Object.entries(expectedFailures)) {
    it(`catches a provider that ${fault.replaceAll('-', ' ')}, and fails no other check`, () => {
      const prefix = `provider conformance: ${fault} `;
      const ofFault = failed.filter((name) => name.startsWith(prefix));
      const names = ofFault.map((name) => checks.find((check) => name.endsWith(check)) ?? name).sort();
      expect(names).toEqual([...checks].sort());
    });
  }

  it('passes the checks a fault does not touch', () => {
    expect(
      passed.filter((name) => name.endsWith('gets a meeting that parses with the core model')),
    ).toHaveLength(Object.keys(expectedFailures).length);
  });
});
