import type { ToolAnnotations } from '@modelcontextprotocol/server';

/** Call-outs ring real phones and are charged: destructive, not idempotent, never retried. */
export const calloutAnnotations: ToolAnnotations = {
  readOnlyHint: false,
  destructiveHint: true,
  idempotentHint: false,
  openWorldHint: true,
};
