import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeServerRun } from './code-server.js';
import { filesUnder } from './read-metrics.js';

/** Fails when a secret is in the settings file, a log of VS Code's, or code-server's own log. */
export function checkNoSecretsWritten(
  server: CodeServerRun,
  secrets: readonly string[],
  mustHold: string,
): void {
  const settingsFile = join(server.userDataDir, 'User', 'settings.json');
  const settings = readFileSync(settingsFile, 'utf8');
  if (!settings.includes('"callroll.accounts"') || !settings.includes(mustHold)) {
    throw new Error(`${settingsFile} does not hold the accounts`);
  }
  for (const file of [settingsFile, ...filesUnder(join(server.userDataDir, 'logs')), server.logFile]) {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const leaked = secrets.filter((secret) => text.includes(secret));
    if (leaked.length > 0) throw new Error(`${file} holds ${leaked.length} secret(s)`);
  }
}
