import { inspect } from 'node:util';

/** What an error shows in every way a caller may print or serialise it. */
export function errorTexts(error: unknown): Record<string, string> {
  const texts: Record<string, string> = { inspected: inspect(error, { depth: 8 }) };
  if (error instanceof Error) {
    texts.message = error.message;
    texts.stack = error.stack ?? '';
  }
  if (typeof error === 'object' && error !== null) {
    const fields = error as { toJSON?: () => unknown; excerpt?: unknown; providerMessage?: unknown };
    if (typeof fields.toJSON === 'function') texts.toJSON = JSON.stringify(fields.toJSON());
    if (typeof fields.excerpt === 'string') texts.excerpt = fields.excerpt;
    if (typeof fields.providerMessage === 'string') texts.providerMessage = fields.providerMessage;
  }
  return texts;
}
