import { type TencentErrorName, tencentErrors } from './error-codes.js';

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

  /** Tencent's error shape. `new_error_code` repeats the code: the docs show no other mapping. */
  toBody(): { error_info: { error_code: number; new_error_code: number; message: string } } {
    return { error_info: { error_code: this.code, new_error_code: this.code, message: this.message } };
  }
}
