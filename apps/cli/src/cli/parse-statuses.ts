import { type PhoneStatus, phoneStatusSchema } from '@callroll/core';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { Messages } from '../i18n/messages.js';

/** `--status ended,unanswered --status cancelled` → the set; empty means every status. */
export function parseStatuses(values: readonly string[], messages: Messages): ReadonlySet<PhoneStatus> {
  const allowed = phoneStatusSchema.options;
  const statuses = new Set<PhoneStatus>();
  for (const value of values) {
    if (value === '') continue;
    const status = allowed.find((candidate) => candidate === value.toLowerCase());
    if (!status) {
      throw new CliError(
        `${messages.invalidStatus(value, allowed)} ${messages.seeHelp('phones')}`,
        exitCodes.usage,
      );
    }
    statuses.add(status);
  }
  return statuses;
}
