import type { ProviderOptions, TransportEvent } from '@callroll/core';
import { type Emulator, type EmulatorOptions, startEmulator } from '@callroll/emulator';
import { createTencentMeeting, type TencentMeetingProvider } from '../../src/tencent-meeting-provider.js';
import type { TencentSettings } from '../../src/tencent-settings.js';

export interface TencentHarness {
  emulator: Emulator;
  events: TransportEvent[];
  /** A provider pointed at the emulator, with its credentials unless overridden. */
  provider(overrides?: Partial<TencentSettings>, options?: ProviderOptions): TencentMeetingProvider;
  close(): Promise<void>;
}

/** Starts the emulator on a free loopback port; providers made through it are closed with it. */
export async function startTencentHarness(options: EmulatorOptions = {}): Promise<TencentHarness> {
  const emulator = await startEmulator(options);
  const events: TransportEvent[] = [];
  const made: TencentMeetingProvider[] = [];
  const { credentials } = emulator.tencent;
  return {
    emulator,
    events,
    provider(overrides = {}, providerOptions = {}) {
      const provider = createTencentMeeting(
        {
          appId: credentials.appId,
          secretId: credentials.secretId,
          secretKey: credentials.secretKey,
          ...(credentials.sdkId ? { sdkId: credentials.sdkId } : {}),
          operatorId: credentials.operatorId,
          operatorIdType: credentials.operatorIdType,
          baseURL: emulator.tencent.baseURL,
          ...overrides,
        },
        { onEvent: (event) => events.push(event), ...providerOptions },
      );
      made.push(provider);
      return provider;
    },
    async close() {
      await Promise.all(made.map((provider) => provider.close()));
      await emulator.close();
    },
  };
}
