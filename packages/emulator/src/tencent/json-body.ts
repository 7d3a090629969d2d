import type { z } from 'zod';
import { ApiError } from './api-error.js';

/** Parses a JSON request body against a schema; bad JSON or a bad shape is 190004. */
export function parseJsonBody<T>(body: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new ApiError('invalidParameter', '请求体不是合法的 JSON。');
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
    throw new ApiError('invalidParameter', `${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
