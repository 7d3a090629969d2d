// What a front end needs before any provider is loaded (help, usage errors): no provider code,
// no zod, so that importing it costs nothing at start-up.
export type { AccountMessages, JsonKind } from './account-messages.js';
export { accountMessagesEn } from './account-messages-en.js';
export { accountMessagesFor } from './account-messages-for.js';
export { accountMessagesZhCn } from './account-messages-zh-cn.js';
export type { FrontEndWords } from './front-end-words.js';
export { detectLocale, type Locale, localeFromTag } from './locale.js';
