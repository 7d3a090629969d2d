import type { SystecErrorShape } from '../scenario/systec-quirks.js';

/** Which credential check failed, for the Zoom v1 shape (300 missing, 102 wrong). */
export type CredentialProblem = 'missing' | 'wrong';

const zoomCodes: Readonly<Record<CredentialProblem, number>> = { missing: 300, wrong: 102 };

/**
 * A refused Systec call. Systec documents only the envelope (`status` other than 200 and a
 * `message`), no codes: the emulator's `status` values borrow HTTP's numbers (400, 401, 404, 405,
 * 413, 415, 429, 500) and are listed in the README. Credential errors can be answered in Zoom
 * v1's `{"error": {"code", "message"}}` instead, which UMeeting mirrors.
 */
export class SystecError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly credentialProblem?: CredentialProblem,
  ) {
    super(message);
    this.name = 'SystecError';
  }

  toBody(shape: SystecErrorShape): unknown {
    if (shape === 'zoom-v1' && this.credentialProblem !== undefined) {
      return { error: { code: zoomCodes[this.credentialProblem], message: this.message } };
    }
    return { status: this.status, message: this.message };
  }
}

/** A missing, malformed or out-of-range parameter. */
export function badParameter(message: string): SystecError {
  return new SystecError(400, message);
}
