import type { ProviderOptions, TransportEvent } from '@callroll/core';
import { type Emulator, type EmulatorOptions, startEmulator } from '@callroll/emulator';
import type { SystecSettings } from '../../src/systec-settings.js';
import { createSystecUMeeting, type SystecUMeetingProvider } from '../../src/systec-umeeting-provider.js';

export interface SystecHarness {
  emulator: Emulator;
  events: TransportEvent[];
  /** A provider pointed at the emulator, with its credentials unless overridden. */
  provider(overrides?: Partial<SystecSettings>, options?: ProviderOptions): SystecUMeetingProvider;
  /** One form POST with the emulator's credentials, as a client would send it. */
  post(path: string, fields?: Record<string, string>): Promise<unknown>;
  close(): Promise<void>;
}

export async function startSystecHarness(options: EmulatorOptions = {}): Promise<SystecHarness> {
  const emulator = await startEmulator(options);
  const events: TransportEvent[] = [];
  const made: SystecUMeetingProvider[] = [];
  const { baseURL, credentials } = emulator.systec;
  return {
    emulator,
    events,
    provider(overrides = {}, providerOptions = {}) {
      const provider = createSystecUMeeting(
        { apiKey: credentials.apiKey, apiSecret: credentials.apiSecret, baseURL, ...overrides },
        { onEvent: (event) => events.push(event), ...providerOptions },
      );
      made.push(provider);
      return provider;
    },
    async post(path, fields = {}) {
      const body = new URLSearchParams({
        api_key: credentials.apiKey,
        api_secret: credentials.apiSecret,
        ...fields,
      });
      const response = await fetch(new URL(path, baseURL), { method: 'POST', body });
      return response.json();
    },
    async close() {
      await Promise.all(made.map((provider) => provider.close()));
      await emulator.close();
    },
  };
}

/** The instants of a Beijing calendar range `from`..`to` (inclusive dates). */
export function beijingRange(from: string, to: string): { from: Date; to: Date } {
  const end = new Date(`${to}T00:00:00+08:00`);
  return { from: new Date(`${from}T00:00:00+08:00`), to: new Date(end.getTime() + 86_400_000) };
}
