import { detectLocale, localeFromTag } from '@callroll/accounts/i18n';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/cli/parse-command-line.js';
import { parseDateOption } from '../src/cli/parse-date-option.js';
import { parseStatuses } from '../src/cli/parse-statuses.js';
import { CliError } from '../src/errors/cli-error.js';
import { exitCodes } from '../src/errors/exit-codes.js';
import { messagesEn } from '../src/i18n/messages-en.js';
import { messagesZhCn } from '../src/i18n/messages-zh-cn.js';
import { chooseFormat } from '../src/output/output-format.js';

describe('parseCommandLine', () => {
  it('takes options before and after the command, short and long, inline and separate', () => {
    const line = parseCommandLine(
      [
        '-v',
        'phones',
        '-p',
        'tencent',
        '--status=ended',
        '--status',
        'unanswered,cancelled',
        '123',
        '456',
        '--mask',
      ],
      messagesEn,
    );
    expect(line.command).toBe('phones');
    expect(line.positionals).toEqual(['123', '456']);
    expect(line.options).toMatchObject({
      provider: 'tencent',
      status: ['ended', 'unanswered', 'cancelled'],
      mask: true,
      verbose: true,
    });
  });

  it('drops empty parts of a --status list, and refuses one that names nothing', () => {
    expect(
      parseCommandLine(['phones', '--status', ' ended,, unanswered ,'], messagesEn).options.status,
    ).toEqual(['ended', 'unanswered']);
    for (const value of [',', ',,', ' ', ' , ']) {
      expect(() => parseCommandLine(['phones', '--status', value], messagesEn), value).toThrow(
        '--status names no status',
      );
    }
  });

  it('takes arguments after -- as they are', () => {
    expect(parseCommandLine(['phones', '-p', 'x', '--', '--odd-id'], messagesEn).positionals).toEqual([
      '--odd-id',
    ]);
  });

  it('refuses a repeated single-valued option', () => {
    expect(() => parseCommandLine(['phones', '-p', 'a', '-p', 'b'], messagesEn)).toThrow(
      '-p was given more than once',
    );
  });
});

describe('parseStatuses', () => {
  it('reads no values as every status, and values that name none as a usage error', () => {
    expect(parseStatuses([], messagesEn).size).toBe(0);
    expect([...parseStatuses(['Ended', ' unanswered ', ''], messagesEn)]).toEqual(['ended', 'unanswered']);
    for (const values of [[''], [' ', '']]) {
      let error: unknown;
      try {
        parseStatuses(values, messagesEn);
      } catch (caught) {
        error = caught;
      }
      expect(CliError.isInstance(error) && error.exitCode).toBe(exitCodes.usage);
      expect(String(error)).toContain('--status names no status');
    }
    expect(() => parseStatuses([','], messagesZhCn)).toThrow('"," 不是电话状态');
  });
});

describe('parseDateOption', () => {
  it('reads a date as local midnight, and a lone --to date as the end of that day', () => {
    expect(parseDateOption('--from', '2026-11-01', 'Asia/Shanghai', messagesEn).toISOString()).toBe(
      '2026-10-31T16:00:00.000Z',
    );
    expect(parseDateOption('--to', '2026-11-30', 'Asia/Shanghai', messagesEn).toISOString()).toBe(
      '2026-11-30T16:00:00.000Z',
    );
    expect(parseDateOption('--to', '2026-12-31', 'UTC', messagesEn).toISOString()).toBe(
      '2027-01-01T00:00:00.000Z',
    );
  });

  it('reads a time in the zone, and ISO 8601 with an offset as written', () => {
    expect(parseDateOption('--from', '2026-11-01 09:30', 'Asia/Shanghai', messagesEn).toISOString()).toBe(
      '2026-11-01T01:30:00.000Z',
    );
    expect(parseDateOption('--from', '2026-11-01T09:30:00+08:00', 'UTC', messagesEn).toISOString()).toBe(
      '2026-11-01T01:30:00.000Z',
    );
  });

  it('refuses what is not a date, in both languages', () => {
    expect(() => parseDateOption('--to', '2026-02-30', 'UTC', messagesEn)).toThrow('is not a date');
    expect(() => parseDateOption('--from', 'yesterday', 'UTC', messagesZhCn)).toThrow('不是日期');
  });
});

describe('chooseFormat', () => {
  it('prefers --format, then the file extension, then the terminal', () => {
    expect(chooseFormat('CSV', 'x.json', true, messagesEn)).toBe('csv');
    expect(chooseFormat(undefined, 'x.json', true, messagesEn)).toBe('json');
    expect(chooseFormat(undefined, 'x.jsonl', true, messagesEn)).toBe('ndjson');
    expect(chooseFormat(undefined, 'x.data', true, messagesEn)).toBe('ndjson');
    expect(chooseFormat(undefined, undefined, true, messagesEn)).toBe('table');
    expect(chooseFormat(undefined, undefined, false, messagesEn)).toBe('ndjson');
  });
});

describe('detectLocale', () => {
  it('follows CALLROLL_LANG, then LC_ALL, LC_MESSAGES, LANG, then Intl', () => {
    expect(detectLocale({ CALLROLL_LANG: 'zh-CN', LANG: 'en_US.UTF-8' }, 'en-US')).toBe('zh-CN');
    expect(detectLocale({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }, 'zh-CN')).toBe('en');
    expect(detectLocale({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'en-US')).toBe('zh-CN');
    expect(detectLocale({}, 'zh-Hans-CN')).toBe('zh-CN');
    expect(detectLocale({}, 'en-GB')).toBe('en');
  });

  it('reads the usual spellings of Chinese and nothing else as Chinese', () => {
    expect(['zh', 'zh_CN.UTF-8', 'zh-TW', 'ZH_cn'].map(localeFromTag)).toEqual([
      'zh-CN',
      'zh-CN',
      'zh-CN',
      'zh-CN',
    ]);
    expect(['zu', 'en_US', 'C.UTF-8'].map(localeFromTag)).toEqual(['en', 'en', 'en']);
  });
});
