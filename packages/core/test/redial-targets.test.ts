import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redialTargets } from '../src/callouts/redial-targets.js';
import { uniqueCallOutTargets } from '../src/callouts/unique-call-out-targets.js';
import type { ProviderV1 } from '../src/provider/provider-v1.js';
import * as reference from '../src/reference/index.js';

let server: reference.ReferenceServer;
let provider: ProviderV1;
const live = reference.referenceMeetingIds.live;

const line = (id: string, number: string, status: string, extension: string | null = null) =>
  ({
    id: `${live}-${id}`,
    number,
    extension,
    direction: 'out',
    status,
    joined_at: null,
    left_at: null,
    duration_s: null,
    cost: null,
    currency: 'CNY',
  }) satisfies reference.ReferencePhoneRecord;

beforeAll(async () => {
  // The live meeting's lines, replaced by a few of each case.
  server = await reference.startReferenceServer();
  provider = reference.createReferenceProvider({ baseURL: server.url, apiKey: server.apiKey });
  server.dataset.phones.set(live, [
    line('a1', '+8613800138000', 'no-answer'),
    line('b1', '+8613900139000', 'no-answer'),
    // Called again and answered: its latest line decides, so it is not redialled.
    line('b2', '+8613900139000', 'in-call'),
    line('c1', '+8613700137000', 'cancelled'),
    line('d1', 'not a number', 'no-answer'),
    line('e1', '+862787654321', 'no-answer', '12'),
    line('e2', '+862787654321', 'no-answer'),
  ]);
});
afterAll(async () => {
  await provider.close?.();
  await server.close();
});

describe('redialTargets', () => {
  it("takes each number's latest line in the statuses asked, in the order of those lines", async () => {
    const found = await redialTargets(provider, live, new Set(['unanswered']), AbortSignal.timeout(10_000));
    expect(found.targets).toEqual([
      { number: '+8613800138000' },
      { number: '+862787654321', extension: '12' },
      { number: '+862787654321' },
    ]);
    // The line without a readable number is counted, not called.
    expect(found.uncallable).toBe(1);
  });

  it('reads several statuses at once', async () => {
    const found = await redialTargets(
      provider,
      live,
      new Set(['unanswered', 'cancelled']),
      AbortSignal.timeout(10_000),
    );
    expect(found.targets.map((target) => target.number)).toContain('+8613700137000');
    expect(found.targets.map((target) => target.number)).not.toContain('+8613900139000');
  });
});

describe('uniqueCallOutTargets', () => {
  it('keeps each number and extension once, at its first place', () => {
    expect(
      uniqueCallOutTargets([
        { number: '+8613800138000', name: 'first' },
        { number: '+8613800138000', name: 'again' },
        { number: '+8613800138000', extension: '1' },
        { number: '+8613900139000' },
      ]),
    ).toEqual([
      { number: '+8613800138000', name: 'first' },
      { number: '+8613800138000', extension: '1' },
      { number: '+8613900139000' },
    ]);
  });
});
