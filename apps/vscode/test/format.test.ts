import {
  AuthenticationError,
  NetworkError,
  NotFoundError,
  type PhoneParticipant,
  parsePhoneNumber,
  toPhoneExportRecord,
} from '@callroll/core';
import { describe, expect, it } from 'vitest';
import { parseCallOutTargets } from '../src/accounts/parse-call-out-targets.js';
import { ProviderUnavailableError } from '../src/accounts/provider-unavailable-error.js';
import { toCsv } from '../src/export/to-csv.js';
import { describeError } from '../src/format/describe-error.js';
import { formatDuration } from '../src/format/format-duration.js';
import {
  phoneParticipantDescription,
  phoneParticipantLabel,
  phoneParticipantTooltip,
} from '../src/format/format-phone-participant.js';
import { escapeMarkdown } from '../src/format/markdown.js';
import { formatTransportEvent } from '../src/logging/format-transport-event.js';
import { formatMessage } from '../src/util/localize.js';

const t = formatMessage;
const format = { mask: true, locale: 'en', t };

function participant(overrides: Partial<PhoneParticipant> = {}): PhoneParticipant {
  return {
    provider: 'tencent',
    meetingId: '1',
    participantId: 'ms-1',
    phone: parsePhoneNumber({ number: '13812345678', callingCode: '86' }),
    direction: 'call-out',
    status: 'ended',
    rawStatus: 'LEAVE_WITH_ACCEPTED',
    durationSeconds: 1395,
    cost: { amount: '2.88', currency: 'CNY' },
    raw: {},
    ...overrides,
  };
}

describe('rows', () => {
  it('masks the number unless told not to', () => {
    expect(phoneParticipantLabel(participant(), format)).toBe('+86 138****5678');
    expect(phoneParticipantLabel(participant(), { ...format, mask: false })).toBe('+86 13812345678');
  });

  it('describes a line by name, status, duration and cost', () => {
    expect(phoneParticipantDescription(participant({ name: '张伟' }), format)).toBe(
      'Ended · 张伟 · 23 min 15 s · 2.88 CNY',
    );
    expect(
      phoneParticipantDescription(
        participant({
          status: 'unknown',
          rawStatus: 'INVITE_TIMEOUT',
          durationSeconds: undefined,
          cost: undefined,
        }),
        format,
      ),
    ).toBe('Unknown (INVITE_TIMEOUT)');
  });

  it('puts every field in the tooltip, escaped', () => {
    const tooltip = phoneParticipantTooltip(participant({ name: '*bold* [link](x)' }), format);
    expect(tooltip).toContain('\\*bold\\* \\[link\\]\\(x\\)');
    for (const field of ['Status', 'Direction', 'Duration', 'Cost', 'Participant id', 'Meeting id'])
      expect(tooltip).toContain(field);
    expect(tooltip).toContain('LEAVE\\_WITH\\_ACCEPTED');
    expect(tooltip).not.toContain('13812345678');
  });

  it('formats durations shortly', () => {
    expect([5, 65, 3600, 7_325].map((seconds) => formatDuration(seconds, t))).toEqual([
      '5 s',
      '1 min 5 s',
      '1 h 0 min',
      '2 h 2 min',
    ]);
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
  });
});

describe('errors', () => {
  it('says what to do, offering Edit account for credentials and settings', () => {
    expect(
      describeError(new AuthenticationError({ message: 'bad signature', provider: 'tencent' }), t),
    ).toMatchObject({
      summary: 'Sign-in rejected: check the account’s credentials',
      detail: 'The service refused the credentials.',
      technical: 'bad signature',
      editAccount: true,
    });
    expect(
      describeError(new NotFoundError({ message: 'No meeting 1', resource: 'meeting' }), t).summary,
    ).toBe('Not found');
    expect(describeError(new NetworkError({ message: 'ECONNREFUSED' }), t).editAccount).toBe(false);
    expect(describeError(new ProviderUnavailableError('acme'), t).kind).toBe('provider-unavailable');
    expect(describeError('boom', t).summary).toBe('Unexpected error: boom');
  });
});

describe('exports', () => {
  it('writes CSV with a header, quoting, and no formula injection', () => {
    const rows = [
      toPhoneExportRecord(participant({ name: '=HYPERLINK("x")' }), { mask: true }),
      toPhoneExportRecord(participant({ name: 'Li, "Lee"' }), { mask: false }),
    ];
    const [header, first, second] = toCsv(rows)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(header).toBe(
      'provider,meetingId,participantId,phone,e164,extension,name,direction,rawDirection,status,rawStatus,joinedAt,leftAt,durationSeconds,cost,currency',
    );
    expect(first).toMatch(/,\+86 138\*\*\*\*5678,,,"'=HYPERLINK\(""x""\)",call-out,/);
    expect(second).toMatch(/,\+86 13812345678,\+8613812345678,,"Li, ""Lee""",/);
  });

  it('reads call-out numbers and names the ones it cannot', () => {
    expect(parseCallOutTargets('+8613800138000, +852 5123 4567;\n+1 415 555 0100')).toEqual({
      targets: [{ number: '+8613800138000' }, { number: '+85251234567' }, { number: '+14155550100' }],
      unreadable: [],
    });
    expect(parseCallOutTargets('12345, +86 10 8888 6666 ext. 103').unreadable).toEqual([
      { entry: '12345', problem: 'needs-calling-code' },
    ]);
  });

  it('reads an 11-digit Chinese mobile typed without +86, once however often it is typed', () => {
    expect(parseCallOutTargets('13800138000, 139 0013 9000\n+86 138 0013 8000')).toEqual({
      targets: [{ number: '+8613800138000' }, { number: '+8613900139000' }],
      unreadable: [],
    });
    // A landline still needs its calling code; a country the provider does not call is refused.
    expect(parseCallOutTargets('010 8888 6666').unreadable).toEqual([
      { entry: '010 8888 6666', problem: 'needs-calling-code' },
    ]);
    expect(parseCallOutTargets('+44 20 7946 0958', ['86', '852', '1']).unreadable).toEqual([
      { entry: '+44 20 7946 0958', problem: 'calling-code-not-served' },
    ]);
    expect(parseCallOutTargets('+86 10 8888 6666 转 103').targets).toEqual([
      { number: '+861088886666', extension: '103' },
    ]);
  });
});

describe('the request log', () => {
  it('logs responses at info and headers only at trace, as the transport redacted them', () => {
    const lines = formatTransportEvent({
      type: 'request',
      provider: 'tencent',
      attempt: 1,
      method: 'GET',
      url: 'http://127.0.0.1/v1/meetings',
      headers: { 'x-tc-signature': '[REDACTED]' },
    });
    expect(lines.map((line) => line.level)).toEqual(['debug', 'trace']);
    expect(
      formatTransportEvent({
        type: 'response',
        provider: 'tencent',
        attempt: 2,
        method: 'GET',
        url: 'http://127.0.0.1/v1/meetings',
        status: 200,
        durationMs: 41.2,
        bytes: 2048,
        operation: 'listMeetings',
      }),
    ).toEqual([
      {
        level: 'info',
        message: '[tencent] ← 200 GET http://127.0.0.1/v1/meetings (listMeetings) 41 ms 2.0 kB attempt 2',
      },
    ]);
  });
});
