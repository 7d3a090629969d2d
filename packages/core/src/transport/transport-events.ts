import type { TransportEvent, TransportEventListener } from './transport-types.js';

/** Bodies in events are cut to this many characters: enough to debug, not a log flood. */
export const maxLoggedBodyChars = 2048;

/** `text` cut to `maxLoggedBodyChars`, marked when cut. */
export function cutForLog(text: string): string {
  return text.length <= maxLoggedBodyChars ? text : `${text.slice(0, maxLoggedBodyChars)}…[cut]`;
}

/** Calls the listener, if any; a listener that throws or rejects must not break the request. */
export function emitEvent(listener: TransportEventListener | undefined, event: TransportEvent): void {
  if (listener === undefined) return;
  try {
    const result: unknown = listener(event);
    if (typeof result === 'object' && result !== null && 'then' in result) {
      Promise.resolve(result).catch(() => undefined);
    }
  } catch {
    // Ignored on purpose: logging is best effort.
  }
}
