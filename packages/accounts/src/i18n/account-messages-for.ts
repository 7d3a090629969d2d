import type { AccountMessages } from './account-messages.js';
import { accountMessagesEn } from './account-messages-en.js';
import { accountMessagesZhCn } from './account-messages-zh-cn.js';
import type { FrontEndWords } from './front-end-words.js';
import type { Locale } from './locale.js';

/** The shared messages of a locale, with the front end's words in that locale. */
export function accountMessagesFor(locale: Locale, words: Record<Locale, FrontEndWords>): AccountMessages {
  return locale === 'zh-CN' ? accountMessagesZhCn(words['zh-CN']) : accountMessagesEn(words.en);
}
