import type { ContractFault } from './broken-provider.js';

const inFlight = 'stops a request in flight when aborted';

/**
 * The checks each fault must fail, and no others: each check is shown to catch its fault, and a
 * fault is shown to pass every check not meant for it.
 */
export const expectedFailures: Record<ContractFault, string[]> = {
  'duplicates-an-item': ['streams every phone participant, in the same order at every page size'],
  'leaks-a-secret': ['appear in no error and no log event'],
  'hides-auth-errors': ['answers AuthenticationError for credentials the server rejects'],
  'loses-unknown-statuses': ['keeps statuses it does not know as unknown, with the raw status'],
  'skips-input-validation': ['refuses a malformed meeting id before any request'],
  'ignores-abort': ['stops when aborted, before and during a listing', inFlight],
  'drops-the-signal': [inFlight],
  'skips-page-checks': [
    'refuses a page size out of bounds and a cursor it did not issue, before any request',
  ],
  'echoes-the-rejected-key': ['appear in no error and no log event'],
  'misdeclares-capabilities': ['declares its live and call-out capabilities consistently'],
};
