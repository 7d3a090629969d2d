import { z } from 'zod';
import type { McpMessages } from '../i18n/mcp-messages.js';
import { ToolInputError } from '../server/tool-input-error.js';

/** Where a listing goes on: the provider's cursor of a page (none: the first) and the rows of it already answered. */
export interface ListingPosition {
  page: string | undefined;
  skip: number;
  /** When the listing was first asked for (unix ms), so that a range ending "now" stays the same. */
  asOf?: number | undefined;
}

const cursorSchema = z.strictObject({
  v: z.literal(1),
  /** What was listed: the provider, account, meeting or range and filter, as `listingKey` made it. */
  of: z.string().max(2_000),
  page: z.string().max(2_000).optional(),
  skip: z.number().int().min(0).max(1_000_000),
  asOf: z.number().int().min(0).optional(),
});

/** What a listing is of, as a cursor records it: another call's cursor is refused. */
export function listingKey(parts: readonly (string | readonly string[] | undefined)[]): string {
  return JSON.stringify(parts.map((part) => part ?? null));
}

/** An opaque cursor for the position: base64url of a small JSON record. */
export function encodeCursor(of: string, position: ListingPosition): string {
  const record = {
    v: 1,
    of,
    ...(position.page === undefined ? {} : { page: position.page }),
    skip: position.skip,
    ...(position.asOf === undefined ? {} : { asOf: position.asOf }),
  };
  return Buffer.from(JSON.stringify(record), 'utf8').toString('base64url');
}

/** The position a cursor holds, checked to be one this server gave for this very listing. */
export function decodeCursor(text: string | undefined, of: string, messages: McpMessages): ListingPosition {
  if (text === undefined) return { page: undefined, skip: 0 };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new ToolInputError(messages.cursorInvalid);
  }
  const parsed = cursorSchema.safeParse(json);
  if (!parsed.success) throw new ToolInputError(messages.cursorInvalid);
  if (parsed.data.of !== of) throw new ToolInputError(messages.cursorElsewhere);
  return { page: parsed.data.page, skip: parsed.data.skip, asOf: parsed.data.asOf };
}
