import { defineErrorTable } from '../provider/error-table.js';
import { referenceErrorWire } from './reference-wire-schemas.js';

/**
 * The reference service's errors: `{"error": {"code", "message"}}` with a 4xx or 5xx status. A
 * code not listed here falls back to its HTTP status (`ruleForStatus`).
 */
export const referenceErrors = defineErrorTable({
  provider: 'reference',
  displayName: 'The reference service',
  schema: referenceErrorWire,
  read: (body) => ({ code: body.error.code, message: body.error.message }),
  codes: {
    unauthorized: { kind: 'authentication', hint: 'Check the API key' },
    // The resource comes from the call (`subject`): a meeting, for every call there is.
    not_found: { kind: 'not-found' },
    invalid_parameter: { kind: 'invalid-input' },
    // The service asks for a second (`Retry-After: 1`); the transport waits what the header says.
    rate_limited: { kind: 'rate-limited', scope: 'window', windowMs: 1000 },
  },
});
