import { toBase64 } from '../../data/base64.js';
import type { Participant } from '../../data/participants.js';

/** A participant as the endpoint sends it: `user_name` base64, times as strings, `phone` a hash. */
export function participantRow(participant: Participant): Record<string, unknown> {
  const row: Record<string, unknown> = { userid: participant.userid };
  if (participant.openId !== undefined) row.open_id = participant.openId;
  row.ms_open_id = participant.msOpenId;
  row.uuid = participant.uuid;
  row.user_name = toBase64(participant.userName, participant.userNameEncoding);
  if (participant.phoneHash !== undefined) row.phone = participant.phoneHash;
  row.instanceid = participant.instanceid;
  row.user_role = participant.userRole;
  row.join_time = String(participant.joinTime);
  if (participant.leftTime !== undefined) row.left_time = String(participant.leftTime);
  return row;
}
