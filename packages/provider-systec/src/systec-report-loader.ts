import { AbortedError, NotFoundError, untilAborted } from '@callroll/core';
import DataLoader from 'dataloader';
import type { SystecApi } from './systec-api.js';
import type { SystecMapContext } from './systec-mappers.js';
import type { ResolvedSystecSettings } from './systec-settings.js';
import { type SystecMeetingWire, systecSuccessWire } from './systec-wire-schemas.js';

/** The reports call takes at most this many ids (later revisions of Systec's docs). */
export const systecReportBatchSize = 200;

export interface SystecReportLoader {
  /**
   * The reports of one id (a meeting number may have several: a room's number is reused by each
   * meeting held under it); ids asked for in the same turn share calls of up to 200 ids.
   */
  load(id: string, signal?: AbortSignal): Promise<SystecMeetingWire[]>;
}

// A report-less id comes back as `{"id": ...}` alone (not ended, or under two participants).
function hasReport(wire: SystecMeetingWire): boolean {
  return wire.uuid !== undefined || wire.meeting_id !== undefined || (wire.start_time ?? '') !== '';
}

function matches(wire: SystecMeetingWire, id: string, context: SystecMapContext): boolean {
  const key = context.idParameter === 'uuid' ? wire.uuid : wire.meeting_id;
  return (key ?? wire.id)?.trim() === id;
}

/**
 * Batches report lookups (DataLoader): every id asked for before the next turn of the event loop
 * goes into calls of at most 200 ids, sent concurrently within the account's limits. Each id
 * gets its own report or its own `NotFoundError`, so one missing id never fails the rest.
 */
export function createReportLoader(
  api: SystecApi,
  settings: ResolvedSystecSettings,
  context: SystecMapContext,
): SystecReportLoader {
  const loader = new DataLoader<string, SystecMeetingWire[]>(
    async (ids) => {
      const body = await api.call({
        path: settings.reportsPath,
        form: [[settings.reportsIdParameter, ids.join(',')]],
        operation: 'meetingReports',
        schema: systecSuccessWire,
        what: 'the meeting reports',
      });
      const reports = (body.data.meetings ?? []).filter(hasReport);
      return ids.map((id) => {
        const found = reports.filter((wire) => matches(wire, id, context));
        return found.length > 0
          ? found
          : new NotFoundError({
              provider: 'systec',
              resource: 'meeting',
              id,
              message: `Systec UMeeting has no report of meeting ${id} (unknown, not ended, or under two participants)`,
            });
      });
    },
    {
      cache: false,
      maxBatchSize: systecReportBatchSize,
      // A whole turn rather than a microtask, so that ids asked for by separate awaits still share.
      batchScheduleFn: (callback) => setImmediate(callback),
    },
  );

  return {
    load(id, signal) {
      if (signal?.aborted)
        return Promise.reject(new AbortedError({ provider: 'systec', cause: signal.reason }));
      // The shared call goes on for the other ids; this caller stops waiting.
      return untilAborted(loader.load(id), signal, 'systec');
    },
  };
}
