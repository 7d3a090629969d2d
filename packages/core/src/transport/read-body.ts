/** The part of a response body stream this module needs (node's `IncomingMessage` fits). */
export interface BodyStream extends AsyncIterable<Uint8Array | string> {
  destroy(error?: Error): unknown;
}

export type ReadBodyResult =
  | { ok: true; text: string; bytes: number }
  /** Over the cap: the stream was destroyed, so its connection is not reused half-read. */
  | { ok: false; bytes: number };

/**
 * Reads a whole body as UTF-8, counting bytes as they arrive so that a huge or endless body is cut
 * off at `maxBytes` instead of filling memory. `contentLength` lets an honest server fail early.
 */
export async function readCappedBody(
  body: BodyStream,
  maxBytes: number,
  contentLength: number | undefined,
): Promise<ReadBodyResult> {
  if (contentLength !== undefined && contentLength > maxBytes) {
    body.destroy();
    return { ok: false, bytes: contentLength };
  }
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of body) {
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk)
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    bytes += buffer.byteLength;
    if (bytes > maxBytes) {
      body.destroy();
      return { ok: false, bytes };
    }
    chunks.push(buffer);
  }
  return { ok: true, text: Buffer.concat(chunks).toString('utf8'), bytes };
}
