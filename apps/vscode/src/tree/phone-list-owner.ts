import type { SummaryState } from '../summary/summary-state.js';
import type { TreeNode } from './tree-node.js';

/** The meeting a phone list belongs to. */
export interface PhoneListOwner extends TreeNode {
  /** Set when the meeting started loading on expansion; taken (cleared) by the first rows. */
  takeExpansionStart(): number | undefined;
  /** The meeting's summary as the meeting row shows it (this list's own once it has every row). */
  summaryState(): SummaryState;
  /** The list now holds every row (or held them and was read afresh). */
  phonesChanged(): void;
}
