import type { Page } from '@callroll/core';
import { PagedListing } from '../listing/paged-listing.js';
import { ErrorNode } from './error-node.js';
import { LoadMoreNode, type LoadsMore } from './load-more-node.js';
import { MessageNode } from './message-node.js';
import type { TreeContext } from './tree-context.js';
import { TreeNode } from './tree-node.js';

/** Pages fetched at once by "Load more" when the provider lists every page's cursor up front. */
export const pagesPerLoad = 5;

/**
 * A list of a meeting's people ("Phone participants (n)", "Participants (n)") loaded page by page:
 * the first page when the meeting opens, the rest through "Load more". Its rows are kept across
 * redraws and only appended to, so that a long list does not flicker as it grows.
 */
export abstract class ListingNode<T> extends TreeNode implements LoadsMore {
  protected listing: PagedListing<T>;
  private error: unknown;
  private first: Promise<void> | undefined;
  private loadingMore: Promise<void> | undefined;
  private rows: TreeNode[] = [];
  private readonly loadMoreRow: LoadMoreNode;

  constructor(
    parent: TreeNode,
    context: TreeContext,
    private readonly fetchPage: (request: {
      cursor: string | undefined;
      signal: AbortSignal;
    }) => Promise<Page<T>>,
  ) {
    super(parent, context);
    this.listing = this.newListing();
    this.loadMoreRow = new LoadMoreNode(this, context);
  }

  protected abstract makeRow(item: T, index: number): TreeNode;
  protected abstract emptyMessage(): string;

  get loading(): boolean {
    return this.loadingMore !== undefined;
  }
  get loadedCount(): number {
    return this.listing.items.length;
  }
  get totalCount(): number | undefined {
    return this.listing.total;
  }
  get items(): readonly T[] {
    return this.listing.items;
  }
  get failed(): boolean {
    return this.error !== undefined;
  }

  /** "(n)" for the label: the provider's total, else what is loaded, with "+" while there is more. */
  protected countText(): string {
    const { locale } = this.context;
    if (this.listing.total !== undefined) return this.listing.total.toLocaleString(locale);
    if (!this.listing.isStarted) return '…';
    return `${this.listing.items.length.toLocaleString(locale)}${this.listing.hasMore ? '+' : ''}`;
  }

  /** Loads the first page once; a failure is kept and shown as a row, never thrown. */
  ensureLoaded(): Promise<void> {
    this.first ??= this.listing.loadFirst().catch((error: unknown) => {
      this.error = error;
    });
    return this.first;
  }

  override async children(): Promise<TreeNode[]> {
    const labelDrawnBeforeLoad = this.first === undefined;
    await this.ensureLoaded();
    // The label's count was drawn before the first page arrived (after a refresh): redraw it.
    if (labelDrawnBeforeLoad) setTimeout(() => this.context.changed(this), 0);
    const items = this.listing.items;
    for (let index = this.rows.length; index < items.length; index++) {
      this.rows.push(this.makeRow(items[index] as T, index));
    }
    const nodes: TreeNode[] = [...this.rows];
    if (this.error !== undefined) {
      const started = this.listing.isStarted;
      nodes.push(
        new ErrorNode(this, this.context, this.error, {
          retry: () => (started ? void this.loadMore() : this.refresh()),
        }),
      );
    } else if (this.listing.hasMore) {
      nodes.push(this.loadMoreRow);
    } else if (items.length === 0) {
      nodes.push(new MessageNode(this, this.context, this.emptyMessage(), { key: 'empty' }));
    }
    return nodes;
  }

  /** The next pages; one at a time, however often "Load more" is clicked. */
  loadMore(): Promise<void> {
    if (this.loadingMore) return this.loadingMore;
    this.error = undefined;
    const loading = this.listing
      .loadMore({ pages: pagesPerLoad })
      .catch((error: unknown) => {
        this.error = error;
      })
      .finally(() => {
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
    if (!this.listing.isStarted || this.loadingMore) return;
    try {
      await this.listing.reload();
      this.rows = [];
      this.error = undefined;
      this.context.changed(this);
    } catch (error) {
      this.context.log.warn(
        `Refresh of ${this.id} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  protected override reset(): void {
    this.listing.cancel();
    this.listing = this.newListing();
    this.rows = [];
    this.error = undefined;
    this.first = undefined;
  }

  private newListing(): PagedListing<T> {
    return new PagedListing<T>((cursor, signal) => this.fetchPage({ cursor, signal }));
  }
}
