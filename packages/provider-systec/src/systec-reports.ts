import { type CallOptions, CallrollError, type MeetingLookup, NotFoundError } from '@callroll/core';
import type { SystecApi } from './systec-api.js';
import { type SystecMapContext, toMeeting } from './systec-mappers.js';
import { checkSystecMeetingRef, parseSystecMeetingRef } from './systec-meeting-ref.js';
import { createReportLoader } from './systec-report-loader.js';
import type { ResolvedSystecSettings } from './systec-settings.js';
import type { SystecMeetingWire } from './systec-wire-schemas.js';

/** How long a report stays good for the later pages of the same listing. */
const reportReuseMs = 60_000;
/**
 * How long a report just read stays good for a new listing too: `getMeetings` of many meetings
 * followed by their phone participants reads each report once, not twice.
 */
const reportFreshMs = 5_000;

export interface SystecReports {
  /** A fresh report for a first page; the same one for the later pages of that listing. */
  report(meetingId: string, continuing: boolean, signal: AbortSignal | undefined): Promise<SystecMeetingWire>;
  /** Many meetings at once, in the order asked; each ref with its meeting or its own error. */
  getMeetings(meetingRefs: readonly string[], options?: CallOptions): Promise<MeetingLookup[]>;
}

/** A meeting's report is where its phone and app participants come from: read, batched and kept here. */
export function createSystecReports(
  api: SystecApi,
  settings: ResolvedSystecSettings,
  context: SystecMapContext,
): SystecReports {
  const loader = createReportLoader(api, settings, context);
  const recent = new Map<string, { wire: Promise<SystecMeetingWire>; at: number }>();

  /** The report a ref means: the one with its uuid, or the latest of a meeting number's. */
  async function reportOf(meetingRef: string, signal: AbortSignal | undefined): Promise<SystecMeetingWire> {
    const { lookup, uuid } = parseSystecMeetingRef(meetingRef, context);
    const reports = await loader.load(lookup, signal);
    const chosen =
      uuid === undefined
        ? reports.reduce((latest, wire) =>
            (wire.start_time ?? '') > (latest.start_time ?? '') ? wire : latest,
          )
        : reports.find((wire) => wire.uuid === uuid);
    if (!chosen) {
      throw new NotFoundError({
        provider: 'systec',
        resource: 'meeting',
        id: meetingRef,
        message: `Systec UMeeting has no report of meeting ${meetingRef}`,
      });
    }
    return chosen;
  }

  function report(meetingId: string, continuing: boolean, signal: AbortSignal | undefined) {
    const kept = recent.get(meetingId);
    const age = kept === undefined ? Number.POSITIVE_INFINITY : Date.now() - kept.at;
    if (kept && age < (continuing ? reportReuseMs : reportFreshMs)) return kept.wire;
    const wire = reportOf(meetingId, signal);
    recent.set(meetingId, { wire, at: Date.now() });
    wire.catch(() => recent.delete(meetingId));
    // Bounded: only the listings under way need it.
    if (recent.size > 1000) recent.delete(recent.keys().next().value as string);
    return wire;
  }

  // Every ref is checked before any request; then all go out in the same turn, so the loader
  // sends them in shared calls of up to 200. A failed call is the error of the refs it concerns.
  async function getMeetings(
    meetingRefs: readonly string[],
    options?: CallOptions,
  ): Promise<MeetingLookup[]> {
    const ids = meetingRefs.map((ref, index) => checkSystecMeetingRef(ref, context, `meetingIds[${index}]`));
    const settled = await Promise.allSettled(
      ids.map((meetingId) => report(meetingId, false, options?.signal)),
    );
    return settled.map((outcome, index): MeetingLookup => {
      const ref = meetingRefs[index] as string;
      if (outcome.status === 'fulfilled')
        return { ref, meeting: toMeeting(outcome.value, context, `meetings[${index}]`) };
      if (CallrollError.isInstance(outcome.reason) && !options?.signal?.aborted)
        return { ref, error: outcome.reason };
      throw outcome.reason;
    });
  }

  return { report, getMeetings };
}
