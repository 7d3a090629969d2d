import { describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.js';
import { useSharedEmulator } from './support/emulator-fixture.js';
import {
  allDetailPages,
  dataOf,
  envelopeError,
  systecPost,
  type WireMeeting,
} from './support/systec-post.js';

// Every test here only reads, so they share one emulator.
const shared = useSharedEmulator({ now: Date.parse('2025-06-16T03:00:00Z') });
const start = async () => shared();

let listing: Promise<WireMeeting[]> | undefined;
/** The busy month's meetings as share/detail lists them (no arrays), fetched once. */
function busyMonth(emulator: Emulator): Promise<WireMeeting[]> {
  listing ??= (async () => {
    const { from, to } = emulator.systec.fixtures.busyMonth;
    const pages = await allDetailPages(emulator, { from, to, page_size: '300' });
    return pages.flatMap((page) => page.meetings);
  })();
  return listing;
}

const reportsBy = (emulator: Emulator, ids: string[]) =>
  systecPost(emulator, 'share/reports', { params: { meeting_ids: ids.join(',') } });
const detailsBy = (emulator: Emulator, uuids: string[]) =>
  systecPost(emulator, 'share/meetingdetail', { params: { uuid: uuids.join(',') } });

describe('share/meetingdetail', () => {
  it('answers up to 200 uuids in the order asked, with {id} alone for those without a report', async () => {
    const emulator = await start();
    const { fixtures } = emulator.systec;
    const listed = await busyMonth(emulator);
    const uuids = listed.slice(0, 197).map((meeting) => meeting.uuid ?? '');
    uuids.splice(
      3,
      0,
      fixtures.liveMeeting.uuid,
      fixtures.tooFewParticipantsMeeting.uuid,
      fixtures.missingUuid,
    );
    expect(uuids).toHaveLength(200);
    const data = dataOf(await detailsBy(emulator, uuids));
    expect(data.meetings.map((meeting) => meeting.uuid ?? meeting.id)).toEqual(uuids);
    expect(data.meetings.slice(3, 6)).toEqual([
      { id: fixtures.liveMeeting.uuid },
      { id: fixtures.tooFewParticipantsMeeting.uuid },
      { id: fixtures.missingUuid },
    ]);
    expect(data.total_record).toBe(200);
    expect(data).toMatchObject({ page_number: 1, total_page: 1, has_next_page: false });
    // Every full entry is an ended meeting with at least two participants and both arrays.
    for (const meeting of data.meetings.filter((entry) => entry.uuid !== undefined)) {
      expect(meeting.end_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(meeting.participants?.length).toBeGreaterThanOrEqual(2);
      expect(Array.isArray(meeting.telephony_usage)).toBe(true);
    }
  });

  it('refuses 201 uuids and an empty list', async () => {
    const emulator = await start();
    const uuids = (await busyMonth(emulator)).slice(0, 201).map((meeting) => meeting.uuid ?? '');
    const tooMany = await detailsBy(emulator, uuids);
    expect(envelopeError(tooMany)).toMatchObject({ status: 400, message: expect.stringContaining('200') });
    expect(envelopeError(await detailsBy(emulator, []))?.status).toBe(400);
    expect(envelopeError(await detailsBy(emulator, [',', '']))?.status).toBe(400);
  });

  it('finds a uuid with + / = only when it is form-encoded', async () => {
    const emulator = await start();
    const { specialCharactersMeeting: special, apiKey } = {
      ...emulator.systec.fixtures,
      apiKey: emulator.systec.credentials.apiKey,
    };
    expect(special.uuid).toMatch(/\+/);
    expect(special.uuid).toMatch(/\//);
    expect(special.uuid).toMatch(/=$/);
    const encoded = dataOf(await detailsBy(emulator, [special.uuid]));
    expect(encoded.meetings[0]).toMatchObject({ uuid: special.uuid, meeting_id: special.meetingId });
    const secret = encodeURIComponent(emulator.systec.credentials.apiSecret);
    const unencoded = await systecPost(emulator, 'share/meetingdetail', {
      rawBody: `api_key=${apiKey}&api_secret=${secret}&uuid=${special.uuid}`,
    });
    expect(dataOf(unencoded).meetings).toEqual([{ id: special.uuid.replaceAll('+', ' ') }]);
  });

  it('takes uuid, not meeting_ids', async () => {
    const emulator = await start();
    const response = await systecPost(emulator, 'share/meetingdetail', {
      params: { meeting_ids: emulator.systec.fixtures.costMeeting.meetingId },
    });
    expect(envelopeError(response)).toMatchObject({ status: 400, message: expect.stringContaining('uuid') });
  });
});

describe('share/reports (the seed)', () => {
  it('answers meeting numbers in the detail shape, in the order asked, {id} for those without a report', async () => {
    const emulator = await start();
    const { fixtures } = emulator.systec;
    const ids = [
      fixtures.costMeeting.meetingId,
      fixtures.missingMeetingId,
      fixtures.liveMeeting.meetingId,
      fixtures.everyTypeMeeting.meetingId,
    ];
    const data = dataOf(await reportsBy(emulator, ids));
    expect(data.meetings.map((meeting) => meeting.meeting_id ?? meeting.id)).toEqual(ids);
    expect(data.meetings[1]).toEqual({ id: fixtures.missingMeetingId });
    expect(data.meetings[2]).toEqual({ id: fixtures.liveMeeting.meetingId });
    expect(data.meetings[0]).toMatchObject({
      uuid: fixtures.costMeeting.uuid,
      host_id: fixtures.costMeeting.hostId,
    });
    expect(Object.keys(data)).toEqual([
      'from',
      'to',
      'total_record',
      'total_page',
      'page_number',
      'page_size',
      'has_previous_page',
      'has_next_page',
      'meetings',
    ]);
    expect(data).toMatchObject({ total_record: 4, total_page: 1, page_number: 1, page_size: 30 });
    // from/to span the reported meetings' start dates.
    expect(data.from).toBe(fixtures.costMeeting.startTime.slice(0, 10));
    expect(data.to).toBe(fixtures.everyTypeMeeting.startTime.slice(0, 10));
  });

  it('splits on , and the full-width ， with blanks around ids', async () => {
    const emulator = await start();
    const { costMeeting, everyTypeMeeting, tooFewParticipantsMeeting } = emulator.systec.fixtures;
    const response = await systecPost(emulator, 'share/reports', {
      params: {
        meeting_ids: ` ${costMeeting.meetingId}，${everyTypeMeeting.meetingId} , ${tooFewParticipantsMeeting.meetingId}`,
      },
    });
    expect(dataOf(response).meetings.map((meeting) => meeting.meeting_id ?? meeting.id)).toEqual([
      costMeeting.meetingId,
      everyTypeMeeting.meetingId,
      tooFewParticipantsMeeting.meetingId,
    ]);
  });

  it('answers every report of a reused meeting number, oldest first', async () => {
    const emulator = await start();
    const { recurringMeeting } = emulator.systec.fixtures;
    const data = dataOf(await reportsBy(emulator, [recurringMeeting.meetingId]));
    expect(data.meetings.map((meeting) => meeting.uuid)).toEqual(recurringMeeting.uuids);
    expect(data.total_record).toBe(3);
  });

  it('takes 200 meeting numbers, not 201, and not uuid', async () => {
    const emulator = await start();
    const ids = [...new Set((await busyMonth(emulator)).map((meeting) => String(meeting.meeting_id)))].slice(
      0,
      201,
    );
    const data = dataOf(await reportsBy(emulator, ids.slice(0, 200)));
    expect(new Set(data.meetings.map((meeting) => String(meeting.meeting_id ?? meeting.id)))).toEqual(
      new Set(ids.slice(0, 200)),
    );
    expect(data.page_size).toBeGreaterThanOrEqual(data.total_record);
    expect(envelopeError(await reportsBy(emulator, ids))?.status).toBe(400);
    const wrongField = await systecPost(emulator, 'share/reports', {
      params: { uuid: emulator.systec.fixtures.costMeeting.uuid },
    });
    expect(envelopeError(wrongField)).toMatchObject({
      status: 400,
      message: expect.stringContaining('meeting_ids'),
    });
  });

  it('batches 1,000 busy-month meetings into 200s with nothing lost', async () => {
    const emulator = await start();
    const listed = await busyMonth(emulator);
    const uuids = listed.map((meeting) => meeting.uuid ?? '').slice(0, 1_000);
    const answered = new Map<string, WireMeeting>();
    for (let offset = 0; offset < uuids.length; offset += 200) {
      for (const entry of dataOf(await detailsBy(emulator, uuids.slice(offset, offset + 200))).meetings) {
        answered.set(entry.uuid ?? entry.id ?? '', entry);
      }
    }
    expect([...answered.keys()]).toEqual(uuids);
    const reported = [...answered.values()].filter((entry) => entry.uuid !== undefined).length;
    expect(reported).toBeGreaterThan(900);
    expect(reported).toBeLessThan(1_000);
  });
});
