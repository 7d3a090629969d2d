/**
 * The types other extensions use to add providers to Callroll (`@callroll/vscode/api`). Runtime
 * code here stays tiny and free of `vscode`, so a provider extension can bundle it.
 */
export type { CallrollApi, CallrollDisposable } from './callroll-api.js';

import type { CallrollApi } from './callroll-api.js';

/** The Callroll extension's id in VS Code (`publisher.name`). */
export const callrollExtensionId = 'callroll.callroll';

/** The command that activates Callroll and returns its API, for extensions that cannot depend on it. */
export const callrollGetApiCommand = 'callroll.getApi';

/** Tells Callroll's API from whatever else an extension's exports hold. */
export function isCallrollApi(value: unknown): value is CallrollApi {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Partial<CallrollApi>).apiVersion === 1 &&
    typeof (value as Partial<CallrollApi>).registerProvider === 'function'
  );
}
