// Call-out numbers
export {
  type ReadCallOutNumbers,
  type ReadCallOutNumbersOptions,
  readCallOutNumbers,
} from './callouts/read-call-out-numbers.js';
// The config file
export { type AccountSettings, type CallrollConfig, readConfig } from './config/config-file.js';
export { type ConfigLocation, configLocation, defaultConfigPath } from './config/config-location.js';
export { configSizeLimit } from './config/read-config-text.js';
// Errors in one line
export { AccountError } from './errors/account-error.js';
export { type DescribeFailureOptions, describeFailure } from './errors/describe-failure.js';
export type { FailureKind, FailureReport } from './errors/failure-kind.js';
// Messages and language
export * from './i18n/index.js';
// Input
export {
  defaultRangeDays,
  type MeetingRange,
  meetingRange,
  readRangeBound,
} from './input/meeting-range.js';
// Providers and accounts
export { builtinProviderFactories } from './providers/builtin-providers.js';
export {
  describeProvider,
  type ProviderListing,
  type SettingListing,
  type SettingState,
} from './providers/describe-provider.js';
export {
  type LoadConfigOptions,
  type LoadedProviders,
  loadConfigAndProviders,
} from './providers/load-config-and-providers.js';
export { loadPlugin } from './providers/load-plugin.js';
export { loadProviders } from './providers/load-providers.js';
export { findProvider, type OpenAccountOptions, openAccount } from './providers/open-account.js';
export type { RegisteredProvider } from './providers/registered-provider.js';
export {
  type ChosenAccount,
  chooseAccount,
  type ResolvedSettings,
  resolveSettings,
  settingsError,
} from './providers/resolve-settings.js';
export { PACKAGE_NAME, VERSION } from './version.js';
