import * as vscode from 'vscode';
import type { CallrollApi } from '../../api/callroll-api.js';
import type { Services } from '../services.js';
import { registerCommand } from './run-command.js';

export function registerViewCommands(services: Services, api: CallrollApi): vscode.Disposable[] {
  const setMask = (mask: boolean) =>
    vscode.workspace
      .getConfiguration('callroll')
      .update('maskPhoneNumbers', mask, vscode.ConfigurationTarget.Global);
  return [
    registerCommand(services, 'callroll.showLog', () => services.log.show(true)),
    registerCommand(services, 'callroll.showFullNumbers', () => setMask(false)),
    registerCommand(services, 'callroll.maskNumbers', () => setMask(true)),
    // Running any of our commands activates the extension; this one hands back the API, for
    // extensions that would rather not look Callroll up by id.
    vscode.commands.registerCommand('callroll.getApi', () => api),
  ];
}
