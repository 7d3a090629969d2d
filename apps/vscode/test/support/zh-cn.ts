import { readFileSync } from 'node:fs';
import { formatMessage, type Localize } from '../../src/util/localize.js';

/** The extension's own Simplified Chinese strings, as VS Code hands them out in a zh-CN window. */
export const zhBundle = JSON.parse(
  readFileSync(new URL('../../l10n/bundle.l10n.zh-cn.json', import.meta.url), 'utf8'),
) as Record<string, string>;

/** `vscode.l10n.t` with the zh-CN bundle: what the model's localizer is in a Chinese window. */
export const zh: Localize = (message, ...args) => formatMessage(zhBundle[message] ?? message, ...args);
