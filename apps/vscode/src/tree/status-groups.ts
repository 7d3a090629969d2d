import type { PhoneParticipant, PhoneStatus } from '@callroll/core';
import { phoneStatusOrder } from '../format/status-style.js';
import { type StatusIndex, statusIndex } from '../summary/status-index.js';
import { type GroupedRows, StatusGroupNode } from './status-group-node.js';
import type { TreeContext } from './tree-context.js';

/** More rows than fit a side bar's height: from here on a list is grouped by status. */
export const screenful = 50;
/** Lists longer than this are not read whole to be grouped (too many requests for a glance). */
export const maxRowsToGroup = 20_000;

/** Whether a list of `size` lines shows as status groups (when the setting is on). */
export const sizeToGroup = (size: number): boolean => size > screenful && size <= maxRowsToGroup;

/**
 * A whole phone list by status: the summary and each status's rows, worked out once per set of
 * rows, and one group row per status kept across redraws, so that a group's "Load more" and its
 * expansion act on the group shown.
 */
export class StatusGroups {
  private index: (StatusIndex & { generation: number }) | undefined;
  private readonly groups = new Map<PhoneStatus, StatusGroupNode>();

  constructor(
    private readonly list: GroupedRows,
    private readonly context: TreeContext,
    private readonly pageSize: number,
  ) {}

  /** The summary and rows by status of `items`, the rows of the list's `generation`. */
  of(items: readonly PhoneParticipant[], generation: number): StatusIndex {
    if (this.index?.generation !== generation) this.index = { ...statusIndex(items), generation };
    return this.index;
  }

  /** The group rows of the statuses there are, in the house order. */
  nodes(index: StatusIndex): StatusGroupNode[] {
    const statuses = phoneStatusOrder.filter((status) => index.summary.byStatus[status] > 0);
    return statuses.map((status) => {
      let group = this.groups.get(status);
      if (!group) {
        group = new StatusGroupNode(this.list, this.context, status, this.pageSize);
        this.groups.set(status, group);
      }
      group.only = statuses.length === 1;
      return group;
    });
  }

  clear(): void {
    this.index = undefined;
    this.groups.clear();
  }
}
