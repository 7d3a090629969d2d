import { expect } from 'vitest';
import type { HostileServer, ReceivedRequest } from './hostile-server.js';
import { echoForms } from './secret-forms.js';

/** The Tencent account a test's provider or callroll is given; a hostile server never checks it. */
export const hostileTencentAccount = {
  appId: '210000777',
  secretId: 'AKIDhostileServerTestSecretId0001',
  secretKey: 'TcHostileSecretKey0123456789abcdefXYZ',
  operatorId: 'operator-hostile',
} as const;

/** A callout row in Tencent's shape; `id` makes its `ms_open_id`. */
export function calloutRow(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { area: 86, phone: '13800138000', status: 'START_ACCEPT', ms_open_id: id, ...extra };
}

/** A participant row in Tencent's shape; `id` makes its `ms_open_id`. */
export function participantRow(id: string, joinTime = 1_767_225_600): Record<string, unknown> {
  return { userid: '', ms_open_id: id, user_name: 'QWxpY2UgV2FuZw==', join_time: String(joinTime) };
}

/**
 * Everything a Tencent-shaped server can echo of one request: its headers verbatim, URL-encoded
 * and as hex, then the X-TC-Signature and the account's SecretKey (never sent, but a hostile
 * server may know it) alone in every form.
 */
export function tencentEchoOf(request: ReceivedRequest): string {
  const signature = request.headers['x-tc-signature'] ?? '(no signature)';
  const headers = JSON.stringify(request.headers);
  return [
    `you sent ${request.method} ${request.path}?${request.query.toString()}`,
    `headers ${headers}`,
    `headers URL-encoded ${encodeURIComponent(headers)}`,
    `headers hex ${Buffer.from(headers, 'utf8').toString('hex')}`,
    echoForms('X-TC-Signature', signature),
    echoForms('SecretKey', hostileTencentAccount.secretKey),
  ].join(' ; ');
}

/**
 * The secrets of a run against `server`: the SecretKey and every signature it received. Fails the
 * test when no request came, or one came unsigned: then there would be nothing to look for.
 */
export function tencentSecretsOf(server: HostileServer): Record<string, string[]> {
  const signatures = server.requests.map((request) => request.headers['x-tc-signature'] ?? '');
  expect(signatures.length).toBeGreaterThan(0);
  expect(signatures.every((signature) => signature.length > 40)).toBe(true);
  return { SecretKey: [hostileTencentAccount.secretKey], 'X-TC-Signature': signatures };
}
