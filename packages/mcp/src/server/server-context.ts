import type { Locale } from '@callroll/accounts/i18n';
import type { McpMessages } from '../i18n/mcp-messages.js';

/** What every tool gets: the settings' sources, the language, and what the flags allow. */
export interface ServerContext {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** `--config`, else the CLI's rule (CALLROLL_CONFIG, then the platform's folder). */
  configPath: string | undefined;
  locale: Locale;
  messages: McpMessages;
  /** The user's IANA time zone, for dates given without an offset. */
  timeZone: string;
  showNumbers: boolean;
  allowCallouts: boolean;
}
