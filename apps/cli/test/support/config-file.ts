import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const referencePlugin = fileURLToPath(new URL('../fixtures/reference-plugin.mjs', import.meta.url));
export const emptyPlugin = fileURLToPath(new URL('../fixtures/empty-plugin.mjs', import.meta.url));

/** Writes a config file into a new temporary folder and returns its path. */
export function writeConfig(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'callroll-config-'));
  const path = join(dir, 'config.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}
