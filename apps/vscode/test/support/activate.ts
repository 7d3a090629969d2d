import type * as vscode from 'vscode';
import type { CallrollApi } from '../../src/api/callroll-api.js';
import { activate } from '../../src/extension.js';
import { resetUi } from '../fakes/fake-ui.js';
import { fakeExtensionContext, fakeState } from '../fakes/vscode.js';

/** Activates the extension against a fresh fake VS Code. */
export async function activateForTest() {
  fakeState.reset();
  resetUi();
  const context = fakeExtensionContext();
  const api: CallrollApi = activate(context as unknown as vscode.ExtensionContext);
  return {
    api,
    context,
    registered: new Set(fakeState.commands.keys()),
    log: () => fakeState.channels[0]?.lines ?? [],
    dispose: () => {
      for (const disposable of context.subscriptions) disposable.dispose();
    },
  };
}
