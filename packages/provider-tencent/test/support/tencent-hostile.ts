import type { ProviderOptions, TransportEvent } from '@callroll/core';
import { type HostileServer, hostileTencentAccount } from '@callroll/test-support';
import { createTencentMeeting, type TencentMeetingProvider } from '../../src/tencent-meeting-provider.js';
import type { TencentSettings } from '../../src/tencent-settings.js';

/** A Tencent provider pointed at `server`, its transport events collected into `events`. */
export function tencentAt(
  server: HostileServer,
  events: TransportEvent[] = [],
  options: ProviderOptions = {},
  overrides: Partial<TencentSettings> = {},
): TencentMeetingProvider {
  return createTencentMeeting(
    { ...hostileTencentAccount, baseURL: server.url, ...overrides },
    { onEvent: (event) => events.push(event), ...options },
  );
}
