import { PageReader, type PageSource } from '../listing/page-reader.js';
import { ErrorNode } from './error-node.js';
import { LoadMoreNode, type LoadsMore } from './load-more-node.js';
import { MessageNode } from './message-node.js';
import type { TreeContext } from './tree-context.js';
import { TreeNode } from './tree-node.js';

/** Pages read per "Load more" (at once where the provider lists every page's cursor up front). */
export const pagesPerLoad = 5;

/**
 * A list of a meeting's people ("Phone participants (n)", "Participants (n)") read through the
 * core's engine: the first page when the meeting opens, the next pages on "Load more". Its rows
 * are kept across redraws and only appended to, so that a long list does not flicker as it grows.
 */
export abstract class ListingNode<T> extends TreeNode implements LoadsMore {
  protected reader: PageReader<T>;
  protected error: unknown;
  private first: Promise<void> | undefined;
  protected loadingMore: Promise<void> | undefined;
  private rows = new Map<TreeNode, Map<number, TreeNode>>();
  private rowsGeneration = 0;
  protected readonly loadMoreRow: LoadMoreNode;

  constructor(
    parent: TreeNode,
    context: TreeContext,
    private readonly source: PageSource<T>,
  ) {
    super(parent, context);
    this.reader = new PageReader(source);
    this.loadMoreRow = new LoadMoreNode(this, context);
  }

  /** The row of the listing's `index`-th item, under `parent` (the list, or one of its groups). */
  protected abstract makeRow(item: T, index: number, parent: TreeNode): TreeNode;
  protected abstract emptyMessage(): string;

  get loading(): boolean {
    return this.loadingMore !== undefined;
  }
  get loadedCount(): number {
    return this.reader.items.length;
  }
  get totalCount(): number | undefined {
    return this.reader.total;
  }
  get items(): readonly T[] {
    return this.reader.items;
  }
  get failed(): boolean {
    return this.error !== undefined;
  }
  /** Every row of the listing is here. */
  get complete(): boolean {
    return this.reader.isStarted && !this.reader.hasMore && this.error === undefined;
  }

  /** "(n)" for the label: the provider's total, else what is loaded, with "+" while there is more. */
  protected countText(): string {
    const { locale } = this.context;
    if (this.reader.total !== undefined) return this.reader.total.toLocaleString(locale);
    if (!this.reader.isStarted) return '…';
    return `${this.reader.items.length.toLocaleString(locale)}${this.reader.hasMore ? '+' : ''}`;
  }

  /** Loads the first page once; a failure is kept and shown as a row, never thrown. */
  ensureLoaded(): Promise<void> {
    this.first ??= this.guarded(this.reader.pull());
    return this.first;
  }

  override async children(): Promise<TreeNode[]> {
    const labelDrawnBeforeLoad = this.first === undefined;
    await this.ensureLoaded();
    // The label's count was drawn before the first page arrived (after a refresh): redraw it.
    if (labelDrawnBeforeLoad) setTimeout(() => this.context.changed(this), 0);
    return this.flatChildren();
  }

  /** Every row read so far, then an error, "Load more" or "empty" row. */
  protected flatChildren(): TreeNode[] {
    const nodes: TreeNode[] = this.items.map((_, index) => this.rowAt(index, this));
    const trailer = this.trailer(this.items.length === 0);
    return trailer ? [...nodes, trailer] : nodes;
  }

  /** What follows the rows: the failure, "Load more", or the "empty" message. */
  protected trailer(empty: boolean): TreeNode | undefined {
    if (this.error !== undefined) {
      const started = this.reader.isStarted;
      return new ErrorNode(this, this.context, this.error, {
        retry: () => (started ? void this.loadMore() : this.refresh()),
      });
    }
    if (this.reader.hasMore) return this.loadMoreRow;
    return empty ? new MessageNode(this, this.context, this.emptyMessage(), { key: 'empty' }) : undefined;
  }

  /** The row of an item, made once per parent (and again after the rows were read afresh). */
  protected rowAt(index: number, parent: TreeNode): TreeNode {
    if (this.rowsGeneration !== this.reader.generation) {
      this.rows.clear();
      this.rowsGeneration = this.reader.generation;
    }
    let rows = this.rows.get(parent);
    if (!rows) {
      rows = new Map();
      this.rows.set(parent, rows);
    }
    let row = rows.get(index);
    if (!row) {
      row = this.makeRow(this.items[index] as T, index, parent);
      rows.set(index, row);
    }
    return row;
  }

  /** The next pages; one load at a time, however often "Load more" is clicked. */
  loadMore(): Promise<void> {
    return this.whileLoading(() => this.reader.pull({ pages: pagesPerLoad }));
  }

  /** Runs a load as the one "Load more" shows as under way; its failure becomes the error row. */
  protected whileLoading(load: () => Promise<void>): Promise<void> {
    if (this.loadingMore) return this.loadingMore;
    this.error = undefined;
    const loading = this.guarded(load()).finally(() => {
      this.loadingMore = undefined;
      this.context.changed(this);
    });
    this.loadingMore = loading;
    this.context.changed(this.loadMoreRow);
    return loading;
  }

  /**
   * Loads again as many rows as are shown (automatic refresh of live meetings). A failure keeps
   * the rows that were there and is only logged: a background refresh must not replace the list
   * with an error row every few seconds.
   */
  async reloadInPlace(): Promise<void> {
    if (!this.reader.isStarted || this.loadingMore) return;
    try {
      await this.reader.reload();
      this.error = undefined;
      this.context.changed(this);
    } catch (error) {
      this.context.log.warn(
        `Refresh of ${this.id} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  protected override reset(): void {
    this.reader.close();
    this.reader = new PageReader(this.source);
    this.rows.clear();
    this.error = undefined;
    this.first = undefined;
  }

  /** A load whose failure is kept for the error row, unless the list was refreshed meanwhile. */
  protected guarded(load: Promise<void>): Promise<void> {
    const reader = this.reader;
    return load.catch((error: unknown) => {
      if (this.reader === reader && !reader.isClosed) this.error = error;
    });
  }
}
