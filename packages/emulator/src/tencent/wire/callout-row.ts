import type { Callout } from '../../data/callout-book.js';

/** A callout as the list sends it: `area` a number, `extension_number` and `nick_name` only where set. */
export function calloutRow(callout: Callout): Record<string, unknown> {
  const row: Record<string, unknown> = { area: callout.area, phone: callout.phone };
  if (callout.extensionNumber !== undefined) row.extension_number = callout.extensionNumber;
  row.status = callout.status;
  row.ms_open_id = callout.msOpenId;
  if (callout.nickName !== undefined) row.nick_name = callout.nickName;
  return row;
}
