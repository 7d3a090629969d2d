import { dayOf } from '../data/systec/calendar-day.js';
import type { SystecMeeting } from '../data/systec/systec-meeting.js';
import type { FormParams } from './form-params.js';
import { defaultPageSize, maxIdsPerCall } from './limits.js';
import type { SystecRouteContext } from './route-context.js';
import { badParameter } from './systec-error.js';
import { listingData } from './wire/listing-data.js';
import { meetingEntry } from './wire/meeting-entry.js';

/** What a report call asks for: the form field and how ids in it are separated. */
export interface IdListSpec {
  field: string;
  /** The other report endpoint's field, named in the error when a client mixes them up. */
  otherField: string;
  separator: RegExp;
  /** Trim blanks around each id (meeting numbers) or keep ids exactly as decoded (uuids). */
  trim: boolean;
}

/** The ids asked for, in order, without repeats; at most `maxIdsPerCall`. */
export function readIdList(form: FormParams, spec: IdListSpec): string[] {
  const text = form.string(spec.field);
  if (text === undefined) {
    throw badParameter(
      form.has(spec.otherField)
        ? `This endpoint takes ${spec.field}, not ${spec.otherField}.`
        : `${spec.field} is required.`,
    );
  }
  const ids = text
    .split(spec.separator)
    .map((id) => (spec.trim ? id.trim() : id))
    .filter((id) => id !== '');
  if (ids.length === 0) throw badParameter(`${spec.field} is required.`);
  if (ids.length > maxIdsPerCall) {
    throw badParameter(`At most ${maxIdsPerCall} ids per call; ${spec.field} has ${ids.length}.`);
  }
  return [...new Set(ids)];
}

/**
 * The answer of both report endpoints, in share/detail's shape as the seed shows it: one page
 * holding, in the order asked, every report of each id, or `{"id": <as asked>}` for an id with
 * none. `from`/`to` span the reported meetings' start dates (today when there are none);
 * `total_record` counts every entry, `{"id"}` ones included; `page_size` is 30 or the entry
 * count when larger.
 */
export function reportData(
  context: SystecRouteContext,
  ids: readonly string[],
  reportsOf: (id: string) => readonly SystecMeeting[],
): Record<string, unknown> {
  const { dataset, style, today } = context;
  const entries: unknown[] = [];
  let fromDay = Number.POSITIVE_INFINITY;
  let toDay = Number.NEGATIVE_INFINITY;
  for (const id of ids) {
    const reports = reportsOf(id);
    if (reports.length === 0) entries.push({ id });
    for (const meeting of reports) {
      const day = dayOf(meeting.startSeconds, style.times.offsetSeconds);
      fromDay = Math.min(fromDay, day);
      toDay = Math.max(toDay, day);
      entries.push(
        meetingEntry(
          meeting,
          dataset.attendance(meeting),
          { participants: true, telephonyUsage: true },
          style,
        ),
      );
    }
  }
  return listingData(
    {
      fromDay: Number.isFinite(fromDay) ? fromDay : today,
      toDay: Number.isFinite(toDay) ? toDay : today,
      totalRecord: entries.length,
      pageNumber: 1,
      pageSize: Math.max(defaultPageSize, entries.length),
      meetings: entries,
      key: `reports:${ids.join(',')}`,
    },
    style,
  );
}
