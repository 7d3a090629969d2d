import { type CallrollApi, callrollExtensionId, isCallrollApi } from '@callroll/vscode/api';
import * as vscode from 'vscode';
import { exampleProviderFactory } from './example-provider.js';

/**
 * Registers the example provider with Callroll. Callroll starts extensions that depend on it when
 * its view opens; `activate()` of Callroll's extension hands back its API.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const callroll = vscode.extensions.getExtension<CallrollApi>(callrollExtensionId);
  const api: unknown = await callroll?.activate();
  if (!isCallrollApi(api)) {
    void vscode.window.showWarningMessage('Callroll Example Provider needs the Callroll extension.');
    return;
  }
  context.subscriptions.push(api.registerProvider(exampleProviderFactory));
}

export function deactivate(): void {}
