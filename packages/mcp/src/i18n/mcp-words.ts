import type { FrontEndWords, Locale } from '@callroll/accounts/i18n';

/** What the shared messages call the server's tools and arguments. */
export const mcpWords: Record<Locale, FrontEndWords> = {
  en: {
    accountChoice: 'the "account" argument',
    meetingListing: 'list_meetings',
    again: 'call the tool again',
    requestLogHint: '',
    reportWith: 'the tool call that failed',
    callingCodeChoice: '"callingCode"',
  },
  'zh-CN': {
    accountChoice: '"account" 参数',
    meetingListing: 'list_meetings',
    again: '调用该工具',
    requestLogHint: '',
    reportWith: '失败的工具调用',
    callingCodeChoice: '"callingCode" 参数',
  },
};
