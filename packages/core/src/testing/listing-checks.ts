import { describe, expect, it } from 'vitest';
import { participantSchema } from '../model/participant.js';
import { phoneParticipantSchema } from '../model/phone-participant.js';
import { collect } from '../pagination/stream-pages.js';
import { streamPhoneParticipants } from '../pagination/stream-provider-listings.js';
import type { ConformanceContext } from './conformance-context.js';

/** Whole listings: complete, in one order at every page size, by hand and streamed. */
export function listingChecks(context: ConformanceContext): void {
  describe('phone participants', () => {
    const pageSizes = () => {
      const { defaultPageSize, maxPageSize } = context.provider.capabilities;
      return [
        ...new Set(context.options.pageSizes ?? [Math.min(7, maxPageSize), defaultPageSize, maxPageSize]),
      ];
    };
    const keyOf = (item: object) => JSON.stringify({ ...item, raw: undefined });
    let reference: string[] = [];

    it('streams every phone participant, in the same order at every page size', async () => {
      const { meetingId, count } = context.fixture.meetingWithPhoneParticipants;
      for (const pageSize of pageSizes()) {
        const items = await collect(streamPhoneParticipants(context.provider, meetingId, { pageSize }));
        expect(items, `page size ${pageSize}`).toHaveLength(count);
        for (const item of items) phoneParticipantSchema.parse(item);
        const keys = items.map(keyOf);
        if (reference.length === 0) reference = keys;
        else expect(keys, `page size ${pageSize} gives the same items`).toEqual(reference);
      }
    });

    it('pages by hand: cursors lead through every page with no gap or duplicate', async () => {
      const { provider } = context;
      const { meetingId, count } = context.fixture.meetingWithPhoneParticipants;
      const pageSize = Math.min(provider.capabilities.maxPageSize, Math.max(1, Math.ceil(count / 3)));
      const keys: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await provider.listPhoneParticipants(meetingId, { pageSize, cursor });
        if (page.total !== undefined) expect(page.total).toBe(count);
        expect(page.items.length).toBeLessThanOrEqual(pageSize);
        keys.push(...page.items.map(keyOf));
        cursor = page.nextCursor;
        expect(++pages).toBeLessThanOrEqual(Math.ceil(count / pageSize) + 1);
      } while (cursor !== undefined);
      expect(keys).toHaveLength(count);
      if (reference.length > 0) expect(keys).toEqual(reference);
    });

    it('keeps statuses it does not know as unknown, with the raw status', async (test) => {
      const unknown = context.fixture.unknownPhoneStatus;
      if (!unknown) return test.skip();
      const items = await collect(streamPhoneParticipants(context.provider, unknown.meetingId));
      const match = items.find((item) => item.rawStatus === unknown.rawStatus);
      expect(match?.status).toBe('unknown');
    });

    it('lists app participants that parse with the core model', async (test) => {
      const { provider, fixture } = context;
      if (!provider.listParticipants) return test.skip();
      const page = await provider.listParticipants(fixture.meetingWithPhoneParticipants.meetingId);
      for (const item of page.items) participantSchema.parse(item);
    });
  });
}
