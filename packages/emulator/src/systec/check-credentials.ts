import type { SystecCredentials } from '../systec-credentials.js';
import type { FormParams } from './form-params.js';
import { SystecError } from './systec-error.js';

/**
 * `api_key` and `api_secret` from the form body, on every call. Missing (or empty) and wrong are
 * told apart because Zoom v1, which UMeeting mirrors, answers them with different codes.
 */
export function checkCredentials(form: FormParams, credentials: SystecCredentials): void {
  const key = form.string('api_key');
  const secret = form.string('api_secret');
  if (key === undefined || secret === undefined) {
    throw new SystecError(401, 'api_key and api_secret are required.', 'missing');
  }
  if (key !== credentials.apiKey || secret !== credentials.apiSecret) {
    throw new SystecError(401, "api_key and api_secret don't match.", 'wrong');
  }
}
