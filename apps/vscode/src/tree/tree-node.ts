import type { NodeView } from './node-view.js';
import type { TreeContext } from './tree-context.js';

/**
 * A row of the Callroll tree. Each node knows its parent (for `reveal` and for finding its
 * account), builds its own view and children, and caches what it loaded until `refresh()`.
 */
export abstract class TreeNode {
  /** Unique and stable across refreshes, so that VS Code keeps rows expanded. */
  abstract readonly id: string;

  constructor(
    readonly parent: TreeNode | undefined,
    protected readonly context: TreeContext,
  ) {}

  abstract view(): NodeView;

  children(): TreeNode[] | Promise<TreeNode[]> {
    return [];
  }

  /** Forgets what was loaded (so the next expansion asks the provider again) and redraws. */
  refresh(): void {
    this.reset();
    this.context.changed(this);
  }

  /** Drops cached children; nodes that load something override it. */
  protected reset(): void {}
}
