import { type ConnectionSettings, type ProviderCapabilities, rateBudgetOf } from '@callroll/core';
import { tencentCalloutAreas, tencentCalloutBatchSize } from './tencent-callout-targets.js';

export const tencentCapabilities: ProviderCapabilities = {
  listMeetings: true,
  listParticipants: true,
  meetingCodes: true,
  callOut: true,
  maxPageSize: 100,
  defaultPageSize: 20,
  // A callout's status moves while the meeting runs (ringing, connected, ended).
  liveStatus: true,
  callOutBatchSize: tencentCalloutBatchSize,
  callOutCallingCodes: tencentCalloutAreas.map(String),
};

/** The page rules every Tencent listing shares; each adds its cursor's shape. */
export const tencentPageRules = {
  provider: 'tencent',
  maxPageSize: tencentCapabilities.maxPageSize,
  defaultPageSize: tencentCapabilities.defaultPageSize,
} as const;

/** One app's capabilities: the factory's, with the request budget its settings give. */
export function tencentAppCapabilities(
  settings: ConnectionSettings,
  windowMs: number | undefined,
): ProviderCapabilities {
  // The documented minute, not the client's slack: a share of it is what a poller may take.
  return { ...tencentCapabilities, rateBudget: rateBudgetOf(settings, windowMs) };
}
