import type { AccountManager } from '../accounts/account-manager.js';
import type { Localize } from '../util/localize.js';
import type { Logger } from '../util/logger.js';
import type { TreeNode } from './tree-node.js';

/** The settings that shape the tree, read afresh whenever a row is drawn or a page is fetched. */
export interface ViewOptions {
  /** `callroll.maskPhoneNumbers` */
  mask: boolean;
  /** `callroll.pageSize`: rows per request, capped by each provider's `maxPageSize`. */
  pageSize: number;
  /** `callroll.endedMeetingsDays` */
  endedDays: number;
  /** `callroll.upcomingMeetingsDays` */
  upcomingDays: number;
  /** `callroll.groupPhoneParticipantsByStatus`: long phone lists as one group per status. */
  groupByStatus: boolean;
}

/** What every node needs from its surroundings; the extension supplies VS Code's, tests a fake. */
export interface TreeContext {
  readonly t: Localize;
  readonly locale: string;
  readonly log: Logger;
  readonly accounts: AccountManager;
  options(): ViewOptions;
  now(): Date;
  /** Milliseconds from a monotonic clock, for the timings the extension logs. */
  clock(): number;
  /** Redraws a node and asks for its children again; `undefined` redraws the whole tree. */
  changed(node: TreeNode | undefined): void;
  /** A meeting loaded its lists (it is open): live tracking may start for it. */
  opened?(node: TreeNode): void;
}
