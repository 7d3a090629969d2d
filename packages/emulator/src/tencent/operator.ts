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

/** A userid given in the query or the path, as the older endpoints take it. */
export function resolveUserid(dataset: Dataset, userid: string): EnterpriseUser {
  return findUser(dataset.usersById.get(userid));
}

function findUser(user: EnterpriseUser | undefined): EnterpriseUser {
  if (!user) throw new ApiError('unregisteredUser');
  return user;
}
