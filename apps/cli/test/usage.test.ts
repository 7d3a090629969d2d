import { describe, expect, it } from 'vitest';
import { runCallroll } from './support/run-callroll.js';

describe('help, version and the command line', () => {
  it('prints the main help with every command and the exit codes', async () => {
    const result = await runCallroll(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['providers', 'meetings', 'meeting', 'phones', 'demo']) {
      expect(result.stdout).toContain(command);
    }
    expect(result.stdout).toContain('130 interrupted');
    expect(result.stdout).toMatch(/callroll[\\/]config\.json/);
  });

  it('prints each command’s help, by --help and by `help <command>`', async () => {
    const direct = await runCallroll(['phones', '--help']);
    const viaHelp = await runCallroll(['help', 'phones']);
    expect(direct.code).toBe(0);
    expect(direct.stdout).toContain('--status <status>');
    expect(viaHelp.stdout).toBe(direct.stdout);
    const meetings = await runCallroll(['meetings', '-h']);
    expect(meetings.stdout).toContain('--from <date>');
  });

  it('prints the version', async () => {
    const result = await runCallroll(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('without a command, prints the main help', async () => {
    const result = await runCallroll([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: callroll <command>');
  });

  it.each([
    [['frobnicate'], '"frobnicate" is not a callroll command'],
    [['phones', '--provider', 'tencent', '--bogus', '1'], 'phones has no option --bogus'],
    [['phones', '--provider', 'tencent', '--from', '2026-01-01', '1'], '--from does not apply to "phones"'],
    [['phones', '1'], '"phones" needs --provider <id>'],
    [['phones', '--provider'], '--provider needs a value'],
    [['phones', '--provider', 'tencent', '--mask=yes', '1'], '--mask takes no value'],
    [['phones', '--provider', 'tencent'], '"phones" needs one or more meeting ids'],
    [['phones', '-p', 'tencent', '--status', 'lost', '1'], '"lost" is not a phone status'],
    [
      ['phones', '-p', 'tencent', '--status', ',,', '1'],
      '--status names no status; give one or more of calling,',
    ],
    [['phones', '-p', 'tencent', '--status', ' ', '1'], '--status names no status'],
    [['phones', '-p', 'tencent', '--status= , ', '1'], '--status names no status'],
    [['phones', '-p', 'tencent', '--status', 'ended', '--status', ',', '1'], '--status names no status'],
    [['phones', '-p', 'tencent', '--format', 'xml', '1'], '"xml" is not a format'],
    [['meeting', '-p', 'tencent'], '"meeting" needs a meeting id or code'],
    [
      ['phones', '-p', 'tencent', '--ids-from', '/nonexistent/ids.txt'],
      'Cannot read the meeting ids in /nonexistent/ids.txt',
    ],
    [['meetings', '-p', 'tencent', '--from', '2026-02-30'], '--from "2026-02-30" is not a date'],
    [
      ['meetings', '-p', 'tencent', '--from', '2026-03-01', '--to', '2026-02-01'],
      '--from must be before --to',
    ],
    [['phones', '--provider', 'zoom', '1'], 'There is no provider "zoom"; known: tencent'],
    [['help', 'nothing'], '"nothing" is not a callroll command'],
  ])('refuses %j with exit code 2 and one line', async (args, message) => {
    const result = await runCallroll(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('language', () => {
  it('speaks Chinese when CALLROLL_LANG says so', async () => {
    const result = await runCallroll(['frobnicate'], { env: { CALLROLL_LANG: 'zh-CN' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"frobnicate" 不是 callroll 的命令');
  });

  it('says an empty --status list in Chinese', async () => {
    const result = await runCallroll(['phones', '-p', 'tencent', '--status', ',,', '1'], {
      env: { CALLROLL_LANG: 'zh-CN' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--status 没有给出任何状态；请给出 calling、connected');
  });

  it('follows LANG, and LC_ALL over it, when CALLROLL_LANG is not set', async () => {
    const chinese = await runCallroll(['--help'], { env: { CALLROLL_LANG: undefined, LANG: 'zh_CN.UTF-8' } });
    expect(chinese.stdout).toContain('用法：callroll <命令>');
    const english = await runCallroll(['--help'], {
      env: { CALLROLL_LANG: undefined, LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' },
    });
    expect(english.stdout).toContain('Usage: callroll <command>');
  });

  it('has every command’s help in Chinese', async () => {
    for (const command of ['providers', 'meetings', 'meeting', 'phones', 'demo']) {
      const result = await runCallroll([command, '--help'], { env: { CALLROLL_LANG: 'zh-CN' } });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('用法：');
    }
  });
});
