import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AbortedError } from '../src/errors/aborted-error.js';
import { InvalidInputError } from '../src/errors/invalid-input-error.js';
import type { LiveEvent, LiveRoundEvent } from '../src/live/live-events.js';
import { trackPhoneParticipants } from '../src/live/track-phone-participants.js';
import type { ProviderV1 } from '../src/provider/provider-v1.js';
import {
  createReferenceDataset,
  createReferenceProvider,
  type ReferencePhoneRecord,
  type ReferenceServer,
  referenceMeetingIds,
  startReferenceServer,
} from '../src/reference/index.js';

// The reference service keeps its data in memory: a test changes it between rounds, from the
// tracker's `wait`, so that each round sees exactly the changes made before it and no test sleeps.
let server: ReferenceServer;
let provider: ProviderV1;
const live = referenceMeetingIds.live;

beforeAll(async () => {
  server = await startReferenceServer({ dataset: createReferenceDataset({ bigMeetingPhones: 10_000 }) });
  provider = createReferenceProvider({ baseURL: server.url, apiKey: server.apiKey });
});
afterAll(async () => {
  await provider.close?.();
  await server.close();
});

const original = createReferenceDataset({ bigMeetingPhones: 10_000 });
beforeEach(() => {
  // Each test starts from the seeded data.
  server.dataset.phones.set(live, structuredClone(original.phones.get(live) ?? []));
  const meeting = server.dataset.meetings.find((candidate) => candidate.id === live);
  if (meeting) meeting.state = 'live';
});

const phones = () => server.dataset.phones.get(live) ?? [];
const phone = (id: string) => phones().find((row) => row.id === id) as ReferencePhoneRecord;
const endMeeting = () => {
  const meeting = server.dataset.meetings.find((candidate) => candidate.id === live);
  if (meeting) meeting.state = 'ended';
};

/** An event in a line: `type id from>to @round`. */
function describeEvent(event: LiveEvent): string {
  if (event.type === 'round') return `round @${event.round} changes=${event.changes}`;
  if (event.type === 'meeting-ended') return `meeting-ended @${event.round}`;
  const id = event.participant.participantId?.replace(`${live}-`, '');
  return `${event.type} ${id} ${event.from ?? '-'}>${event.to ?? '-'} @${event.round}`;
}

