import { describe, expect, it } from 'vitest';
import { call, useEmulators } from './support/emulator-fixture.js';
import { errorCode } from './support/signed-fetch.js';

const start = useEmulators();

describe('routing', () => {
  it('answers unknown paths with 404 and a wrong method with 405, both as error_info', async () => {
    const emulator = await start();
    const unknown = await call(emulator, { path: '/v1/nothing-here' });
    const wrongMethod = await call(emulator, { method: 'DELETE', path: '/v1/meetings' });
    expect([unknown.status, wrongMethod.status]).toEqual([404, 405]);
    expect([unknown, wrongMethod].map(errorCode)).toEqual([190004, 190004]);
  });

  it('hands /umeeting/ to the Systec half, which answers in its own envelope', async () => {
    const emulator = await start();
    const response = await fetch(`${emulator.url}/umeeting/api/v1/conferences`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 404, message: expect.any(String) });
    expect(emulator.stats).toMatchObject({ requests: 1, systec: { requests: 1 } });
  });

  it('refuses bodies over 1 MiB', async () => {
    const emulator = await start();
    const { meetingId } = emulator.tencent.fixtures.liveMeeting;
    const response = await call(emulator, {
      method: 'POST',
      path: `/v1/meeting/${meetingId}/phone/callout`,
      body: 'x'.repeat(1024 * 1024 + 1),
    });
    expect(response.status).toBe(413);
    expect(errorCode(response)).toBe(190004);
  });
});
