import { config } from 'zod/mini';

// Imported first by the extension's entry, before any schema exists. zod's JIT probes
// `navigator`, which VS Code's extension host reports as an error on every activation
// (PendingMigrationError); the interpreted parser needs no probe.
config({ jitless: true });
