import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { emptyPlugin, referencePlugin, writeConfig } from './support/config-file.js';
import { runCallroll } from './support/run-callroll.js';

interface ProviderJson {
  id: string;
  source: string;
  capabilities: { listMeetings: boolean; maxPageSize: number };
  settings: { name: string; env: string; secret: boolean; required: boolean; state: string }[];
}

const secretKey = 'a-secret-key-that-must-not-appear';

describe('callroll providers', () => {
  it('lists Tencent with its settings, their variables and whether each is set (JSON)', async () => {
    const result = await runCallroll(['providers', '--format', 'json'], {
      env: { CALLROLL_TENCENT_SECRET_KEY: secretKey, CALLROLL_TENCENT_APP_ID: '210000001' },
    });
    expect(result.code).toBe(0);
    const providers = JSON.parse(result.stdout) as ProviderJson[];
    const tencent = providers.find((provider) => provider.id === 'tencent');
    expect(tencent?.source).toBe('built-in');
    expect(tencent?.capabilities.listMeetings).toBe(true);
    const byName = new Map(tencent?.settings.map((setting) => [setting.name, setting]));
    expect(byName.get('secretKey')).toMatchObject({
      env: 'CALLROLL_TENCENT_SECRET_KEY',
      secret: true,
      state: 'env',
    });
    expect(byName.get('appId')).toMatchObject({ env: 'CALLROLL_TENCENT_APP_ID', state: 'env' });
    expect(byName.get('operatorId')).toMatchObject({ required: true, state: 'missing' });
    expect(byName.get('baseURL')?.state).toBe('default');
    expect(result.stdout).not.toContain(secretKey);
  });

  it('writes NDJSON by default when piped, CSV one row per setting, and a table on request', async () => {
    const ndjson = await runCallroll(['providers']);
    expect(ndjson.code).toBe(0);
    const lines = ndjson.stdout.trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as ProviderJson).id)).toEqual(['tencent', 'systec']);

    const csv = await runCallroll(['providers', '-f', 'csv']);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.setting)).toContain('secretKey');
    expect(rows.find((row) => row.setting === 'secretKey')?.secret).toBe('true');

    const table = await runCallroll(['providers', '-f', 'table']);
    expect(table.stdout).toContain('tencent  Tencent Meeting');
    expect(table.stdout).toContain('CALLROLL_TENCENT_SECRET_KEY');
    expect(table.stdout).toContain('MISSING');
  });

  it('shows a setting from the config file as set there', async () => {
    const config = writeConfig({ accounts: { tencent: { default: { appId: '210000001' } } } });
    const result = await runCallroll(['providers', '-f', 'json', '--config', config]);
    const [tencent] = JSON.parse(result.stdout) as ProviderJson[];
    expect(tencent?.settings.find((setting) => setting.name === 'appId')?.state).toBe('file');
  });

  it('loads a plugin named in the config file and lists its provider', async () => {
    const config = writeConfig({ plugins: [referencePlugin] });
    const result = await runCallroll(['providers', '-f', 'json', '--config', config]);
    expect(result.code).toBe(0);
    const providers = JSON.parse(result.stdout) as ProviderJson[];
    expect(providers.map((provider) => [provider.id, provider.source])).toEqual([
      ['tencent', 'built-in'],
      ['systec', 'built-in'],
      ['reference', referencePlugin],
    ]);
  });

  it('finds the config file through CALLROLL_CONFIG and a plugin by a path relative to it', async () => {
    const config = writeConfig({ plugins: ['./plugin.mjs'] });
    const copy = readFileSync(referencePlugin, 'utf8').replace(
      '@callroll/core/reference',
      pathToFileURL(createRequire(import.meta.url).resolve('@callroll/core/reference')).href,
    );
    writeFileSync(join(config, '..', 'plugin.mjs'), copy);
    const result = await runCallroll(['providers', '-f', 'ndjson'], { env: { CALLROLL_CONFIG: config } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"id":"reference"');
  });

  it.each([
    [{ plugins: ['callroll-provider-not-installed'] }, 'is not installed'],
    [{ plugins: [emptyPlugin] }, 'exports no v1 provider factory'],
    [{ plugins: [referencePlugin, referencePlugin.replace('reference-plugin', './reference-plugin')] }, ''],
  ])('refuses a bad plugin list %j with exit code 3', async (content, message) => {
    const result = await runCallroll(['providers', '--config', writeConfig(content)]);
    if (message === '') {
      // The same plugin named twice (two spellings of one file) is one plugin, not a clash.
      expect(result.code).toBe(0);
      return;
    }
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(message);
  });

  it('refuses a config file that is not JSON without quoting it (it may hold a pasted secret)', async () => {
    const config = writeConfig(`{"accounts": {"tencent": {"default": {"secretKey": ${secretKey}}}}}`);
    const result = await runCallroll(['providers', '--config', config]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('is not valid JSON');
    expect(result.stderr).not.toContain(secretKey);
  });

  it('refuses a config file of the wrong shape, naming the place', async () => {
    const config = writeConfig({ plugins: 'not-a-list', extra: true });
    const result = await runCallroll(['providers', '--config', config]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('plugins');
  });

  it('refuses a --config file that does not exist', async () => {
    const result = await runCallroll(['providers', '--config', '/nonexistent/callroll.json']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('/nonexistent/callroll.json');
  });
});
