export { acmeCapabilities } from './acme-capabilities.js';
export { acmeProviderFactory, createAcmeMeet } from './acme-provider.js';
export { type AcmeSettings, acmeSettingsSchema } from './acme-settings.js';
