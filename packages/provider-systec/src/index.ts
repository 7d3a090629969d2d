export { monthWindows } from './month-windows.js';
export { readMinutes } from './read-minutes.js';
export { systecReportBatchSize } from './systec-report-loader.js';
export { type SystecSettings, systecSettingsSchema } from './systec-settings.js';
export {
  createSystecUMeeting,
  type SystecUMeetingProvider,
  systecCapabilities,
  systecUMeetingProviderFactory,
} from './systec-umeeting-provider.js';
export { PACKAGE_NAME, VERSION } from './version.js';
