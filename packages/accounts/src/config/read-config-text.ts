import { type FileHandle, open } from 'node:fs/promises';
import { AccountError } from '../errors/account-error.js';
import type { AccountMessages } from '../i18n/account-messages.js';
import type { ConfigLocation } from './config-location.js';

/** A config file holds plugins and accounts: far below this, whatever the number of accounts. */
export const configSizeLimit = 1024 * 1024;

/**
 * The config file's text, or undefined when there is none at the default place. Its size is
 * checked before a byte is read, and the reading stops past the limit too, for what has no size
 * (a pipe, `/dev/zero`) or grows meanwhile.
 */
export async function readConfigText(
  location: ConfigLocation,
  messages: AccountMessages,
): Promise<string | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(location.path, 'r');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' && !location.explicit) return undefined;
    throw unreadable(location, code, messages);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw unreadable(location, 'EISDIR', messages);
    if (stats.isFile() && stats.size > configSizeLimit) throw tooLarge(location, stats.size, messages);
    const buffer = Buffer.alloc(configSizeLimit + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > configSizeLimit) throw tooLarge(location, undefined, messages);
    }
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    if (AccountError.isInstance(error)) throw error;
    throw unreadable(location, errorCode(error), messages);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function unreadable(
  location: ConfigLocation,
  code: string | undefined,
  messages: AccountMessages,
): AccountError {
  return new AccountError(messages.configUnreadable(location.path, messages.ioReason(code)), 'settings');
}

function tooLarge(
  location: ConfigLocation,
  size: number | undefined,
  messages: AccountMessages,
): AccountError {
  return new AccountError(
    messages.configTooLarge(
      location.path,
      size === undefined ? undefined : megabytes(size),
      megabytes(configSizeLimit),
    ),
    'settings',
  );
}

/** Rounded up to a tenth, so that a file just over the limit never reads as the limit itself. */
function megabytes(bytes: number): string {
  return `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB`;
}
