import type { NodeView } from './node-view.js';
import type { TreeContext } from './tree-context.js';
import { TreeNode } from './tree-node.js';

/** What a "Load more" row needs from the list it belongs to. */
export interface LoadsMore extends TreeNode {
  readonly loading: boolean;
  readonly loadedCount: number;
  readonly totalCount: number | undefined;
  loadMore(): Promise<void>;
}

/** The last row of a list that has more: click to fetch the next pages. */
export class LoadMoreNode extends TreeNode {
  readonly id: string;

  constructor(
    readonly list: LoadsMore,
    context: TreeContext,
  ) {
    super(list, context);
    this.id = `${list.id}/load-more`;
  }

  view(): NodeView {
    const { t } = this.context;
    const shown =
      this.list.totalCount === undefined
        ? t('{0} shown', this.list.loadedCount.toLocaleString(this.context.locale))
        : t(
            '{0} of {1} shown',
            this.list.loadedCount.toLocaleString(this.context.locale),
            this.list.totalCount.toLocaleString(this.context.locale),
          );
    return this.list.loading
      ? {
          label: t('Loading…'),
          description: shown,
          icon: { id: 'loading~spin' },
          contextValue: 'loading',
          collapsible: 'none',
        }
      : {
          label: t('Load more'),
          description: shown,
          icon: { id: 'ellipsis' },
          contextValue: 'loadMore',
          collapsible: 'none',
          command: { command: 'callroll.loadMore', title: t('Load more') },
        };
  }
}
