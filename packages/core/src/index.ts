// Call-outs
export type {
  CallOutBatchReport,
  CallOutOutcome,
  CallOutOutcomeStatus,
  CallOutReport,
} from './callouts/call-out-outcome.js';
export {
  type CallOutRecord,
  type CallOutRecordOptions,
  type CallOutResultName,
  callOutPhone,
  toCallOutRecord,
} from './callouts/call-out-record.js';
export { cancelCallouts, type PlaceCalloutsOptions, placeCallouts } from './callouts/place-callouts.js';
export {
  type CallOutNumberProblem,
  type ReadCallOutNumberOptions,
  type ReadCallOutNumberResult,
  readCallOutNumber,
} from './callouts/read-call-out-number.js';
export { pickRedialTargets, type RedialTargets, redialTargets } from './callouts/redial-targets.js';
export { uniqueCallOutTargets } from './callouts/unique-call-out-targets.js';
// Errors

export { AbortedError } from './errors/aborted-error.js';
export { AuthenticationError } from './errors/authentication-error.js';
export { CallrollError, type CallrollErrorKind, type CallrollErrorOptions } from './errors/callroll-error.js';
export { InvalidInputError, type InvalidInputIssue } from './errors/invalid-input-error.js';
export { InvalidResponseError } from './errors/invalid-response-error.js';
export { NetworkError } from './errors/network-error.js';
export { NotFoundError } from './errors/not-found-error.js';
export { PermissionError } from './errors/permission-error.js';
export { ProviderError } from './errors/provider-error.js';
export { RateLimitedError } from './errors/rate-limited-error.js';
export { throwIfAborted } from './errors/throw-if-aborted.js';
export { TimeoutError } from './errors/timeout-error.js';
export { untilAborted } from './errors/until-aborted.js';
// Export
export { type CellValue, csvByteOrderMark, csvField, csvRow } from './export/csv-row.js';
export {
  type MeetingRecord,
  type MeetingSummaryRecord,
  toMeetingRecord,
  toMeetingSummaryRecord,
} from './export/meeting-record.js';
export {
  type PhoneExportColumn,
  type PhoneExportRecord,
  phoneDurationSeconds,
  phoneExportColumns,
  phoneExportFreeTextColumns,
  toPhoneExportRecord,
} from './export/phone-export-record.js';
// Live meetings
export type {
  LiveEvent,
  LiveLine,
  LiveMeetingEndedEvent,
  LiveRoundEvent,
  PhoneAddedEvent,
  PhoneChangeEvent,
  PhoneRemovedEvent,
  PhoneStatusChangedEvent,
} from './live/live-events.js';
export { type PollBudget, type PollPlanInput, planPollInterval } from './live/poll-interval.js';
export {
  type TrackPhoneParticipantsOptions,
  trackPhoneParticipants,
} from './live/track-phone-participants.js';
// Model
export { type Meeting, type MeetingStatus, meetingSchema, meetingStatusSchema } from './model/meeting.js';
export {
  formatMoney,
  type Money,
  moneyFromMinorUnits,
  moneySchema,
  sumMoney,
  toMoney,
} from './model/money.js';
export { type Participant, participantSchema } from './model/participant.js';
export {
  type FormatPhoneNumberOptions,
  formatPhoneNumber,
  isValidPhoneNumber,
  type PhoneNumber,
  type PhoneNumberInput,
  parsePhoneNumber,
  phoneNumberSchema,
} from './model/phone-number.js';
export {
  type PhoneDirection,
  type PhoneParticipant,
  type PhoneStatus,
  phoneDirectionSchema,
  phoneParticipantSchema,
  phoneStatusSchema,
} from './model/phone-participant.js';
export { type ProviderId, providerIdSchema } from './model/provider-id.js';
export { formatDateInZone, isValidTimeZone, parseProviderTime, parseUnixTime } from './model/zoned-time.js';
export {
  type MeetingPagesEvent,
  type PagesOfMeetingsOptions,
  phoneParticipantsOfMeetings,
} from './pagination/pages-of-meetings.js';
export { type ReadMeetingsOptions, readMeetings } from './pagination/read-meetings.js';
// Pagination
export {
  collect,
  flattenPages,
  type PageFetcher,
  type StreamPagesOptions,
  streamItems,
  streamPages,
} from './pagination/stream-pages.js';
export {
  meetingPages,
  participantPages,
  phoneParticipantPages,
  type StreamListingOptions,
  streamMeetings,
  streamParticipants,
  streamPhoneParticipants,
} from './pagination/stream-provider-listings.js';
// Parsing
export {
  formatPath,
  type ParseJsonResponseOptions,
  parseJsonResponse,
  parseResponseValue,
} from './parsing/parse-json-response.js';
// Provider contract
export { checkDateRange, checkPageRequest, type PageRequestRules } from './provider/check-page-request.js';
export {
  type ConnectionDefaults,
  type ConnectionSettings,
  connectionSettingsShape,
  rateBudgetOf,
  type TransportSpec,
  transportFromSettings,
} from './provider/connection-settings.js';
export {
  type DefinedProviderFactory,
  defineProviderFactory,
  type ProviderFactoryDefinition,
} from './provider/define-provider-factory.js';
export {
  type CallSubject,
  defineErrorTable,
  type ErrorRule,
  type ErrorTable,
  errorOutcome,
  type ProviderFailure,
  ruleForStatus,
} from './provider/error-table.js';
export {
  createJsonApi,
  type JsonApi,
  type JsonApiOptions,
  type JsonCall,
  type JsonExpectation,
  jsonResponseHandler,
} from './provider/json-api.js';
export { overlapsRange } from './provider/overlaps-range.js';
export type { CallOptions, DateRange, Page, PageRequest } from './provider/page.js';
export {
  checkListingTotals,
  type ListingTotals,
  numberedCursors,
  numberedPage,
  offsetCursors,
  offsetPage,
} from './provider/page-cursors.js';
export type { ProviderCapabilities, RateBudget } from './provider/provider-capabilities.js';
export {
  type CallOutResult,
  type CallOutTarget,
  isProviderFactoryV1,
  isProviderV1,
  type MeetingLookup,
  type ProviderFactoryV1,
  type ProviderOptions,
  type ProviderV1,
} from './provider/provider-v1.js';
export {
  describeSettings,
  parseSettings,
  parseSettingsField,
  type SettingsFieldDescription,
  type SettingsFieldMeta,
  type SettingsFieldType,
  type SettingsSchema,
  secretSettingNames,
  settingsField,
} from './provider/settings-field.js';
// Settings
export {
  type SettingsFromEnvOptions,
  settingsEnvName,
  settingsFromEnv,
} from './settings/settings-from-env.js';
// Summaries
export {
  type PhoneSummary,
  PhoneSummaryBuilder,
  summarizePhoneParticipants,
} from './summary/phone-summary.js';
export { defaultClassifyResponse } from './transport/classify-response.js';
// Transport
export {
  createHttpTransport,
  type HttpTransport,
  type HttpTransportOptions,
} from './transport/http-transport.js';
export { isLoopbackHost } from './transport/is-loopback-host.js';
export {
  REDACTED,
  redactForm,
  redactHeaders,
  redactJsonText,
  redactJsonValue,
  redactText,
  redactUrl,
} from './transport/redact.js';
export { parseRetryAfterMs } from './transport/retry-after.js';
export { Scrubber } from './transport/scrubber.js';
export { sleep } from './transport/sleep.js';
export type {
  HttpMethod,
  PreparedAttempt,
  RateLimit,
  ResponseClassifier,
  ResponseHandler,
  ResponseOutcome,
  RetryDecision,
  RetryRequest,
  SleepFunction,
  TransportEvent,
  TransportEventListener,
  TransportRequest,
  TransportResponse,
} from './transport/transport-types.js';
export { PACKAGE_NAME, VERSION } from './version.js';
