import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type * as Https from 'node:https';
import type { BodyStream } from './read-body.js';

/** One exchange as the transport hands it to the wire. */
export interface SendRequest {
  url: URL;
  method: string;
  headers: Readonly<Record<string, string>>;
  /** The exact bytes to send, as text; `null` for none. */
  body: string | null;
  signal: AbortSignal;
}

export interface SentResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: BodyStream;
}

/** Sends requests over keep-alive connections; `close` ends the connections it owns. */
export interface HttpSender {
  send(request: SendRequest): Promise<SentResponse>;
  close(): Promise<void>;
}

/**
 * Node's own HTTP client (node:http, node:https) with keep-alive agents: no client library to
 * load at start-up or to bundle into an extension. An injected agent is used as is and left open.
 */
export function createNodeHttpSender(agent?: HttpAgent): HttpSender {
  const ownHttp = agent === undefined ? new HttpAgent({ keepAlive: true }) : undefined;
  let ownHttps: Https.Agent | undefined;
  // node:https (and TLS under it) loads only for an https:// service: loopback tests and the
  // emulator never pay for it at start-up.
  const https = (): typeof Https => process.getBuiltinModule('node:https');
  return {
    send: ({ url, method, headers, body, signal }) =>
      new Promise<SentResponse>((resolve, reject) => {
        const secure = url.protocol === 'https:';
        if (secure && agent === undefined) ownHttps ??= new (https().Agent)({ keepAlive: true });
        const request = (secure ? https().request : httpRequest)(url, {
          method,
          headers:
            body === null ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          agent: agent ?? (secure ? ownHttps : ownHttp),
          signal,
        });
        request.once('error', reject);
        request.once('response', (response) => {
          // From here on the body's stream reports its own errors (a reset, a body cut short).
          request.off('error', reject);
          request.on('error', () => undefined);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: response });
        });
        request.end(body ?? undefined);
      }),
    async close() {
      ownHttp?.destroy();
      ownHttps?.destroy();
    },
  };
}
