export { decodeTencentBase64, decodeTencentText } from './decode-tencent-text.js';
export { tencentCalloutAreas, tencentCalloutBatchSize } from './tencent-callout-targets.js';
export { tencentErrorCodes } from './tencent-error-codes.js';
export {
  createTencentMeeting,
  type TencentMeetingProvider,
  tencentCapabilities,
  tencentMeetingProviderFactory,
} from './tencent-meeting-provider.js';
export { parseTencentMeetingRef, type TencentMeetingRef } from './tencent-meeting-ref.js';
export { type TencentSettings, tencentSettingsSchema } from './tencent-settings.js';
export { signTencentRequest, type TencentSignatureInput } from './tencent-signature.js';
export { PACKAGE_NAME, VERSION } from './version.js';
