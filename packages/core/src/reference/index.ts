export {
  createReferenceDataset,
  type ReferenceDataset,
  type ReferenceDatasetOptions,
  type ReferenceMeetingRecord,
  type ReferenceParticipantRecord,
  type ReferencePhoneRecord,
  referenceMeetingIds,
  referenceUnknownStatus,
} from './reference-dataset.js';
export {
  createReferenceProvider,
  type ReferenceProvider,
  referenceProviderFactory,
} from './reference-provider.js';
export {
  type ReferenceScenario,
  type ReferenceServer,
  type ReferenceServerOptions,
  startReferenceServer,
} from './reference-server.js';
export {
  type ReferenceSettings,
  type ResolvedReferenceSettings,
  referenceSettingsSchema,
} from './reference-settings.js';
