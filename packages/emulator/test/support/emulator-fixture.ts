import { afterAll, afterEach, beforeAll } from 'vitest';
import { type Emulator, type EmulatorOptions, startEmulator } from '../../src/index.js';
import { type SignedFetchOptions, type SignedResponse, signedFetch } from './signed-fetch.js';

/**
 * Starts emulators for a test file and closes every one after each test. Tests here never
 * depend on the rate limit unless they set one, so it is off by default.
 */
export function useEmulators(): (options?: EmulatorOptions) => Promise<Emulator> {
  const started: Emulator[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((emulator) => emulator.close()));
  });
  return async (options = {}) => {
    const emulator = await startEmulator({
      ...options,
      scenario: { rateLimitPerMinute: 0, ...options.scenario },
    });
    started.push(emulator);
    return emulator;
  };
}

/** A signed request to the emulator as its own operator. */
export function call(emulator: Emulator, options: SignedFetchOptions): Promise<SignedResponse> {
  return signedFetch(emulator.tencent.baseURL, emulator.tencent.credentials, options);
}

/** The operator's query string: `operator_id=…&operator_id_type=1`. */
export function operatorQuery(
  emulator: Emulator,
  operatorId = emulator.tencent.credentials.operatorId,
): string {
  return `operator_id=${encodeURIComponent(operatorId)}&operator_id_type=1`;
}

/**
 * One emulator for a whole test file, for files whose tests only read (they never change the
 * scenario): it is started before the first test and closed after the last.
 */
export function useSharedEmulator(options: EmulatorOptions = {}): () => Emulator {
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ ...options, scenario: { rateLimitPerMinute: 0, ...options.scenario } });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  return () => {
    if (!emulator) throw new Error('The shared emulator is not running');
    return emulator;
  };
}
