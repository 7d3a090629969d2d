import { createServer } from 'node:net';
import { type Emulator, startEmulator } from '@callroll/emulator';

/** The emulator with its rate limit off: the test files run in parallel against their own. */
export function startTestEmulator(): Promise<Emulator> {
  return startEmulator({ seed: 'cli-tests', scenario: { rateLimitPerMinute: 0 } });
}

/** The CALLROLL_TENCENT_* variables that point the CLI at an emulator. */
export function tencentEnv(emulator: Emulator): Record<string, string> {
  const { credentials, baseURL } = emulator.tencent;
  return {
    CALLROLL_TENCENT_APP_ID: credentials.appId,
    CALLROLL_TENCENT_SECRET_ID: credentials.secretId,
    CALLROLL_TENCENT_SECRET_KEY: credentials.secretKey,
    CALLROLL_TENCENT_OPERATOR_ID: credentials.operatorId,
    CALLROLL_TENCENT_BASE_URL: baseURL,
  };
}

export function systecEnv(emulator: Emulator): Record<string, string> {
  const { credentials, baseURL } = emulator.systec;
  return {
    CALLROLL_SYSTEC_API_KEY: credentials.apiKey,
    CALLROLL_SYSTEC_API_SECRET: credentials.apiSecret,
    CALLROLL_SYSTEC_BASE_URL: baseURL,
  };
}

/** A loopback port with nothing listening: bound, then closed again. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
