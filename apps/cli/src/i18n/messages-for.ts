import type { Locale } from '@callroll/accounts/i18n';
import type { Messages } from './messages.js';
import { messagesEn } from './messages-en.js';
import { messagesZhCn } from './messages-zh-cn.js';

/** The messages of a locale. */
export function messagesFor(locale: Locale): Messages {
  return locale === 'zh-CN' ? messagesZhCn : messagesEn;
}
