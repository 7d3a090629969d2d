import {
  AbortedError,
  type CallOptions,
  type CallOutResult,
  type CallOutTarget,
  checkDateRange,
  checkPageRequest,
  type DateRange,
  InvalidInputError,
  type Meeting,
  NotFoundError,
  type Page,
  type PageRequest,
  type Participant,
  type PhoneParticipant,
  type ProviderCapabilities,
  type ProviderFactoryV1,
  type ProviderOptions,
  type ProviderV1,
  parseJsonResponse,
  parsePhoneNumber,
  parseSettings,
} from '@callroll/core';
import type { z } from 'zod';
import { toCalloutPage } from './tencent-callout-page.js';
import {
  type TencentPhoneTarget,
  tencentCalloutBatchSize,
  toTencentPhoneTargets,
} from './tencent-callout-targets.js';
import { createTencentClient } from './tencent-client.js';
import { toMeeting, toParticipant } from './tencent-mappers.js';
import { checkTencentMeetingId, parseTencentMeetingRef } from './tencent-meeting-ref.js';
import { type TencentSettings, tencentSettingsSchema } from './tencent-settings.js';
import {
  tencentCancelCallWire,
  tencentEndedMeetingsWire,
  tencentMeetingInfoWire,
  tencentParticipantsWire,
  tencentStartCalloutWire,
  tencentUpcomingMeetingsWire,
} from './tencent-wire-schemas.js';

const id = 'tencent';
const displayName = 'Tencent Meeting (腾讯会议)';

export const tencentCapabilities: ProviderCapabilities = {
  listMeetings: true,
  listParticipants: true,
  meetingCodes: true,
  callOut: true,
  maxPageSize: 100,
  defaultPageSize: 20,
};

/** Ended meetings come at most 20 a page; a user's upcoming ones at most 20 a call. */
const meetingPageSize = 20;
/**
 * The longest span one history query may cover. Tencent refuses longer ones (190004); the limit
 * is not in our reference, so we take the shortest seen in Tencent's docs.
 */
const endedWindowSeconds = 31 * 86_400;
/** Tencent returns at most 50,000 participants of a meeting. */
const maxParticipants = 50_000;

export interface TencentMeetingProvider extends ProviderV1 {
  listMeetings(range: DateRange, request?: PageRequest): Promise<Page<Meeting>>;
  listParticipants(meetingId: string, request?: PageRequest): Promise<Page<Participant>>;
  close(): Promise<void>;
  startCallOut(meetingId: string, targets: CallOutTarget[], options?: CallOptions): Promise<CallOutResult>;
  cancelCallOut(meetingId: string, targets: CallOutTarget[], options?: CallOptions): Promise<CallOutResult>;
}

/**
 * A Tencent Meeting provider for one enterprise app (AK/SK signature). Settings are checked now;
 * the credentials are first used by the first call.
 */
