import type { TransportEvent, TransportEventListener } from '@callroll/core';
import { type CliContext, logLine } from './cli-context.js';

/**
 * The request log of `--verbose`, from the provider's transport events. The core has already
 * replaced secret headers, query parameters and body fields with `[REDACTED]`.
 */
export function verboseListener(context: CliContext): TransportEventListener | undefined {
  if (!context.verbose) return undefined;
  return (event: TransportEvent) => logLine(context, formatEvent(event, context));
}

function formatEvent(event: TransportEvent, context: CliContext): string {
  const where = `[${event.provider}${event.operation ? ` ${event.operation}` : ''} #${event.attempt}]`;
  switch (event.type) {
    case 'request': {
      const headers = Object.entries(event.headers)
        .map(([name, value]) => `\n    ${name}: ${value}`)
        .join('');
      const body = event.body ? `\n    ${event.body}` : '';
      return `→ ${where} ${event.method} ${event.url}${headers}${body}`;
    }
    case 'response':
      return `← ${where} ${event.status} ${event.method} ${event.url} ${event.durationMs} ms ${event.bytes} B`;
    case 'retry':
      return `↻ ${where} ${context.messages.verboseRetry(event.delayMs, event.reason)}`;
    case 'error':
      return `✗ ${where} ${event.method} ${event.url} ${context.messages.verboseError(event.kind, event.message)}`;
  }
}
