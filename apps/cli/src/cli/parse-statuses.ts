import { type PhoneStatus, phoneStatusSchema } from '@callroll/core';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { Messages } from '../i18n/messages.js';

/**
 * `--status ended,unanswered --status cancelled` → the set. No values at all (no `--status`)
 * means every status; values that name none (`,,`, blanks) are a usage error, not every status.
 */
export function parseStatuses(
  values: readonly string[],
  messages: Messages,
  usage: { option: string; command: string } = { option: '--status', command: 'phones' },
): ReadonlySet<PhoneStatus> {
  const allowed = phoneStatusSchema.options;
  const statuses = new Set<PhoneStatus>();
  for (const raw of values) {
    const value = raw.trim();
    if (value === '') continue;
    const status = allowed.find((candidate) => candidate === value.toLowerCase());
    if (!status) {
      throw new CliError(
        `${messages.invalidStatus(value, allowed)} ${messages.seeHelp(usage.command)}`,
        exitCodes.usage,
      );
    }
    statuses.add(status);
  }
  if (values.length > 0 && statuses.size === 0) {
    throw new CliError(
      `${messages.statusListEmpty(usage.option, allowed)} ${messages.seeHelp(usage.command)}`,
      exitCodes.usage,
    );
  }
  return statuses;
}
