import {
  type CallOptions,
  type CallOutResult,
  type CallOutTarget,
  type DateRange,
  defineProviderFactory,
  type Meeting,
  type Page,
  type PageRequest,
  type Participant,
  type ProviderCapabilities,
  type ProviderOptions,
  type ProviderV1,
  parseSettings,
} from '@callroll/core';
import { createTencentApi, type TencentApi } from './tencent-api.js';
import { tencentAppCapabilities, tencentCapabilities } from './tencent-capabilities.js';
import { getTencentMeeting } from './tencent-get-meeting.js';
import { listTencentCallouts } from './tencent-list-callouts.js';
import { listTencentMeetings } from './tencent-list-meetings.js';
import { listTencentParticipants } from './tencent-list-participants.js';
import { parseTencentMeetingRef } from './tencent-meeting-ref.js';
import { postTencentCallouts } from './tencent-post-callouts.js';
import {
  type ResolvedTencentSettings,
  type TencentSettings,
  tencentSettingsSchema,
} from './tencent-settings.js';

export { tencentCapabilities } from './tencent-capabilities.js';

const id = 'tencent';
const displayName = 'Tencent Meeting (腾讯会议)';

export interface TencentMeetingProvider extends ProviderV1 {
  meetingIdOf(meetingRef: string): string | undefined;
  listMeetings(range: DateRange, request?: PageRequest): Promise<Page<Meeting>>;
  listParticipants(meetingId: string, request?: PageRequest): Promise<Page<Participant>>;
  close(): Promise<void>;
  startCallOut(meetingId: string, targets: CallOutTarget[], options?: CallOptions): Promise<CallOutResult>;
  cancelCallOut(meetingId: string, targets: CallOutTarget[], options?: CallOptions): Promise<CallOutResult>;
}

/** The provider's operations over one app's API; each lives in a file of its own. */
function tencentProvider(api: TencentApi, capabilities: ProviderCapabilities): TencentMeetingProvider {
  return {
    specificationVersion: 'v1',
    id,
    displayName,
    capabilities,
    settingsSchema: tencentSettingsSchema,
    getMeeting: (meetingRef, options) => getTencentMeeting(api, meetingRef, options),
    // An id is used as it is; a 9-digit code (pasted as people do) needs getMeeting to look it up.
    meetingIdOf: (meetingRef) => {
      const ref = parseTencentMeetingRef(meetingRef, 'meetingRef');
      return ref.kind === 'id' ? ref.meetingId : undefined;
    },
    listMeetings: (range, request) => listTencentMeetings(api, range, request),
    listPhoneParticipants: (meetingId, request) => listTencentCallouts(api, meetingId, request),
    listParticipants: (meetingId, request) => listTencentParticipants(api, meetingId, request),
    startCallOut: (meetingId, targets, options) =>
      postTencentCallouts(api, 'startCallOut', meetingId, targets, options),
    cancelCallOut: (meetingId, targets, options) =>
      postTencentCallouts(api, 'cancelCallOut', meetingId, targets, options),
    close: () => api.close(),
  };
}

const create = (settings: ResolvedTencentSettings, options: ProviderOptions) =>
  tencentProvider(
    createTencentApi(settings, options),
    tencentAppCapabilities(settings, options.rateLimitWindowMs),
  );

/**
 * A Tencent Meeting provider for one enterprise app (AK/SK signature). Settings are checked now;
 * the credentials are first used by the first call.
 */
export function createTencentMeeting(
  settings: TencentSettings,
  options: ProviderOptions = {},
): TencentMeetingProvider {
  return create(parseSettings(tencentSettingsSchema, settings, { provider: id }), options);
}

/** Tencent Meeting as a plugin, for the CLI and the VS Code extension. */
export const tencentMeetingProviderFactory = defineProviderFactory({
  id,
  displayName,
  capabilities: tencentCapabilities,
  settingsSchema: tencentSettingsSchema,
  create,
});
