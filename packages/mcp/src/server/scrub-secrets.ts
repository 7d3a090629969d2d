import type { RegisteredProvider } from '@callroll/accounts';
import { Scrubber, secretSettingNames, settingsEnvName } from '@callroll/core';

// Shorter values would replace ordinary words; no real credential is this short.
const shortest = 6;

/** The values of every secret setting the environment holds, for any provider loaded. */
export function secretValues(
  providers: Iterable<RegisteredProvider>,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const values = new Set<string>();
  for (const { factory } of providers) {
    for (const name of secretSettingNames(factory.settingsSchema)) {
      const value = env[settingsEnvName(factory.id, name)]?.trim();
      if (value !== undefined && value.length >= shortest) values.add(value);
    }
  }
  return [...values];
}

/**
 * A last guard on everything the server sends: every string with any secret value replaced. The
 * core already redacts what servers send back; this covers what a plugin might put in an error.
 */
export function scrubSecrets<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  return scrub(value, new Scrubber(secrets)) as T;
}

function scrub(value: unknown, scrubber: Scrubber): unknown {
  if (typeof value === 'string') return scrubber.scrub(value);
  if (Array.isArray(value)) return value.map((item) => scrub(item, scrubber));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item, scrubber)]));
  }
  return value;
}
