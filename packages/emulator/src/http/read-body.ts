import type { IncomingMessage } from 'node:http';

/** Thrown when a body is larger than the emulator takes. */
export class BodyTooLargeError extends Error {
  constructor(limit: number) {
    super(`The request body is larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * The whole request body as UTF-8 text: the signature covers these exact bytes. An oversized
 * body is still read to its end (and dropped) so that the client gets the answer, not a reset.
 */
export async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    size += buffer.length;
    if (size <= limit) chunks.push(buffer);
  }
  if (size > limit) throw new BodyTooLargeError(limit);
  return Buffer.concat(chunks).toString('utf8');
}
