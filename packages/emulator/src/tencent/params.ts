import { ApiError } from './api-error.js';

/** Reads query-string parameters the way Tencent validates them: anything malformed is 190004. */
export class QueryParams {
  constructor(private readonly params: URLSearchParams) {}

  string(name: string): string | undefined {
    const value = this.params.get(name);
    return value === null || value === '' ? undefined : value;
  }

  requiredString(name: string): string {
    const value = this.string(name);
    if (value === undefined) throw new ApiError('invalidParameter', `缺少参数 ${name}。`);
    return value;
  }

  /** A non-negative decimal integer, within [min, max] when given. */
  integer(name: string, bounds: { min?: number; max?: number } = {}): number | undefined {
    const text = this.string(name);
    if (text === undefined) return undefined;
    return checkInteger(name, text, bounds);
  }

  requiredInteger(name: string, bounds: { min?: number; max?: number } = {}): number {
    const value = this.integer(name, bounds);
    if (value === undefined) throw new ApiError('invalidParameter', `缺少参数 ${name}。`);
    return value;
  }
}

export function checkInteger(name: string, text: string, bounds: { min?: number; max?: number }): number {
  if (!/^\d{1,15}$/.test(text)) throw new ApiError('invalidParameter', `${name} 必须是整数。`);
  const value = Number(text);
  if (bounds.min !== undefined && value < bounds.min) {
    throw new ApiError('invalidParameter', `${name} 不能小于 ${bounds.min}。`);
  }
  if (bounds.max !== undefined && value > bounds.max) {
    throw new ApiError('invalidParameter', `${name} 不能大于 ${bounds.max}。`);
  }
  return value;
}

/** Meeting ids are decimal strings; anything else in the path is a parameter error, not "not found". */
export function checkMeetingId(segment: string): string {
  if (!/^\d{1,32}$/.test(segment)) throw new ApiError('invalidParameter', 'meeting_id 必须是数字字符串。');
  return segment;
}
