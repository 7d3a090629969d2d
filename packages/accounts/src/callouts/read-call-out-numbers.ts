import { type CallOutTarget, type ProviderCapabilities, readCallOutNumber } from '@callroll/core';
import type { AccountMessages } from '../i18n/account-messages.js';

export interface ReadCallOutNumbersOptions {
  /** The country calling code national numbers are read with. */
  callingCode: string | undefined;
  /** The name every call shows. */
  name: string | undefined;
}

export interface ReadCallOutNumbers {
  targets: CallOutTarget[];
  /** Each number that cannot be called, with its reason, worded for `badNumbers`. */
  bad: string[];
}

/**
 * Numbers as a person typed them, read with the core's reader before any request. A front end
 * refuses the whole call when `bad` holds any, so that nothing is called when one was mistyped.
 */
export function readCallOutNumbers(
  texts: readonly string[],
  options: ReadCallOutNumbersOptions,
  capabilities: ProviderCapabilities,
  messages: AccountMessages,
): ReadCallOutNumbers {
  const served = capabilities.callOutCallingCodes ?? [];
  const targets: CallOutTarget[] = [];
  const bad: string[] = [];
  for (const text of texts) {
    const read = readCallOutNumber(text, {
      callingCode: options.callingCode,
      name: options.name,
      callingCodes: capabilities.callOutCallingCodes,
    });
    if (read.ok) targets.push(read.target);
    else bad.push(messages.badNumber(text, messages.numberProblem(read.problem, read.callingCode, served)));
  }
  return { targets, bad };
}
