import type { SeededRandom } from '../../random/seeded-random.js';

/** A public meeting room: its `host_id` and a name for banners and fixtures. */
export interface PublicRoom {
  hostId: string;
  name: string;
  /** How busy it is relative to the others. */
  weight: number;
}

const roomNames: readonly (readonly [string, number])[] = [
  ['深圳总部 3F 大会议室', 9],
  ['深圳总部 5F 培训室', 6],
  ['北京分公司 凤凰厅', 7],
  ['上海 陆家嘴 会议室 A', 6],
  ['广州 天河 小会议室', 4],
  ['Hong Kong Office — Victoria Room', 5],
  ['成都研发中心 1号会议室', 5],
  ['杭州 西溪 视频会议室', 4],
  ['Board Room (Exec)', 2],
  ['客服中心 公共会议室', 3],
  ['Singapore Hub — Marina', 3],
  ['武汉 光谷 会议室', 2],
];

const idAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** The account's public rooms, with 22-character host ids in the style of Zoom user ids. */
export function makePublicRooms(random: SeededRandom): PublicRoom[] {
  return roomNames.map(([name, weight]) => {
    let hostId = '';
    for (let index = 0; index < 22; index++)
      hostId += idAlphabet.charAt(random.int(0, idAlphabet.length - 1));
    return { hostId, name, weight };
  });
}
