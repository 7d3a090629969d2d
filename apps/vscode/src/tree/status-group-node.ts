import type { PhoneStatus } from '@callroll/core';
import { phoneStatusIcon, phoneStatusLabel } from '../format/status-style.js';
import { LoadMoreNode, type LoadsMore } from './load-more-node.js';
import type { NodeView } from './node-view.js';
import type { TreeContext } from './tree-context.js';
import { TreeNode } from './tree-node.js';

/** What a status group needs from the phone list it groups (which has read every row). */
export interface GroupedRows extends TreeNode {
  /** The listing's indexes of the rows with this status, in the listing's order. */
  indexesOf(status: PhoneStatus): readonly number[];
  rowOf(index: number, parent: TreeNode): TreeNode;
}

/**
 * "Unanswered (1,532)": the lines of one status, from rows already read, shown a page at a time;
 * its "Load more" asks for no request.
 */
export class StatusGroupNode extends TreeNode implements LoadsMore {
  readonly id: string;
  private shown: number;
  /** The only group: shown open, since a click to open it would tell nothing new. */
  only = false;
  private readonly loadMoreRow: LoadMoreNode;

  constructor(
    readonly list: GroupedRows,
    context: TreeContext,
    readonly status: PhoneStatus,
    private readonly pageSize: number,
  ) {
    super(list, context);
    this.id = `${list.id}/status-${status}`;
    this.shown = pageSize;
    this.loadMoreRow = new LoadMoreNode(this, context);
  }

  get loading(): boolean {
    return false;
  }
  get loadedCount(): number {
    return Math.min(this.shown, this.count);
  }
  get totalCount(): number {
    return this.count;
  }
  get count(): number {
    return this.list.indexesOf(this.status).length;
  }

  view(): NodeView {
    const { t, locale } = this.context;
    return {
      label: t('{0} ({1})', phoneStatusLabel(this.status, undefined, t), this.count.toLocaleString(locale)),
      icon: phoneStatusIcon(this.status),
      contextValue: `phoneGroup ${this.status}`,
      collapsible: this.only ? 'expanded' : 'collapsed',
    };
  }

  override children(): TreeNode[] {
    const indexes = this.list.indexesOf(this.status);
    const rows = indexes.slice(0, this.shown).map((index) => this.list.rowOf(index, this));
    return indexes.length > this.shown ? [...rows, this.loadMoreRow] : rows;
  }

  async loadMore(): Promise<void> {
    this.shown += this.pageSize;
    this.context.changed(this);
  }
}
