import type { RowFormat } from '../format/format-phone-participant.js';
import type { TreeContext } from './tree-context.js';

/** How rows are written now: the mask setting, the language, providers by their names. */
export function rowFormat(context: TreeContext): RowFormat {
  return {
    mask: context.options().mask,
    locale: context.locale,
    t: context.t,
    now: context.now(),
    providerName: (id) => context.accounts.registry.get(id)?.displayName ?? id,
  };
}
