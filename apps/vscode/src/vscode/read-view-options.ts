import * as vscode from 'vscode';
import type { ViewOptions } from '../tree/tree-context.js';

/** The view's settings with their documented bounds applied (settings.json may hold anything). */
export function readViewOptions(): ViewOptions & { liveRefreshSeconds: number } {
  const config = vscode.workspace.getConfiguration('callroll');
  const integer = (key: string, fallback: number, min: number, max: number) => {
    const value = config.get<unknown>(key);
    return typeof value === 'number' && Number.isFinite(value)
      ? Math.min(max, Math.max(min, Math.round(value)))
      : fallback;
  };
  return {
    mask: config.get<unknown>('maskPhoneNumbers') !== false,
    pageSize: integer('pageSize', 100, 1, 1000),
    endedDays: integer('endedMeetingsDays', 7, 1, 366),
    upcomingDays: integer('upcomingMeetingsDays', 14, 1, 366),
    groupByStatus: config.get<unknown>('groupPhoneParticipantsByStatus') !== false,
    liveRefreshSeconds: integer('liveRefreshSeconds', 30, 0, 3600),
  };
}
