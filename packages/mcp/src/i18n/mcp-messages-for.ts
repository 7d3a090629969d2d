import type { Locale } from '@callroll/accounts/i18n';
import type { McpMessages } from './mcp-messages.js';
import { mcpMessagesEn } from './mcp-messages-en.js';
import { mcpMessagesZhCn } from './mcp-messages-zh-cn.js';

export function mcpMessagesFor(locale: Locale): McpMessages {
  return locale === 'zh-CN' ? mcpMessagesZhCn : mcpMessagesEn;
}
