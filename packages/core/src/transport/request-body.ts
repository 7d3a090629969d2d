import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { ProviderId } from '../model/provider-id.js';
import { redactForm, redactJsonText } from './redact.js';
import type { TransportRequest } from './transport-types.js';

export interface EncodedBody {
  /** The exact text sent (`''` for none): serialised once, so a signature covers these bytes. */
  text: string;
  contentType: string | undefined;
  /** The same body with secret fields replaced, for events. */
  redacted: string;
}

/** Serialises a request's `json` or `form` body. */
export function encodeRequestBody(
  request: TransportRequest,
  secretFields: readonly string[],
  provider: ProviderId,
): EncodedBody {
  const hasJson = request.json !== undefined;
  const hasForm = request.form !== undefined;
  if (hasJson && hasForm) {
    throw new InvalidInputError({
      provider,
      issues: [{ field: 'json', problem: 'a request has either a JSON or a form body, not both' }],
    });
  }
  if (hasJson) {
    let text: string | undefined;
    try {
      text = JSON.stringify(request.json);
    } catch (error) {
      // Cycles and BigInts throw; say so without echoing the value.
      throw new InvalidInputError({
        provider,
        cause: error,
        issues: [{ field: 'json', problem: 'is not JSON-serialisable' }],
      });
    }
    if (text === undefined) {
      throw new InvalidInputError({
        provider,
        issues: [{ field: 'json', problem: 'is not JSON-serialisable' }],
      });
    }
    // Redacted from the text sent, so that `toJSON` (dates etc.) shows as it was serialised.
    return { text, contentType: 'application/json', redacted: redactJsonText(text, secretFields) };
  }
  if (request.form !== undefined) {
    const text = new URLSearchParams(
      request.form.map(([name, value]): [string, string] => [name, value]),
    ).toString();
    return {
      text,
      contentType: 'application/x-www-form-urlencoded',
      redacted: redactForm(text, secretFields),
    };
  }
  return { text: '', contentType: undefined, redacted: '' };
}
