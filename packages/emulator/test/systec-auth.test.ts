import { describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.js';
import { useEmulators } from './support/emulator-fixture.js';
import { dataOf, envelopeError, systecPost } from './support/systec-post.js';

const start = useEmulators();
const now = Date.parse('2025-06-16T03:00:00Z');

/** A valid call of each endpoint, credentials aside. */
function calls(emulator: Emulator): [string, Record<string, string>][] {
  const { fixtures } = emulator.systec;
  return [
    ['share/reports', { meeting_ids: fixtures.costMeeting.meetingId }],
    ['share/meetingdetail', { uuid: fixtures.costMeeting.uuid }],
    ['share/detail', { from: fixtures.busyMonth.from, to: fixtures.busyMonth.from }],
  ];
}

describe('Systec credentials', () => {
  it('accepts the credentials on every endpoint', async () => {
    const emulator = await start({ now });
    for (const [path, params] of calls(emulator)) {
      const response = await systecPost(emulator, path, { params });
      expect(response.status).toBe(200);
      expect(response.json).toMatchObject({ status: 200, message: 'OK' });
      expect(dataOf(response).meetings.length).toBeGreaterThan(0);
    }
  });

  it('refuses missing or wrong ones on every endpoint, in the envelope with HTTP 200', async () => {
    const emulator = await start({ now });
    const { apiKey, apiSecret } = emulator.systec.credentials;
    const variants = [
      false as const,
      { api_key: apiKey, api_secret: '' },
      { api_key: apiKey, api_secret: `${apiSecret}x` },
      { api_key: 'someone-else', api_secret: apiSecret },
    ];
    for (const [path, params] of calls(emulator)) {
      for (const credentials of variants) {
        const response = await systecPost(emulator, path, { params, credentials });
        expect(response.status).toBe(200);
        expect(envelopeError(response)).toMatchObject({ status: 401 });
        expect(response.json).not.toHaveProperty('data');
      }
    }
  });

  it('answers credential errors in the Zoom v1 shape when the scenario asks: 300 missing, 102 wrong', async () => {
    const emulator = await start({ now, scenario: { systecErrorShape: 'zoom-v1' } });
    for (const [path, params] of calls(emulator)) {
      const missing = await systecPost(emulator, path, { params, credentials: false });
      const wrong = await systecPost(emulator, path, { params, credentials: { api_secret: 'nope' } });
      expect(missing.json).toEqual({ error: { code: 300, message: expect.stringContaining('required') } });
      expect(wrong.json).toEqual({ error: { code: 102, message: expect.any(String) } });
      expect(missing.status).toBe(200);
    }
    // Other refusals stay in the envelope.
    const badPage = await systecPost(emulator, 'share/detail', { params: { page_size: '0' } });
    expect(envelopeError(badPage)?.status).toBe(400);
    emulator.setScenario({ systecErrorShape: 'envelope' });
    const missing = await systecPost(emulator, 'share/detail', { credentials: false });
    expect(envelopeError(missing)?.status).toBe(401);
  });

  it('needs the secret form-decoded: an unencoded + arrives as a space', async () => {
    const emulator = await start({ now });
    const { apiKey, apiSecret } = emulator.systec.credentials;
    expect(apiSecret).toMatch(/[+/=]/);
    const raw = await systecPost(emulator, 'share/detail', {
      rawBody: `api_key=${apiKey}&api_secret=${apiSecret}`,
    });
    expect(envelopeError(raw)?.status).toBe(401);
    const encoded = await systecPost(emulator, 'share/detail', {
      rawBody: `api_key=${apiKey}&api_secret=${encodeURIComponent(apiSecret)}`,
    });
    expect(dataOf(encoded).page_number).toBe(1);
  });

  it('accepts other credentials when told to', async () => {
    const emulator = await start({ now, systecCredentials: { apiKey: 'k1', apiSecret: 's1' } });
    expect(emulator.systec.credentials).toEqual({ apiKey: 'k1', apiSecret: 's1' });
    const response = await systecPost(emulator, 'share/detail', {
      credentials: { api_key: 'k1', api_secret: 's1' },
    });
    expect(dataOf(response).page_size).toBe(30);
  });
});

describe('Systec calling convention', () => {
  it('refuses credentials in the URL, even with good ones in the body', async () => {
    const emulator = await start({ now });
    const { apiKey, apiSecret } = emulator.systec.credentials;
    for (const query of [
      `api_key=${apiKey}&api_secret=${encodeURIComponent(apiSecret)}`,
      `api_secret=${encodeURIComponent(apiSecret)}`,
      `api_key=${apiKey}`,
    ]) {
      const response = await systecPost(emulator, 'share/detail', { query });
      expect(envelopeError(response)).toMatchObject({ status: 401, message: expect.stringContaining('URL') });
    }
    const shaped = await start({ now, scenario: { systecErrorShape: 'zoom-v1' } });
    const zoom = await systecPost(shaped, 'share/detail', { query: `api_key=${apiKey}`, method: 'GET' });
    expect(zoom.json).toMatchObject({ error: { code: 300 } });
  });

  it('refuses any other parameter in the URL', async () => {
    const emulator = await start({ now });
    const response = await systecPost(emulator, 'share/detail', { query: 'page_size=10' });
    expect(envelopeError(response)?.status).toBe(400);
  });

  it('takes POST only', async () => {
    const emulator = await start({ now });
    for (const method of ['GET', 'PUT'] as const) {
      const response = await systecPost(emulator, 'share/detail', { method });
      expect(response.status).toBe(200);
      expect(envelopeError(response)).toMatchObject({ status: 405 });
    }
  });

  it('takes form bodies only: JSON, multipart, text and no Content-Type are refused', async () => {
    const emulator = await start({ now });
    const { apiKey, apiSecret } = emulator.systec.credentials;
    const json = await systecPost(emulator, 'share/detail', {
      contentType: 'application/json',
      rawBody: JSON.stringify({ api_key: apiKey, api_secret: apiSecret }),
    });
    expect(envelopeError(json)).toMatchObject({
      status: 415,
      message: expect.stringContaining('x-www-form-urlencoded'),
    });
    for (const contentType of ['multipart/form-data; boundary=x', 'text/plain', null]) {
      const response = await systecPost(emulator, 'share/detail', { contentType });
      expect(envelopeError(response)?.status).toBe(415);
    }
    const withCharset = await systecPost(emulator, 'share/detail', {
      contentType: 'application/x-www-form-urlencoded; charset=UTF-8',
    });
    expect(dataOf(withCharset).page_number).toBe(1);
  });

  it('answers unknown paths in the envelope and keeps Tencent error bodies off /umeeting/', async () => {
    const emulator = await start({ now });
    for (const path of ['share/list', 'api/v1/conferences', '']) {
      const response = await systecPost(emulator, path);
      expect(envelopeError(response)?.status).toBe(404);
      expect(response.json).not.toHaveProperty('error_info');
    }
    expect(dataOf(await systecPost(emulator, 'share/detail/')).page_number).toBe(1);
  });

  it('refuses bodies over 1 MiB in the envelope', async () => {
    const emulator = await start({ now });
    const response = await systecPost(emulator, 'share/reports', {
      params: { meeting_ids: '1'.repeat(1024 * 1024) },
    });
    expect(envelopeError(response)?.status).toBe(413);
  });
});
