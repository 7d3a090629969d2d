import * as vscode from 'vscode';
import type { AccountSettingsPort, SecretPort } from '../accounts/storage-ports.js';

/** The `callroll.accounts` setting, always written to the user's settings (never a workspace's). */
export function accountSettingsPort(): AccountSettingsPort {
  return {
    read: () => vscode.workspace.getConfiguration('callroll').get<unknown>('accounts'),
    write: async (value) => {
      await vscode.workspace
        .getConfiguration('callroll')
        .update('accounts', value.length === 0 ? undefined : value, vscode.ConfigurationTarget.Global);
    },
  };
}

export function secretPort(secrets: vscode.SecretStorage): SecretPort {
  return {
    get: async (key) => await secrets.get(key),
    store: async (key, value) => await secrets.store(key, value),
    delete: async (key) => await secrets.delete(key),
  };
}
