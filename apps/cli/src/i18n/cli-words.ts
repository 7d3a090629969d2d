import type { FrontEndWords, Locale } from '@callroll/accounts/i18n';

/** What the shared messages call the CLI's options and commands. */
export const cliWords: Record<Locale, FrontEndWords> = {
  en: {
    accountChoice: '--account',
    meetingListing: 'callroll meetings',
    again: 'run the command again',
    requestLogHint: ' (--verbose shows the request)',
    reportWith: 'the command you ran (and --verbose output, which holds no secrets)',
    callingCodeChoice: '--area',
  },
  'zh-CN': {
    accountChoice: '--account',
    meetingListing: 'callroll meetings',
    again: '运行该命令',
    requestLogHint: '（--verbose 可显示请求）',
    reportWith: '所运行的命令（以及 --verbose 的输出，其中不含机密）',
    callingCodeChoice: '--area',
  },
};
