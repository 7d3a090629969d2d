import {
  type CallOutReport,
  type CallOutTarget,
  cancelCallouts,
  type ProviderV1,
  placeCallouts,
} from '@callroll/core';
import * as vscode from 'vscode';
import { callOutConfirmationDetail, callOutReportText } from '../../callouts/call-out-text.js';
import { describeError } from '../../format/describe-error.js';
import { readViewOptions } from '../read-view-options.js';
import type { Services } from '../services.js';

export interface CallOutRun {
  operation: 'start' | 'cancel';
  provider: ProviderV1;
  meetingId: string;
  /** The meeting's label, for the dialogs. */
  meeting: string;
  targets: readonly CallOutTarget[];
}

const textFormat = () => ({ t: vscode.l10n.t, mask: readViewOptions().mask, locale: vscode.env.language });

/** The modal confirmation of a call-out: every number (masked as the tree shows them) and the cost. */
export async function confirmCallOut(run: CallOutRun, question: string): Promise<boolean> {
  const t = vscode.l10n.t;
  const batchSize = run.provider.capabilities.callOutBatchSize ?? run.targets.length;
  const call = t('Call');
  const answer = await vscode.window.showWarningMessage(
    question,
    { modal: true, detail: callOutConfirmationDetail(run.targets, batchSize, textFormat()) },
    call,
  );
  return answer === call;
}

/**
 * Sends the numbers through the core's batching (`placeCallouts`/`cancelCallouts`: batches of the
 * provider's size, never retried) with a progress notification, then says what happened to them.
 */
export async function runCallOuts(services: Services, run: CallOutRun): Promise<CallOutReport> {
  const t = vscode.l10n.t;
  const send = run.operation === 'start' ? placeCallouts : cancelCallouts;
  const report = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('Calling out from “{0}”', run.meeting) },
    (progress) =>
      send(run.provider, run.meetingId, run.targets, {
        onBatch: (batch) => progress.report({ message: t('request {0} of {1}', batch.batch, batch.batches) }),
      }),
  );
  const { counts } = report;
  services.log.info(
    `Call-out (${run.operation}) in ${run.meetingId}: ${counts.accepted} accepted, ${counts.refused} refused, ${counts.failed} failed, ${counts['not-attempted']} not attempted in ${report.batches} request(s)`,
  );
  if (run.operation === 'start') {
    const failure = (error: unknown) => describeError(error, t, { locale: vscode.env.language }).summary;
    const { level, message } = callOutReportText(report, run.meeting, { ...textFormat(), failure });
    void (level === 'info'
      ? vscode.window.showInformationMessage(message)
      : vscode.window.showWarningMessage(message));
  }
  return report;
}
