export { errorTexts } from './error-texts.js';
export { eventTexts } from './event-texts.js';
export {
  type Answer,
  type HostileServer,
  type ReceivedRequest,
  type Reply,
  startHostileServer,
} from './hostile-server.js';
export { type Closable, type HostileSession, hostileSession } from './hostile-session.js';
export { ids } from './ids.js';
export { recoverableLeaks } from './recoverable-leaks.js';
export { allLeaks, echoForms, leaks, secretForms } from './secret-forms.js';
export { drain, rejection } from './settle.js';
export {
  calloutRow,
  hostileTencentAccount,
  participantRow,
  tencentEchoOf,
  tencentSecretsOf,
} from './tencent-hostile.js';
