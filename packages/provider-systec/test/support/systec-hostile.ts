import type { ProviderOptions, TransportEvent } from '@callroll/core';
import type { HostileServer, Reply } from '@callroll/test-support';
import type { SystecSettings } from '../../src/systec-settings.js';
import { createSystecUMeeting, type SystecUMeetingProvider } from '../../src/systec-umeeting-provider.js';

/**
 * The account the tests' providers use. The secret has characters that every encoding changes
 * (space, `+`, `/`, `=`, `&`, `%`, a quote), so that each encoded form differs from the raw one.
 */
export const hostileCredentials = {
  apiKey: 'SysHostileApiKey0001',
  apiSecret: 'Sys tec+hostile/secret="v4lue"&50%',
} as const;

/**
 * A Systec provider pointed at `server` (its calls under `/umeeting/`), its transport events
 * collected into `events`.
 */
export function systecAt(
  server: HostileServer,
  events: TransportEvent[] = [],
  options: ProviderOptions = {},
  overrides: Partial<SystecSettings> = {},
): SystecUMeetingProvider {
  return createSystecUMeeting(
    { ...hostileCredentials, baseURL: `${server.url}/umeeting/`, ...overrides },
    { onEvent: (event) => events.push(event), ...options },
  );
}

/** A meeting row of `share/detail` in Systec's shape, held on 2026-01-10 (Beijing time). */
export function meetingRow(uuid: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    uuid,
    meeting_id: '8800112233',
    host_id: 'room-1',
    topic: `Meeting ${uuid}`,
    start_time: '2026-1-10 10:00:00',
    end_time: '2026-1-10 11:00:00',
    duration: 60,
    ...extra,
  };
}

/** The success envelope around `data`. */
export function envelope(data: Record<string, unknown>): Reply {
  return { body: { status: 200, message: 'success', data } };
}

/** The instants of a Beijing calendar range `from`..`to` (inclusive dates). */
export function beijingRange(from: string, to: string): { from: Date; to: Date } {
  const end = new Date(`${to}T00:00:00+08:00`);
  return { from: new Date(`${from}T00:00:00+08:00`), to: new Date(end.getTime() + 86_400_000) };
}
