import { defineErrorTable } from '@callroll/core';
import { acmeErrorBody } from './acme-wire.js';

/** Acme's `{"errors": [{code, detail}]}` at a 4xx or 5xx; a code not listed goes by the status. */
export const acmeErrors = defineErrorTable({
  provider: 'acme',
  displayName: 'Acme Meet',
  schema: acmeErrorBody,
  read: ({ errors: [first] }) => first && { code: first.code, message: first.detail ?? '' },
  codes: {
    TOKEN_INVALID: { kind: 'authentication', hint: 'Check the API token and the workspace' },
    // The resource comes from the call's `subject`.
    NOT_FOUND: { kind: 'not-found' },
    CURSOR_INVALID: { kind: 'invalid-input' },
    // Waited out for Retry-After, else the minute Acme documents.
    SLOW_DOWN: { kind: 'rate-limited', scope: 'window' },
  },
});
