import { z } from 'zod';
import type { TencentFixtures } from '../data/fixtures.js';
import type { SystecFixtures } from '../data/systec/systec-fixtures.js';
import type { EmulatorStats } from '../emulator-stats.js';
import type { EmulatorTime } from '../emulator-types.js';
import type { Scenario } from '../scenario/scenario.js';

/** What the admin endpoint can see and change. */
export interface AdminControls {
  scenario(): Scenario;
  setScenario(patch: unknown): Scenario;
  reset(): void;
  fixtures: TencentFixtures;
  /** Made on first use. */
  systecFixtures(): SystecFixtures;
  stats(): EmulatorStats;
  time(): EmulatorTime;
  advanceTime(ms: number): number;
}

const advanceSchema = z.strictObject({ advanceMs: z.number().int().min(0) });

export const adminPrefix = '/__emulator';

/**
 * `/__emulator/…`: GET/POST `scenario`, POST `reset`, GET `fixtures` (Tencent's, as before; also
 * `fixtures/tencent`), GET `fixtures/systec`, GET `stats`, GET `time` and POST `time` with
 * `{"advanceMs": n}` (moves the data clock on). It needs no signature or key and is
 * never slowed, failed or rate limited. Its error bodies are the emulator's own (`{"error": …}`),
 * so that they cannot be mistaken for either API's.
 */
export function handleAdmin(
  method: string,
  pathname: string,
  body: string,
  controls: AdminControls,
): { status: number; body: unknown } {
  const path = pathname.slice(adminPrefix.length).replace(/\/+$/, '');
  if (path === '/scenario' && method === 'GET') return { status: 200, body: controls.scenario() };
  if (path === '/scenario' && (method === 'POST' || method === 'PATCH')) {
    return withJson(body, 'invalid_scenario', (patch) => controls.setScenario(patch));
  }
  if (path === '/time' && method === 'GET') return { status: 200, body: controls.time() };
  if (path === '/time' && method === 'POST') {
    return withJson(body, 'invalid_time', (value) => {
      controls.advanceTime(advanceSchema.parse(value).advanceMs);
      return controls.time();
    });
  }
  if (path === '/reset' && method === 'POST') {
    controls.reset();
    return { status: 200, body: { ok: true } };
  }
  if ((path === '/fixtures' || path === '/fixtures/tencent') && method === 'GET') {
    return { status: 200, body: controls.fixtures };
  }
  if (path === '/fixtures/systec' && method === 'GET')
    return { status: 200, body: controls.systecFixtures() };
  if (path === '/stats' && method === 'GET') return { status: 200, body: controls.stats() };
  if (path === '' && method === 'GET') {
    return {
      status: 200,
      body: {
        endpoints: [
          'GET /__emulator/scenario',
          'POST /__emulator/scenario',
          'POST /__emulator/reset',
          'GET /__emulator/fixtures',
          'GET /__emulator/fixtures/systec',
          'GET /__emulator/stats',
          'GET /__emulator/time',
          'POST /__emulator/time',
        ],
      },
    };
  }
  return { status: 404, body: { error: 'not_found', message: `No admin endpoint ${method} ${pathname}` } };
}

/** Parses a JSON body (empty is `{}`) and acts on it; bad JSON or a ZodError is a 400. */
function withJson(
  body: string,
  invalid: string,
  act: (value: unknown) => unknown,
): { status: number; body: unknown } {
  let value: unknown;
  try {
    value = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return { status: 400, body: { error: 'invalid_json', message: 'The body is not JSON' } };
  }
  try {
    return { status: 200, body: act(value) };
  } catch (error) {
    if (error instanceof z.ZodError) return { status: 400, body: { error: invalid, issues: error.issues } };
    throw error;
  }
}
