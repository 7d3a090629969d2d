import {
  formatMoney,
  type Meeting,
  meetingPages,
  type PhoneStatus,
  phoneParticipantPages,
  phoneStatusSchema,
  summarizePhoneParticipants,
  toMeetingRecord,
  toPhoneExportRecord,
} from '@callroll/core';
import { readViewOptions } from '../vscode/read-view-options.js';
import type { Services } from '../vscode/services.js';
import { missingSettings, openMeeting, pickAccount } from './tool-accounts.js';

const dayMs = 86_400_000;

/** `list_providers`: the providers there are and the accounts added to each, with the settings they lack. */
export async function listProviders(services: Services) {
  const accounts = services.accounts.list();
  const ids = [
    ...new Set([
      ...services.registry.factories().map((entry) => entry.id),
      ...accounts.map((a) => a.providerId),
    ]),
  ];
  return {
    providers: await Promise.all(
      ids.map(async (id) => {
        const capabilities = services.registry.factory(id)?.factory.capabilities;
        const own = accounts.filter((account) => account.providerId === id);
        return {
          id,
          name: services.registry.get(id)?.displayName ?? id,
          callOut: capabilities?.callOut ?? null,
          liveStatus: capabilities?.liveStatus ?? null,
          accounts: await Promise.all(
            own.map(async (account) => ({
              account: account.id,
              label: account.label,
              missingSettings: await missingSettings(services, account),
            })),
          ),
        };
      }),
    ),
  };
}

export interface ListMeetingsInput {
  provider?: string;
  account?: string;
  from?: string;
  to?: string;
  limit?: number;
}

/** `list_meetings`: the meetings of an account that overlap a range (the last week to two weeks ahead). */
export async function listMeetings(services: Services, input: ListMeetingsInput) {
  const account = pickAccount(services, input.account, input.provider);
  const provider = await account.provider();
  // By default the view's range: its ended days back, its upcoming days ahead.
  const now = Date.now();
  const view = readViewOptions();
  const from = input.from ? new Date(input.from) : new Date(now - view.endedDays * dayMs);
  const to = input.to ? new Date(input.to) : new Date(now + view.upcomingDays * dayMs);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()))
    throw new Error('from and to must be ISO dates');
  const limit = clamp(input.limit, 50, 200);
  const meetings: Meeting[] = [];
  for await (const page of meetingPages(
    provider,
    { from, to },
    { pageSize: Math.min(limit, provider.capabilities.maxPageSize) },
  )) {
    meetings.push(...page);
    if (meetings.length >= limit) break;
  }
  return {
    account: account.label,
    from: from.toISOString(),
    to: to.toISOString(),
    meetings: meetings.slice(0, limit).map(toMeetingRecord),
    more: meetings.length > limit,
  };
}

/** `get_meeting_summary`: the meeting's calls by status, raw unknown statuses, duration and exact cost. */
export async function getMeetingSummary(
  services: Services,
  input: { provider?: string; account?: string; meeting: string },
) {
  const { account, provider, meeting } = await openMeeting(services, input);
  const summary = await summarizePhoneParticipants(provider, meeting.id);
  return {
    meeting: { account: account.label, ...toMeetingRecord(meeting) },
    count: summary.count,
    byStatus: summary.byStatus,
    unknownRawStatuses: Object.fromEntries(summary.unknownRawStatuses),
    durationSeconds: summary.durationSeconds,
    linesWithDuration: summary.linesWithDuration,
    cost: summary.cost.map((money) => ({ ...money, text: formatMoney(money) })),
  };
}

export interface ListPhonesInput {
  provider?: string;
  account?: string;
  meeting: string;
  status?: string[];
  limit?: number;
  cursor?: string;
}

/**
 * `list_phone_participants`: the lines (the export's record, masked per `callroll.maskPhoneNumbers`),
 * optionally of some statuses, `limit` at a time; `cursor` from the answer before goes on.
 */
export async function listPhoneParticipants(services: Services, input: ListPhonesInput) {
  const { provider, meeting } = await openMeeting(services, input);
  const statuses = new Set<PhoneStatus>(
    (input.status ?? []).map((status) => phoneStatusSchema.parse(status)),
  );
  const limit = clamp(input.limit, 50, 1000);
  const skip = input.cursor === undefined ? 0 : Number(input.cursor);
  if (!Number.isInteger(skip) || skip < 0) throw new Error('cursor must come from an earlier answer');
  const mask = readViewOptions().mask;
  const records: ReturnType<typeof toPhoneExportRecord>[] = [];
  let matched = 0;
  let more = false;
  for await (const page of phoneParticipantPages(provider, meeting.id)) {
    for (const line of page) {
      if (statuses.size > 0 && !statuses.has(line.status)) continue;
      matched++;
      if (matched <= skip) continue;
      if (records.length === limit) more = true;
      else records.push(toPhoneExportRecord(line, { mask }));
    }
    if (more) break;
  }
  return {
    meeting: toMeetingRecord(meeting),
    masked: mask,
    phoneParticipants: records,
    nextCursor: more ? String(skip + limit) : null,
  };
}

function clamp(value: number | undefined, fallback: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.max(1, Math.min(max, Math.floor(value)));
}
