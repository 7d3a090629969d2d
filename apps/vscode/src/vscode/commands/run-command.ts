import * as vscode from 'vscode';
import { describeError } from '../../format/describe-error.js';
import type { Services } from '../services.js';

/**
 * Registers a command whose failures become one error message (with the error's own, secret-free
 * text) and a log line; cancellation by the person is silent.
 */
export function registerCommand(
  services: Services,
  id: string,
  handler: (...args: unknown[]) => unknown,
): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await handler(...args);
    } catch (error) {
      const description = describeError(error, vscode.l10n.t, { locale: vscode.env.language });
      if (description.kind === 'aborted') return undefined;
      services.log.error(`${id} failed: ${description.technical}`);
      void vscode.window.showErrorMessage(
        description.summary === description.detail
          ? description.summary
          : `${description.summary}: ${description.detail}`,
      );
      return undefined;
    }
  });
}
