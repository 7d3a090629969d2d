import type { AccountMessages } from '@callroll/accounts/i18n';
import type { CallOutOutcomeStatus, PhoneStatus } from '@callroll/core';

/** A call-out tool's operation. */
export type CallOutOperation = 'start' | 'cancel';

/**
 * Every string the server sends or logs: the shared ones and its own (the start-up line, usage
 * errors of its command line, the short text beside each tool's structured result).
 */
export interface McpMessages extends AccountMessages {
  help: (version: string, configPath: string) => string;
  unknownFlag: (flag: string) => string;
  flagNeedsValue: (flag: string) => string;
  started: (version: string, configPath: string, flags: readonly string[]) => string;
  failed: (line: string) => string;

  // Tool input beyond its schema
  invalidDate: (argument: 'from' | 'to', value: string) => string;
  rangeReversed: string;
  cursorInvalid: string;
  cursorElsewhere: string;

  // The text beside each result
  providersText: (count: number, ready: readonly string[]) => string;
  meetingsText: (count: number, provider: string, more: boolean) => string;
  summaryText: (summary: {
    topic: string;
    count: number;
    byStatus: Record<PhoneStatus, number>;
    unknown: string;
    duration: string | undefined;
    cost: string | undefined;
  }) => string;
  phonesText: (count: number, masked: boolean, more: boolean) => string;
  calloutsText: (operation: CallOutOperation, counts: Record<CallOutOutcomeStatus, number>) => string;
  failedHint: string;
  nothingToRedial: (statuses: readonly string[], meeting: string) => string;
  uncallable: (lines: number) => string;
}
