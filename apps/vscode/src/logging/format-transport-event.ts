import type { TransportEvent } from '@callroll/core';

export interface LogLine {
  level: 'trace' | 'debug' | 'info' | 'warn';
  message: string;
}

/**
 * One log line per request event. The transport has already replaced secret headers and fields
 * with `[REDACTED]`; headers go to trace level only, bodies are never logged here.
 */
export function formatTransportEvent(event: TransportEvent): LogLine[] {
  const operation = event.operation ? ` (${event.operation})` : '';
  const attempt = event.attempt > 1 ? ` attempt ${event.attempt}` : '';
  switch (event.type) {
    case 'request':
      return [
        {
          level: 'debug',
          message: `[${event.provider}] → ${event.method} ${event.url}${operation}${attempt}`,
        },
        { level: 'trace', message: `[${event.provider}]   headers ${JSON.stringify(event.headers)}` },
      ];
    case 'response':
      return [
        {
          level: 'info',
          message: `[${event.provider}] ← ${event.status} ${event.method} ${event.url}${operation} ${Math.round(event.durationMs)} ms ${formatBytes(event.bytes)}${attempt}`,
        },
      ];
    case 'wait':
      return [
        {
          level: 'warn',
          message: `[${event.provider}] rate limit reached (${event.reason}): waiting ${Math.ceil(event.delayMs / 1000)} s for the window to reopen`,
        },
      ];
    case 'retry':
      return [
        {
          level: 'warn',
          message: `[${event.provider}] retrying ${event.method} ${event.url}${operation} in ${Math.round(event.delayMs)} ms: ${event.reason}`,
        },
      ];
    case 'error':
      return [
        {
          level: 'warn',
          message: `[${event.provider}] ✕ ${event.method} ${event.url}${operation} ${event.kind}: ${event.message} (${Math.round(event.durationMs)} ms)${attempt}`,
        },
      ];
  }
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}