describe('trackPhoneParticipants against the reference service', () => {
  it('adds every line first, then yields each change once, in order, and ends with the meeting', async () => {
    const steps: (() => void)[] = [
      () => {
        phone(`${live}-p1`).status = 'in-call'; // ringing → in-call
        phones().push({ ...phone(`${live}-p3`), id: `${live}-p13`, status: 'ringing' });
      },
      () => {
        phone(`${live}-p1`).status = 'hung-up';
        phone(`${live}-p13`).status = 'no-answer';
        server.dataset.phones.set(
          live,
          phones().filter((row) => row.id !== `${live}-p2`),
        );
      },
      () => undefined,
      endMeeting,
    ];
    const waits: number[] = [];
    const events: LiveEvent[] = [];
    for await (const event of trackPhoneParticipants(provider, live, {
      meetingCheckMs: 0,
      wait: async (ms) => {
        waits.push(ms);
        steps.shift()?.();
      },
    })) {
      events.push(event);
    }
    const seeded = Array.from({ length: 12 }, (_, index) => index + 1);
    const seededStatus = ['calling', 'connected', 'ended', 'unanswered', 'cancelled'];
    expect(events.map(describeEvent)).toEqual([
      ...seeded.map((n) => `added p${n} ->${seededStatus[(n - 1) % 5]} @1`),
      'round @1 changes=12',
      'status-changed p1 calling>connected @2',
      'added p13 ->calling @2',
      'round @2 changes=2',
      'status-changed p1 connected>ended @3',
      'status-changed p13 calling>unanswered @3',
      'removed p2 connected>- @3',
      'round @3 changes=3',
      'round @4 changes=0',
      'round @5 changes=0',
      'meeting-ended @5',
    ]);
    const last = events.findLast((event): event is LiveRoundEvent => event.type === 'round');
    expect(last?.counts.count).toBe(12);
    expect(last?.counts.byStatus).toEqual({
      calling: 2,
      connected: 2,
      ended: 3,
      unanswered: 3,
      cancelled: 2,
      unknown: 0,
    });
    expect(waits).toHaveLength(4);
    // Each round's lines, in listing order, with the keys its events named: a view keeps its marks by them.
    const rounds = events.filter((event): event is LiveRoundEvent => event.type === 'round');
    const ids = (round: LiveRoundEvent | undefined) =>
      round?.lines.map((line) => line.participant.participantId?.replace(`${live}-`, ''));
    expect(ids(rounds[1])).toEqual([...seeded.map((n) => `p${n}`), 'p13']);
    expect(ids(rounds[2])).toEqual([...seeded.filter((n) => n !== 2).map((n) => `p${n}`), 'p13']);
    const keyOf = (round: LiveRoundEvent | undefined, id: string) =>
      round?.lines.find((line) => line.participant.participantId === `${live}-${id}`)?.key;
    const change = events.find((event) => event.type === 'status-changed' && event.round === 2);
    expect(change?.type === 'status-changed' && change.key).toBe(keyOf(rounds[0], 'p1'));
    expect(keyOf(rounds[0], 'p1')).toBe(keyOf(rounds[2], 'p1'));
  });

  it('reads the meeting once in each 30 s of waiting, and counts those calls in the round', async () => {
    const calls: number[] = [];
    const before = server.requestCount;
    for await (const event of trackPhoneParticipants(provider, live, { wait: async () => undefined })) {
      if (event.type !== 'round') continue;
      calls.push(event.callsThisRound);
      expect(event.intervalMs).toBe(5_000);
      if (event.round === 8) break;
    }
    // Rounds 1 and 7 (after 6 waits of 5 s) read the meeting: one page and one meeting each.
    expect(calls).toEqual([2, 1, 1, 1, 1, 1, 2, 1]);
    expect(server.requestCount - before).toBe(10);
  });

  it('spaces the rounds of a 10,000-line meeting to a share of the limit in any minute', async () => {
    const big = referenceMeetingIds.big;
    const before = server.requestCount;
    const rounds: LiveRoundEvent[] = [];
    const tracker = trackPhoneParticipants(provider, big, {
      requestsPerMinute: 300,
      wait: async () => undefined,
    });
    for await (const event of tracker) if (event.type === 'round') rounds.push(event);
    // The meeting is over: one round, then the end.
    expect(rounds).toHaveLength(1);
    const [round] = rounds as [LiveRoundEvent];
    expect(server.requestCount - before).toBe(101);
    expect(round.callsThisRound).toBe(101);
    // 150 a minute allowed: one round of 101 calls fits in a minute, two do not.
    expect(round.intervalMs).toBe(60_000);
    expect(round.budget).toMatchObject({
      requestsPerMinute: 300,
      source: 'option',
      allowedPerMinute: 150,
      callsPerRound: 101,
      callsPerMinute: 101,
      overBudget: false,
    });
  });

  it('falls back to a cautious limit when neither the provider nor the caller knows one', async () => {
    const tracker = trackPhoneParticipants(provider, referenceMeetingIds.big, {
      wait: async () => undefined,
    });
    for await (const event of tracker) {
      if (event.type !== 'round') continue;
      expect(event.budget).toMatchObject({ source: 'default', requestsPerMinute: 60, overBudget: true });
      // 101 calls against 30 a minute: rounds are spaced so the average stays at 30.
      expect(event.intervalMs).toBe(202_000);
    }
  });

  it('stops with AbortedError when aborted while waiting, and before any request when aborted first', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      for await (const event of trackPhoneParticipants(provider, live, {
        signal: controller.signal,
        wait: (_ms, signal) =>
          new Promise((_resolve, reject) => {
            signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
            controller.abort(new Error('SIGINT'));
          }),
      })) {
        seen.push(event.type);
      }
    };
    const error = await run().catch((caught: unknown) => caught);
    expect(AbortedError.isInstance(error), String(error)).toBe(true);
    expect(seen.at(-1)).toBe('round');

    const before = server.requestCount;
    const early = trackPhoneParticipants(provider, live, { signal: AbortSignal.abort() });
    await expect(early.next()).rejects.toSatisfy(AbortedError.isInstance);
    expect(server.requestCount).toBe(before);
  });

  it('refuses a provider without live data, and bad options, before any request', async () => {
    const before = server.requestCount;
    const ended = Object.create(provider, {
      capabilities: { value: { ...provider.capabilities, liveStatus: false } },
    }) as ProviderV1;
    const error = await trackPhoneParticipants(ended, live)
      .next()
      .catch((caught: unknown) => caught);
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as InvalidInputError).message).toMatch(/has no live data/);
    for (const options of [{ share: 0 }, { share: 1.5 }, { minIntervalMs: -1 }, { requestsPerMinute: 0 }]) {
      await expect(trackPhoneParticipants(provider, live, options).next()).rejects.toSatisfy(
        InvalidInputError.isInstance,
      );
    }
    expect(server.requestCount).toBe(before);
  });
});
