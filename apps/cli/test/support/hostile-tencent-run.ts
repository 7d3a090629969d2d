import {
  type Answer,
  type HostileServer,
  type HostileSession,
  hostileTencentAccount,
} from '@callroll/test-support';
import { type RunResult, runCallroll } from './run-callroll.js';

/** The CALLROLL_TENCENT_* variables that point the CLI at `server` with the hostile account. */
export function hostileTencentEnv(server: HostileServer): Record<string, string> {
  return {
    CALLROLL_TENCENT_APP_ID: hostileTencentAccount.appId,
    CALLROLL_TENCENT_SECRET_ID: hostileTencentAccount.secretId,
    CALLROLL_TENCENT_SECRET_KEY: hostileTencentAccount.secretKey,
    CALLROLL_TENCENT_OPERATOR_ID: hostileTencentAccount.operatorId,
    CALLROLL_TENCENT_BASE_URL: server.url,
  };
}

/** `callroll phones -p tencent ...extra <meetingId>` against a hostile server of `session`. */
export async function phonesAgainst(
  session: HostileSession,
  answer: Answer,
  meetingId: string,
  extra: readonly string[] = [],
): Promise<{ result: RunResult; at: HostileServer }> {
  const at = await session.serve(answer);
  const result = await runCallroll(['phones', '-p', 'tencent', ...extra, meetingId], {
    env: hostileTencentEnv(at),
  });
  return { result, at };
}
