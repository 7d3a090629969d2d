import {
  AuthenticationError,
  CallrollError,
  InvalidInputError,
  NotFoundError,
  PermissionError,
  ProviderError,
  RateLimitedError,
  type TransportResponse,
} from '@callroll/core';
import { describe, expect, it } from 'vitest';
import { toTencentError } from '../src/tencent-error.js';

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

describe('toTencentError', () => {
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

  it('prefers new_error_code and keeps Tencent’s message', () => {
    const error = toTencentError(
      {
        ...response(400, 1),
        text: JSON.stringify({ error_info: { error_code: 1, new_error_code: 9003, message: '会议不存在' } }),
      },
      { meetingId: '42' },
    );
    expect(NotFoundError.isInstance(error) && error.id).toBe('42');
    expect(error.message).toContain('会议不存在');
  });

  it('makes the per-minute limit retryable after its window, and the daily quota not', () => {
    const minute = toTencentError(response(429, 190310), {}) as RateLimitedError;
    expect(minute.retryable).toBe(true);
    expect(minute.retryAfterMs).toBe(60_000);
    expect(
      (toTencentError(response(429, 190310, { 'retry-after': '7' }), {}) as RateLimitedError).retryAfterMs,
    ).toBe(7000);
    expect(toTencentError(response(400, 190311), {}).retryable).toBe(false);
  });

  it('maps bodies without error_info by status', () => {
    expect(NotFoundError.isInstance(toTencentError(response(404, undefined), {}))).toBe(true);
    expect(AuthenticationError.isInstance(toTencentError(response(401, undefined), {}))).toBe(true);
    const server = toTencentError(response(502, undefined), {});
    expect(ProviderError.isInstance(server) && server.retryable).toBe(true);
  });
});
