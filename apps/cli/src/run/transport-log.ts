import type { TransportEvent, TransportEventListener } from '@callroll/core';
import { type CliContext, logLine } from './cli-context.js';

/**
 * What the provider's transport events show on stderr: a wait for a rate-limit window always
 * (a long pause must not look like a hang), and with `--verbose` the whole request log. The core
 * has already replaced secrets with `[REDACTED]`.
 */
export function transportListener(context: CliContext, providerName: string): TransportEventListener {
  let saidAt = Number.NEGATIVE_INFINITY;
  return (event: TransportEvent) => {
    if (event.type !== 'wait') {
      if (context.verbose) logLine(context, formatEvent(event, context));
      return;
    }
    // A service that limits per second pauses us every second: say so once, not each time.
    const now = performance.now();
    if (!context.verbose && event.delayMs < longWaitMs && now - saidAt < quietMs) return;
    saidAt = now;
    logLine(
      context,
      `callroll: ${context.messages.rateLimitWait(providerName, event.delayMs, event.reason)}`,
    );
  };
}

/** Short waits are told at most once in this long; longer ones always. */
const quietMs = 30_000;
const longWaitMs = 10_000;

function formatEvent(event: Exclude<TransportEvent, { type: 'wait' }>, context: CliContext): string {
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
