import { type TencentErrorName, tencentErrors } from './error-codes.js';

/** What `distinctNewErrorCodes` adds to `error_code` to make `new_error_code` (190310 → 100190310). */
export const distinctNewErrorOffset = 100_000_000;

/** Thrown by handlers; the server turns it into an `error_info` body with its HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: number;

  constructor(name: TencentErrorName, detail?: string, status?: number) {
    const known = tencentErrors[name];
    super(detail === undefined ? known.message : `${known.message} ${detail}`);
    this.name = 'ApiError';
    this.code = known.code;
    this.status = status ?? known.status;
  }

  /**
   * Tencent's error shape. `new_error_code` repeats the code unless `distinctNewCode` asks for one
   * that differs (100000000 + the code, the emulator's choice): the docs map only `error_code`.
   */
  toBody(distinctNewCode = false): {
    error_info: { error_code: number; new_error_code: number; message: string };
  } {
    const newCode = distinctNewCode ? distinctNewErrorOffset + this.code : this.code;
    return { error_info: { error_code: this.code, new_error_code: newCode, message: this.message } };
  }
}
