import { chmodSync, closeSync, mkdtempSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeConfig } from './support/config-file.js';
import { type RunResult, runCallroll } from './support/run-callroll.js';

const shape = 'It must be a file holding one JSON object with "plugins" (a list) and "accounts"';
const posix = process.platform !== 'win32';

/** Exit code 3 and one line on standard error, nothing on standard output. */
function settingsLine(result: RunResult): string {
  expect(result.code, result.stderr).toBe(3);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0] ?? '';
}

/** An empty file of `size` bytes (sparse: it takes no disk). */
function fileOfSize(size: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'callroll-config-')), 'config.json');
  closeSync(openSync(path, 'w'));
  truncateSync(path, size);
  return path;
}

describe('a config file callroll cannot use', () => {
  it.each([
    ['[]', 'holds a list, not an object'],
    ['null', 'holds null, not an object'],
    ['"plugins"', 'holds a string, not an object'],
    ['42', 'holds a number, not an object'],
    ['true', 'holds true or false, not an object'],
  ])('%s: says what the file must be and where it is', async (content, message) => {
    const config = writeConfig(content);
    const line = settingsLine(await runCallroll(['providers', '--config', config]));
    expect(line).toContain(`The config file ${config} ${message}. ${shape}`);
  });

  it('refuses a file of over 1 MB by its size, before reading it', async () => {
    // 200 MB of NUL bytes: read, it would be "not valid JSON"; the size alone refuses it.
    const config = fileOfSize(200 * 1024 * 1024);
    const line = settingsLine(await runCallroll(['providers', '--config', config]));
    expect(line).toContain(
      `The config file ${config} is 200 MB, over the limit of 1 MB, so it was not read.`,
    );
    expect(line).toContain(shape);
  });

  it('takes a file of exactly 1 MB, and a byte more is over the limit', async () => {
    const limit = 1024 * 1024;
    const config = writeConfig(`{"plugins": []}${' '.repeat(limit - 15)}`);
    const ok = await runCallroll(['providers', '--config', config, '-f', 'ndjson']);
    expect(ok.code, ok.stderr).toBe(0);
    writeFileSync(config, `{"plugins": []}${' '.repeat(limit - 14)}`);
    const line = settingsLine(await runCallroll(['providers', '--config', config]));
    expect(line).toContain('is 1.1 MB, over the limit of 1 MB');
  });

  it.runIf(posix)('stops reading what has no size (/dev/zero) at the limit', async () => {
    const line = settingsLine(await runCallroll(['providers', '--config', '/dev/zero']));
    expect(line).toContain('The config file /dev/zero is larger than the limit of 1 MB, so it was not read.');
  });

  it('refuses a folder, saying it must be a file', async () => {
    const folder = dirname(writeConfig({}));
    const line = settingsLine(await runCallroll(['providers', '--config', folder]));
    expect(line).toContain(`Cannot read the config file ${folder}: it is a folder. ${shape}`);
  });

  it.runIf(posix)('refuses a file it may not read, saying so', async () => {
    const config = writeConfig({});
    chmodSync(config, 0o000);
    chmodSync(dirname(config), 0o755);
    // Root reads anything: then the run is as nobody, for whom the file is closed too.
    const asRoot = process.getuid?.() === 0;
    const result = await runCallroll(['providers', '--config', config], {
      ...(asRoot ? { uid: 65534, gid: 65534, cwd: tmpdir() } : {}),
    });
    expect(settingsLine(result)).toContain(
      `Cannot read the config file ${config}: permission denied. ${shape}`,
    );
  });

  it('says it in Chinese too', async () => {
    const zh = { env: { CALLROLL_LANG: 'zh-CN' } };
    const list = writeConfig('[]');
    expect(settingsLine(await runCallroll(['providers', '--config', list], zh))).toContain(
      `配置文件 ${list} 的内容是列表，而不是对象。配置文件必须是一个文件，内容为一个含 "plugins"（列表）和 "accounts" 的 JSON 对象`,
    );
    const big = fileOfSize(200 * 1024 * 1024);
    expect(settingsLine(await runCallroll(['providers', '--config', big], zh))).toContain(
      `配置文件 ${big} 大小为 200 MB，超过了 1 MB 的上限，因此没有读取。`,
    );
  });
});
