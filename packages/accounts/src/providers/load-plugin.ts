import { createRequire } from 'node:module';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isProviderFactoryV1, type ProviderFactoryV1 } from '@callroll/core';
import { AccountError } from '../errors/account-error.js';
import type { AccountMessages } from '../i18n/account-messages.js';

/**
 * Imports a plugin named in the config file and returns every v1 provider factory it exports.
 * A path (`./acme.mjs`, absolute) is taken relative to the config file; a package name is
 * looked up first where callroll is installed (a global install finds global plugins), then
 * from the config file's folder.
 */
export async function loadPlugin(
  specifier: string,
  configPath: string,
  messages: AccountMessages,
): Promise<ProviderFactoryV1[]> {
  const module = await importPlugin(specifier, configPath, messages);
  const factories = new Set<ProviderFactoryV1>();
  for (const value of Object.values(module)) if (isProviderFactoryV1(value)) factories.add(value);
  if (factories.size === 0) throw new AccountError(messages.pluginWithoutFactory(specifier), 'settings');
  return [...factories];
}

async function importPlugin(
  specifier: string,
  configPath: string,
  messages: AccountMessages,
): Promise<Record<string, unknown>> {
  const configDir = dirname(configPath);
  const isPath = /^\.{1,2}[\\/]/.test(specifier) || isAbsolute(specifier) || specifier.startsWith('file:');
  // Each place to look: what to import, and the name a "not found" error quotes for it.
  const attempts: (() => { target: string; name: string })[] = isPath
    ? [
        () => {
          const path = specifier.startsWith('file:')
            ? fileURLToPath(specifier)
            : resolve(configDir, specifier);
          return { target: pathToFileURL(path).href, name: path };
        },
      ]
    : [
        () => ({ target: specifier, name: specifier }),
        () => ({
          target: pathToFileURL(createRequire(resolve(configDir, 'noop.js')).resolve(specifier)).href,
          name: specifier,
        }),
      ];
  let lastError: unknown;
  let missing = false;
  for (const attempt of attempts) {
    try {
      const { target, name } = attempt();
      try {
        return (await import(target)) as Record<string, unknown>;
      } catch (error) {
        lastError = error;
        missing = isNotFound(error, name);
      }
    } catch (error) {
      // createRequire's resolve throws when the package is not there either.
      lastError = error;
      missing = isNotFound(error, specifier);
    }
    // Only "not there" moves on to the next place; a plugin that throws while loading is reported.
    if (!missing) break;
  }
  if (missing) throw new AccountError(messages.pluginNotFound(specifier, configPath), 'settings');
  const reason = lastError instanceof Error ? lastError.message.split('\n')[0] : String(lastError);
  throw new AccountError(messages.pluginFailed(specifier, reason ?? ''), 'settings');
}

// A plugin that is there but misses one of its own dependencies is broken, not missing: the
// error then quotes the dependency's name, not the plugin's.
function isNotFound(error: unknown, name: string): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  return error instanceof Error && error.message.includes(`'${name}'`);
}
