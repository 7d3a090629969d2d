import { InvalidInputError, trackPhoneParticipants } from '@callroll/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SystecHarness, startSystecHarness } from './support/systec-emulator.js';

let harness: SystecHarness;
beforeAll(async () => {
  harness = await startSystecHarness();
});
afterAll(() => harness.close());

describe('live tracking', () => {
  it('is refused before any request: Systec reports a meeting only once it ended', async () => {
    const provider = harness.provider();
    expect(provider.capabilities.liveStatus).toBe(false);
    const before = harness.emulator.stats.systec.requests;
    const { meetingId } = harness.emulator.systec.fixtures.liveMeeting;
    const error = await trackPhoneParticipants(provider, meetingId)
      .next()
      .catch((caught: unknown) => caught);
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as InvalidInputError).message).toBe(
      'Systec UMeeting has no live data: its phone participants can be read only once a meeting ended',
    );
    expect(harness.emulator.stats.systec.requests).toBe(before);
  });
});
