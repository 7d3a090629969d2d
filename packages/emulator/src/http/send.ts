import type { ServerResponse } from 'node:http';

/**
 * Writes a complete response; `date` is the emulator's clock so that clients can measure skew.
 * `extraHeaders` carries what an answer adds (Systec's `Retry-After`).
 */
export function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  date: Date,
  extraHeaders?: Readonly<Record<string, string>>,
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  response.writeHead(status, {
    ...extraHeaders,
    Date: date.toUTCString(),
    'Content-Type': contentType,
    'Content-Length': String(bytes.length),
  });
  response.end(bytes);
}

export const jsonType = 'application/json; charset=utf-8';

export function sendJson(response: ServerResponse, status: number, value: unknown, date: Date): void {
  send(response, status, JSON.stringify(value), jsonType, date);
}
