import type { CallOutOutcomeStatus } from '@callroll/core';

/** What `callout` or `cancel` did: the wording of results differs, the rows do not. */
export type CallOutOperation = 'start' | 'cancel';

/** The strings of `watch`, `callout` and `cancel`, apart from the others so that each grows alone. */
export interface LiveMessages {
  helpWatch: string;
  helpCallout: string;
  helpCancel: string;

  // Usage
  argumentNumbers: string;
  invalidShare: (value: string) => string;
  invalidInterval: (value: string) => string;
  watchFormat: (value: string) => string;
  nameWithoutNumbers: string;
  /** For `notSupported(provider, what)`. */
  cannotWatch: string;
  cannotCallOut: string;

  // Confirmation
  confirmHeading: (count: number, meeting: string, batches: number, batchSize: number) => string;
  confirmMore: (count: number) => string;
  confirmCharged: string;
  confirmPrompt: string;
  isYes: (answer: string) => boolean;
  needsYes: string;
  declined: string;
  nothingToRedial: (statuses: readonly string[], meeting: string) => string;
  uncallable: (count: number) => string;

  // Results
  batchProgress: (operation: CallOutOperation, batch: number, batches: number) => string;
  outcome: Record<CallOutOperation, Record<CallOutOutcomeStatus, string>>;
  columns: { number: string; name: string; result: string; reason: string; batch: string };
  notAll: (operation: CallOutOperation, counts: Record<CallOutOutcomeStatus, number>) => string;
  failedHint: string;

  // watch
  view: {
    title: (topic: string, id: string, status: string, provider: string) => string;
    round: (round: number, time: string, seconds: number) => string;
    budget: (perRound: number, perMinute: number, allowed: number, limit: number, share: string) => string;
    overBudget: string;
    headers: readonly [string, string, string, string];
    total: string;
    latest: string;
    firstLook: (lines: number) => string;
    noChanges: string;
    added: string;
    removed: string;
    footer: string;
  };
  meetingEnded: (status: string) => string;
}
