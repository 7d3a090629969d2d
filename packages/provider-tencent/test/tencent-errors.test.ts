import {
  AuthenticationError,
  CallrollError,
  InvalidInputError,
  jsonResponseHandler,
  NotFoundError,
  PermissionError,
  ProviderError,
  RateLimitedError,
  type TransportResponse,
} from '@callroll/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tencentErrors } from '../src/tencent-errors.js';

// An answer as the provider's API reads it (its error table through the core's JSON handler).
const outcomeOf = (response: TransportResponse, meetingId?: string) =>
  jsonResponseHandler(tencentErrors, {
    schema: z.object({ ok: z.literal(true) }),
    what: 'a test call',
    ...(meetingId === undefined ? {} : { subject: { resource: 'meeting', id: meetingId } }),
  })(response);
const toTencentError = (response: TransportResponse, context: { meetingId?: string }) => {
  const outcome = outcomeOf(response, context.meetingId);
  if (!('error' in outcome)) throw new Error('expected an error');
  return outcome.error;
};

const response = (
  status: number,
  code: number | undefined,
  headers: Record<string, string> = {},
): TransportResponse => ({
  status,
  headers,
  text:
    code === undefined
      ? 'upstream error'
      : JSON.stringify({
          error_info: { error_code: code, new_error_code: code, message: `message ${code}` },
        }),
  request: { method: 'GET', url: 'https://api.meeting.qq.com/v1/x' },
  attempts: 1,
});

describe("Tencent's error table", () => {
  it.each([
    [9003, NotFoundError],
    [190457, NotFoundError],
    [9042, PermissionError],
    [200003, AuthenticationError],
    [190303, AuthenticationError],
    [190300, AuthenticationError],
    [190301, AuthenticationError],
    [190001, AuthenticationError],
    [190310, RateLimitedError],
    [190311, RateLimitedError],
    [190313, RateLimitedError],
    [190004, InvalidInputError],
    [9006, ProviderError],
    [123456, ProviderError],
  ])('maps error %i', (code, kind) => {
    const error = toTencentError(response(400, code), { meetingId: '1' });
    expect(kind.isInstance(error)).toBe(true);
    expect(CallrollError.isInstance(error)).toBe(true);
    expect(error.provider).toBe('tencent');
    expect(error.status).toBe(400);
    expect((error as { providerCode?: string }).providerCode).toBe(String(code));
    expect(error.message).toContain(`message ${code}`);
  });

  it('maps on error_code and keeps new_error_code, which may differ, and Tencent’s message', () => {
    const error = toTencentError(
      {
        ...response(400, 1),
        text: JSON.stringify({
          error_info: { error_code: 9003, new_error_code: 100009003, message: '会议不存在' },
        }),
      },
      { meetingId: '42' },
    );
    expect(NotFoundError.isInstance(error) && error.id).toBe('42');
    expect(error.message).toContain('会议不存在');
    expect(error.message).toContain('new_error_code 100009003');
    // A new_error_code that happens to be a known code does not hide the error_code.
    const limited = toTencentError(
      {
        ...response(500, 1),
        text: JSON.stringify({
          error_info: { error_code: 190310, new_error_code: 9003, message: '频率限制' },
        }),
      },
      {},
    );
    expect(RateLimitedError.isInstance(limited)).toBe(true);
  });

  it.each([400, 403, 500, 200])(
    'recognises the per-minute limit at HTTP %i and asks to wait for the window',
    (status) => {
      const outcome = outcomeOf(response(status, 190310));
      expect('error' in outcome && RateLimitedError.isInstance(outcome.error)).toBe(true);
      expect(outcome.retry).toEqual({ kind: 'rate-limit', reason: 'rate limited (190310)' });
    },
  );

  it('stops at once on the daily limit, with its own message', () => {
    const outcome = outcomeOf(response(400, 190311));
    expect(outcome.retry).toBeUndefined();
    const error = 'error' in outcome ? (outcome.error as RateLimitedError) : undefined;
    expect(error?.scope).toBe('daily');
    expect(error?.retryable).toBe(false);
    expect(error?.message).toMatch(/daily limit.*200,000 calls a day/);
  });

  it('retries a 200 whose body is not JSON, and a 5xx without error_info, as passing faults', () => {
    const html = { ...response(200, undefined), text: '<html>系统维护中</html>' };
    expect(outcomeOf(html).retry).toEqual({ kind: 'backoff', reason: 'a body that is not JSON' });
    expect(outcomeOf(response(502, undefined)).retry?.kind).toBe('backoff');
    expect(outcomeOf(response(404, 9003)).retry).toBeUndefined();
  });

  it('makes the per-minute limit retryable after its window, and the daily quota not', () => {
    const minute = toTencentError(response(429, 190310), {}) as RateLimitedError;
    expect(minute.retryable).toBe(true);
    expect(minute.scope).toBe('window');
    expect(toTencentError(response(400, 190311), {}).retryable).toBe(false);
  });

  it('maps bodies without error_info by status', () => {
    expect(NotFoundError.isInstance(toTencentError(response(404, undefined), {}))).toBe(true);
    expect(AuthenticationError.isInstance(toTencentError(response(401, undefined), {}))).toBe(true);
    const server = toTencentError(response(502, undefined), {});
    expect(ProviderError.isInstance(server) && server.retryable).toBe(true);
  });
});
