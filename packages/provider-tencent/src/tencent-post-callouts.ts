import { type CallOptions, type CallOutResult, type CallOutTarget, parsePhoneNumber } from '@callroll/core';
import type { TencentApi } from './tencent-api.js';
import { tencentCalloutBatchSize, toTencentPhoneTargets } from './tencent-callout-targets.js';
import { checkTencentMeetingId } from './tencent-meeting-ref.js';
import { tencentCancelCallWire, tencentStartCalloutWire } from './tencent-wire-schemas.js';

interface WirePhone {
  area: number;
  phone: string;
  extension_number?: string | undefined;
}

const toPhone = (wire: WirePhone) =>
  parsePhoneNumber({
    number: wire.phone,
    callingCode: wire.area,
    extension: wire.extension_number || undefined,
  });

/**
 * Starts or cancels call-outs, in batches of Tencent's limit. Never retried automatically (a POST
 * is not idempotent): a failed batch throws, and the batches before it stand.
 */
export async function postTencentCallouts(
  api: TencentApi,
  operation: 'startCallOut' | 'cancelCallOut',
  meetingId: string,
  targets: CallOutTarget[],
  options: CallOptions | undefined,
): Promise<CallOutResult> {
  checkTencentMeetingId(meetingId);
  const phones = toTencentPhoneTargets(targets);
  const result: CallOutResult = { accepted: [], rejected: [] };
  for (let start = 0; start < phones.length; start += tencentCalloutBatchSize) {
    const request = {
      method: 'POST' as const,
      json: {
        operator_id: api.operatorId,
        operator_id_type: api.operatorIdType,
        phone_numbers: phones.slice(start, start + tencentCalloutBatchSize),
      },
      signal: options?.signal,
      operation,
      subject: { resource: 'meeting', id: meetingId },
    };
    if (operation === 'startCallOut') {
      const body = await api.call({
        ...request,
        path: `v1/meeting/${meetingId}/phone/callout`,
        schema: tencentStartCalloutWire,
        what: 'the callout request',
      });
      result.accepted.push(...(body.phone_numbers ?? []).map(toPhone));
      for (const wire of body.invalid_phone_numbers ?? []) {
        result.rejected.push({
          phone: toPhone(wire),
          reason: wire.error_msg ?? 'refused by Tencent Meeting',
        });
      }
    } else {
      const body = await api.call({
        ...request,
        path: `v1/meeting/${meetingId}/phone/cancelcall`,
        schema: tencentCancelCallWire,
        what: 'the cancel request',
      });
      result.accepted.push(...(body.success_list ?? []).map(toPhone));
      for (const wire of body.failed_list ?? []) {
        result.rejected.push({ phone: toPhone(wire), reason: wire.error_msg ?? 'could not be cancelled' });
      }
    }
  }
  return result;
}
