import type { Dataset } from '../data/dataset.js';
import type { EnterpriseUser } from '../data/meeting.js';
import { ApiError } from './api-error.js';

/**
 * The user an `operator_id` + `operator_id_type` pair names: 1 is a userid, 2 an open id.
 * Other documented types (rooms, ms_open_id) are not emulated and answer 190004.
 */
export function resolveOperator(
  dataset: Dataset,
  id: string | undefined,
  type: number | undefined,
): EnterpriseUser {
  if (id === undefined || id === '') throw new ApiError('invalidParameter', '缺少参数 operator_id。');
  if (type === undefined) throw new ApiError('invalidParameter', '缺少参数 operator_id_type。');
  if (type !== 1 && type !== 2) {
    throw new ApiError(
      'invalidParameter',
      `operator_id_type ${type} 不支持（仿真器支持 1 userid、2 openid）。`,
    );
  }
  return findUser(type === 1 ? dataset.usersById.get(id) : dataset.usersByOpenId.get(id));
}

/**
 * The caller of an endpoint that takes `operator_id` + `operator_id_type` or the older `userid`
 * (meeting by id or code, participants): the pair wins when both are sent, as Tencent documents.
 */
export function resolveOperatorOrUserid(
  dataset: Dataset,
  caller: { operatorId: string | undefined; operatorIdType: number | undefined; userid: string | undefined },
): EnterpriseUser {
  if (caller.operatorId === undefined && caller.userid !== undefined)
    return resolveUserid(dataset, caller.userid);
  if (caller.operatorId === undefined) {
    throw new ApiError('invalidParameter', '缺少参数 operator_id（与 operator_id_type 配合）或 userid。');
  }
  return resolveOperator(dataset, caller.operatorId, caller.operatorIdType);
}

/** A userid given in the query or the path, as the older endpoints take it. */
export function resolveUserid(dataset: Dataset, userid: string): EnterpriseUser {
  return findUser(dataset.usersById.get(userid));
}

function findUser(user: EnterpriseUser | undefined): EnterpriseUser {
  if (!user) throw new ApiError('unregisteredUser');
  return user;
}
