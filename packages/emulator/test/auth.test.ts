import { describe, expect, it } from 'vitest';
import { call, operatorQuery, useEmulators } from './support/emulator-fixture.js';
import { errorCode, signedFetch } from './support/signed-fetch.js';

const start = useEmulators();

const meetingPath = async (emulator: Awaited<ReturnType<typeof start>>) =>
  `/v1/meetings/${emulator.tencent.fixtures.liveMeeting.meetingId}?${operatorQuery(emulator)}&instanceid=1`;

describe('authentication', () => {
  it('accepts a correctly signed request', async () => {
    const emulator = await start();
    const response = await call(emulator, { path: await meetingPath(emulator) });
    expect(response.status).toBe(200);
    expect(errorCode(response)).toBeUndefined();
  });

  it('rejects a missing signature with 200003', async () => {
    const emulator = await start();
    const response = await call(emulator, { path: await meetingPath(emulator), omit: ['X-TC-Signature'] });
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe(200003);
  });

  it('rejects a wrong signature, a wrong key, a changed URI and a changed body with 200003', async () => {
    const emulator = await start();
    const path = await meetingPath(emulator);
    const wrong = await call(emulator, { path, signature: 'bm90IGEgc2lnbmF0dXJl' });
    const wrongKey = await call(emulator, { path, secretKey: 'not-the-secret' });
    const otherUri = await call(emulator, { path, signedPath: `${path}&page=2` });
    const fixtures = emulator.tencent.fixtures;
    const otherBody = await call(emulator, {
      method: 'POST',
      path: `/v1/meeting/${fixtures.liveMeeting.meetingId}/phone/cancelcall`,
      body: {
        operator_id: fixtures.operatorId,
        operator_id_type: 1,
        phone_numbers: [{ area: 86, phone: '13800000000' }],
      },
      signedBody: '{}',
    });
    expect([wrong, wrongKey, otherUri, otherBody].map(errorCode)).toEqual([200003, 200003, 200003, 200003]);
  });

  it('rejects an unknown AppId or X-TC-Key with 190303', async () => {
    const emulator = await start();
    const path = await meetingPath(emulator);
    const badApp = await call(emulator, { path, headers: { AppId: '999' } });
    const noApp = await call(emulator, { path, omit: ['AppId'] });
    const badKey = await signedFetch(
      emulator.url,
      { ...emulator.tencent.credentials, secretId: 'AKIDunknown' },
      { path },
    );
    expect([badApp, noApp, badKey].map(errorCode)).toEqual([190303, 190303, 190303]);
    expect(badApp.status).toBe(400);
  });

  it('rejects an SdkId that was not allocated with 190303', async () => {
    const emulator = await start();
    const response = await call(emulator, { path: await meetingPath(emulator), headers: { SdkId: '12345' } });
    expect(errorCode(response)).toBe(190303);
  });

  it('requires the allocated SdkId when there is one', async () => {
    const emulator = await start({ credentials: { sdkId: '20001' } });
    const path = await meetingPath(emulator);
    expect((await call(emulator, { path })).status).toBe(200);
    expect(errorCode(await call(emulator, { path, omit: ['SdkId'] }))).toBe(190303);
    expect(errorCode(await call(emulator, { path, headers: { SdkId: '20002' } }))).toBe(190303);
  });

  it('rejects a timestamp more than five minutes off with 190300', async () => {
    const emulator = await start();
    const path = await meetingPath(emulator);
    const now = Math.floor(Date.now() / 1000);
    const late = await call(emulator, { path, timestamp: String(now - 400) });
    const early = await call(emulator, { path, timestamp: String(now + 400) });
    const garbage = await call(emulator, { path, timestamp: 'yesterday' });
    const inWindow = await call(emulator, { path, timestamp: String(now - 200) });
    expect([late, early, garbage].map(errorCode)).toEqual([190300, 190300, 190300]);
    expect(inWindow.status).toBe(200);
  });

  it('rejects a replayed timestamp+nonce with 190301, but not a fresh nonce', async () => {
    const emulator = await start();
    const path = await meetingPath(emulator);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const first = await call(emulator, { path, timestamp, nonce: '424242' });
    const replay = await call(emulator, { path, timestamp, nonce: '424242' });
    const fresh = await call(emulator, { path, timestamp, nonce: '424243' });
    expect(first.status).toBe(200);
    expect(replay.status).toBe(400);
    expect(errorCode(replay)).toBe(190301);
    expect(fresh.status).toBe(200);
  });

  it('does not let a forged request use up a nonce', async () => {
    const emulator = await start();
    const path = await meetingPath(emulator);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const forged = await call(emulator, { path, timestamp, nonce: '777', signature: 'Zm9yZ2Vk' });
    const genuine = await call(emulator, { path, timestamp, nonce: '777' });
    expect(errorCode(forged)).toBe(200003);
    expect(genuine.status).toBe(200);
  });

  it('wants the nonce to be a positive integer', async () => {
    const emulator = await start();
    const response = await call(emulator, { path: await meetingPath(emulator), nonce: 'abc' });
    expect(errorCode(response)).toBe(190004);
  });

  it('judges timestamps by its skewed clock and shows that clock in the Date header', async () => {
    const emulator = await start({ scenario: { clockSkewSeconds: 3_600 } });
    const path = await meetingPath(emulator);
    const now = Math.floor(Date.now() / 1000);
    const local = await call(emulator, { path, timestamp: String(now) });
    expect(errorCode(local)).toBe(190300);
    const serverDate = Date.parse(local.headers.get('date') ?? '');
    expect(Math.abs(serverDate / 1000 - (now + 3_600))).toBeLessThan(120);

    const corrected = await call(emulator, { path, timestamp: String(Math.floor(serverDate / 1000)) });
    expect(corrected.status).toBe(200);
  });

  it('sends its clock in the Date header without skew too', async () => {
    const emulator = await start();
    const response = await call(emulator, { path: await meetingPath(emulator) });
    expect(Math.abs(Date.parse(response.headers.get('date') ?? '') - Date.now())).toBeLessThan(120_000);
  });
});
