/**
 * The Tencent Meeting error codes the emulator answers with, and the HTTP status each comes
 * with. Statuses follow the error tables of the endpoints' own documentation where they give one
 * (several codes are listed under 500 there, 190310 included); request errors are 400 otherwise.
 */
export const tencentErrors = {
  invalidParameter: { code: 190004, status: 400, message: '参数非法，请对照接口文档检查您的参数。' },
  unregisteredUser: { code: 190001, status: 500, message: '存在未注册的用户。' },
  timestampSkew: {
    code: 190300,
    status: 400,
    message: '请求时间戳与服务器时间相差超过5分钟，请校准时间后重新生成 X-TC-Timestamp。',
  },
  replayed: {
    code: 190301,
    status: 400,
    message:
      '请求重放错误，请求头里的 X-TC-Timestamp 和 X-TC-Nonce 每次请求时需重新生成，不能使用和过去五分钟内相同的 timestamp 和 nonce。',
  },
  badCredentials: { code: 190303, status: 400, message: 'AppId、X-TC-Key 或 SdkId 无效。' },
  badSignature: { code: 200003, status: 400, message: '签名校验失败，请检查 X-TC-Signature。' },
  rateLimited: { code: 190310, status: 500, message: '每分钟总接口调用次数超过限制。' },
  dailyLimited: { code: 190311, status: 500, message: '每日总接口调用次数超过限制。' },
  meetingNotFound: { code: 9003, status: 500, message: 'MEETING NOT EXIST。' },
  pstnMeetingNotFound: { code: 190457, status: 400, message: '会议不存在，请核对 meeting_id。' },
  noPermission: { code: 9042, status: 400, message: '权限受限或鉴权失败。' },
  noPermissionForbidden: {
    code: 9042,
    status: 403,
    message: '无权限进行该操作，建议检查操作者身份或资源归属。',
  },
  cancelNoPermission: { code: 500122, status: 400, message: '操作者没有权限。' },
  meetingEnded: { code: 9006, status: 500, message: '会议已结束。' },
  meetingCancelled: { code: 9007, status: 500, message: 'MEETING CANCLED。' },
  serverError: { code: 960000, status: 500, message: '网络错误，请稍后重试。' },
  noSuchApi: { code: 190004, status: 404, message: '接口不存在，请检查请求路径。' },
  methodNotAllowed: { code: 190004, status: 405, message: '请求方式不支持。' },
} as const;

export type TencentErrorName = keyof typeof tencentErrors;
