import * as vscode from 'vscode';
import { callrollExtensionId } from '../api/index.js';
import type { Logger } from '../util/logger.js';

/**
 * Starts the extensions that declare Callroll as a dependency (provider extensions), so that the
 * accounts of their providers work as soon as the Callroll view opens. Not awaited by `activate`:
 * they wait for our activation, and we must not wait for theirs.
 */
export function activateProviderExtensions(log: Logger): void {
  for (const extension of vscode.extensions.all) {
    const dependencies: unknown = (extension.packageJSON as { extensionDependencies?: unknown } | undefined)
      ?.extensionDependencies;
    if (extension.isActive || !Array.isArray(dependencies)) continue;
    if (!dependencies.some((id) => typeof id === 'string' && id.toLowerCase() === callrollExtensionId))
      continue;
    log.info(`Starting provider extension ${extension.id}`);
    Promise.resolve(extension.activate()).catch((error: unknown) => {
      log.warn(
        `Provider extension ${extension.id} failed to start: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  }
}