export function createTencentMeeting(
  settings: TencentSettings,
  options: ProviderOptions = {},
): TencentMeetingProvider {
  const config = parseSettings(tencentSettingsSchema, settings, { provider: id });
  const client = createTencentClient(config, options);
  const operator: [string, string][] = [
    ['operator_id', config.operatorId],
    ['operator_id_type', String(config.operatorIdType)],
  ];
  const parse = <S extends z.ZodType>(schema: S, text: string, status: number, what: string) =>
    parseJsonResponse(schema, text, { provider: id, status, secrets: [config.secretKey], what });

  // Meeting listings take at most 20 a page; the other listings up to the capability's 100.
  function paging(request: PageRequest | undefined, listingMax: number, cursorPattern: RegExp) {
    const { pageSize, cursor } = checkPageRequest(request, {
      provider: id,
      maxPageSize: tencentCapabilities.maxPageSize,
      defaultPageSize: Math.min(tencentCapabilities.defaultPageSize, listingMax),
      cursorPattern,
    });
    return { pageSize: Math.min(pageSize, listingMax), cursor };
  }

  async function getMeeting(meetingRef: string, callOptions?: CallOptions): Promise<Meeting> {
    const ref = parseTencentMeetingRef(meetingRef, 'meetingRef');
    if (callOptions?.signal?.aborted)
      throw new AbortedError({ provider: id, cause: callOptions.signal.reason });
    const response =
      ref.kind === 'id'
        ? await client.call({
            method: 'GET',
            path: `v1/meetings/${ref.meetingId}`,
            query: [...operator, ['instanceid', '1']],
            signal: callOptions?.signal,
            operation: 'getMeeting',
            meetingId: ref.meetingId,
          })
        : await client.call({
            method: 'GET',
            path: 'v1/meetings',
            query: [
              ['meeting_code', ref.meetingCode],
              ...operator,
              ['userid', config.operatorId],
              ['instanceid', '1'],
            ],
            signal: callOptions?.signal,
            operation: 'getMeetingByCode',
            meetingId: ref.meetingCode,
          });
    const body = parse(tencentMeetingInfoWire, response.text, response.status, 'getMeeting');
    const wire = body.meeting_info_list?.[0];
    if (!wire) {
      const shown = ref.kind === 'id' ? ref.meetingId : ref.meetingCode;
      throw new NotFoundError({
        provider: id,
        resource: 'meeting',
        id: shown,
        message: `Tencent Meeting has no meeting ${shown}`,
      });
    }
    return toMeeting(wire);
  }

  async function listPhoneParticipants(
    meetingId: string,
    request?: PageRequest,
  ): Promise<Page<PhoneParticipant>> {
    checkTencentMeetingId(meetingId);
    const { pageSize, cursor } = paging(request, tencentCapabilities.maxPageSize, /^[1-9]\d{0,6}$/);
    const page = cursor === undefined ? 1 : Number(cursor);
    const response = await client.call({
      method: 'GET',
      path: `v1/meeting/${meetingId}/phone/callout`,
      query: [...operator, ['page', String(page)], ['page_size', String(pageSize)]],
      signal: request?.signal,
      operation: 'listPhoneCallouts',
      meetingId,
    });
    return toCalloutPage(response.text, {
      meetingId,
      page,
      status: response.status,
      secrets: [config.secretKey],
    });
  }

  async function listParticipants(meetingId: string, request?: PageRequest): Promise<Page<Participant>> {
    checkTencentMeetingId(meetingId);
    const { pageSize, cursor } = paging(request, tencentCapabilities.maxPageSize, /^\d{1,6}$/);
    const pos = cursor === undefined ? 0 : Number(cursor);
    const response = await client.call({
      method: 'GET',
      path: `v1/meetings/${meetingId}/participants`,
      query: [
        ['userid', config.operatorId],
        ['pos', String(pos)],
        ['size', String(pageSize)],
      ],
      signal: request?.signal,
      operation: 'listParticipants',
      meetingId,
    });
    const body = parse(tencentParticipantsWire, response.text, response.status, 'the participant list');
    const items = (body.participants ?? []).map((wire, index) => toParticipant(meetingId, wire, index));
    const total = body.total_count === undefined ? undefined : Math.min(body.total_count, maxParticipants);
    const next =
      body.has_remaining && body.next_pos !== undefined && body.next_pos > pos ? body.next_pos : undefined;
    return {
      items,
      ...(total === undefined ? {} : { total }),
      ...(next === undefined ? {} : { nextCursor: String(next) }),
      // `pos` is an offset, so every later page is known once the total is.
      ...(pos === 0 && total !== undefined && total > pageSize
        ? { pageCursors: range(1, Math.ceil(total / pageSize) - 1).map((index) => String(index * pageSize)) }
        : {}),
    };
  }

  /**
   * Live and upcoming meetings first (Tencent's cursor listing, filtered to the range), then the
   * ended ones of the range (its paged history, in windows of at most 31 days). Cursors:
   * `u<pos>.<cursory>` and `h<window>.<page>`.
   */
  async function listMeetings(rangeArg: DateRange, request?: PageRequest): Promise<Page<Meeting>> {
    checkDateRange(rangeArg, id);
    const { pageSize, cursor } = paging(
      request,
      meetingPageSize,
      /^(u\d{1,20}\.\d{1,20}|h\d{1,6}\.[1-9]\d{0,6})$/,
    );
    const from = Math.floor(rangeArg.from.getTime() / 1000);
    const to = Math.floor(rangeArg.to.getTime() / 1000);
    if (cursor === undefined || cursor.startsWith('u')) {
      const [pos, cursory] = cursor === undefined ? ['0', '0'] : cursor.slice(1).split('.');
      const response = await client.call({
        method: 'GET',
        path: 'v1/meetings',
        query: [
          ['userid', config.operatorId],
          ['instanceid', '1'],
          ['pos', pos ?? '0'],
          ['cursory', cursory ?? '0'],
        ],
        signal: request?.signal,
        operation: 'listUpcomingMeetings',
      });
      const body = parse(
        tencentUpcomingMeetingsWire,
        response.text,
        response.status,
        'the upcoming meeting list',
      );
      const items = (body.meeting_info_list ?? [])
        .map((wire) => toMeeting(wire))
        .filter((meeting) => overlaps(meeting, rangeArg));
      const more = (body.remaining ?? 0) > 0 && body.next_pos !== undefined;
      return { items, nextCursor: more ? `u${body.next_pos}.${body.next_cursory ?? 0}` : 'h0.1' };
    }
    // Tencent limits the span of one history query, so a longer range is read window by window.
    const [window = 0, page = 1] = cursor.slice(1).split('.').map(Number);
    const windowStart = from + window * endedWindowSeconds;
    const windowEnd = Math.min(to, windowStart + endedWindowSeconds);
    const response = await client.call({
      method: 'GET',
      path: `v1/history/meetings/${encodeURIComponent(config.operatorId)}`,
      query: [
        ['page', String(page)],
        ['page_size', String(pageSize)],
        ['start_time', String(windowStart)],
        ['end_time', String(windowEnd)],
      ],
      signal: request?.signal,
      operation: 'listEndedMeetings',
    });
    const body = parse(tencentEndedMeetingsWire, response.text, response.status, 'the ended meeting list');
    const nextCursor =
      page < body.total_page ? `h${window}.${page + 1}` : windowEnd < to ? `h${window + 1}.1` : undefined;
    return {
      items: (body.meeting_info_list ?? []).map((wire) => toMeeting(wire, 'ended')),
      ...(nextCursor ? { nextCursor } : {}),
    };
  }

  async function postCallouts(
    operation: 'startCallOut' | 'cancelCallOut',
    meetingId: string,
    targets: CallOutTarget[],
    callOptions: CallOptions | undefined,
  ): Promise<CallOutResult> {
    checkTencentMeetingId(meetingId);
    const phones = toTencentPhoneTargets(targets);
    const result: CallOutResult = { accepted: [], rejected: [] };
    const toPhone = (
      wire: TencentPhoneTarget | { area: number; phone: string; extension_number?: string | undefined },
    ) =>
      parsePhoneNumber({
        number: wire.phone,
        callingCode: wire.area,
        extension: wire.extension_number || undefined,
      });
    for (let start = 0; start < phones.length; start += tencentCalloutBatchSize) {
      const batch = phones.slice(start, start + tencentCalloutBatchSize);
      const response = await client.call({
        method: 'POST',
        path:
          operation === 'startCallOut'
            ? `v1/meeting/${meetingId}/phone/callout`
            : `v1/meeting/${meetingId}/phone/cancelcall`,
        json: {
          operator_id: config.operatorId,
          operator_id_type: config.operatorIdType,
          phone_numbers: batch,
        },
        signal: callOptions?.signal,
        operation,
        meetingId,
      });
      if (operation === 'startCallOut') {
        const body = parse(tencentStartCalloutWire, response.text, response.status, 'the callout request');
        result.accepted.push(...(body.phone_numbers ?? []).map(toPhone));
        for (const wire of body.invalid_phone_numbers ?? []) {
          result.rejected.push({
            phone: toPhone(wire),
            reason: wire.error_msg ?? 'refused by Tencent Meeting',
          });
        }
      } else {
        const body = parse(tencentCancelCallWire, response.text, response.status, 'the cancel request');
        result.accepted.push(...(body.success_list ?? []).map(toPhone));
        for (const wire of body.failed_list ?? []) {
          result.rejected.push({ phone: toPhone(wire), reason: wire.error_msg ?? 'could not be cancelled' });
        }
      }
    }
    return result;
  }

  return {
    specificationVersion: 'v1',
    id,
    displayName,
    capabilities: tencentCapabilities,
    settingsSchema: tencentSettingsSchema,
    getMeeting,
    listMeetings,
    listPhoneParticipants,
    listParticipants,
    startCallOut: (meetingId, targets, callOptions) =>
      postCallouts('startCallOut', meetingId, targets, callOptions),
    cancelCallOut: (meetingId, targets, callOptions) =>
      postCallouts('cancelCallOut', meetingId, targets, callOptions),
    close: () => client.close(),
  };
}

function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
}

function overlaps(meeting: Meeting, window: DateRange): boolean {
  const start = meeting.startAt?.getTime();
  const end = meeting.endAt?.getTime() ?? start;
  if (start === undefined || end === undefined) return true;
  return start < window.to.getTime() && end >= window.from.getTime();
}

/** Tencent Meeting as a plugin, for the CLI and the VS Code extension. */
export const tencentMeetingProviderFactory: ProviderFactoryV1<typeof tencentSettingsSchema> = {
  specificationVersion: 'v1',
  id,
  displayName,
  capabilities: tencentCapabilities,
  settingsSchema: tencentSettingsSchema,
  create: (settings, options) => createTencentMeeting(settings as TencentSettings, options),
};
