import type { Meeting, ProviderV1 } from '@callroll/core';
import type { Account } from '../accounts/account.js';
import { PagedListing } from '../listing/paged-listing.js';
import { ErrorNode } from './error-node.js';
import { LoadMoreNode, type LoadsMore } from './load-more-node.js';
import { belongsToGroup, type MeetingGroupKind, meetingGroupRange } from './meeting-group-range.js';
import { MeetingNode } from './meeting-node.js';
import { MessageNode } from './message-node.js';
import type { NodeView } from './node-view.js';
import type { TreeContext } from './tree-context.js';
import { TreeNode } from './tree-node.js';

/** Meetings shown per load: providers page meetings in twenties, and a filter may drop some. */
const meetingsPerLoad = 20;

/** "Live and upcoming" or "Ended in the last N days": meetings of a date range, paged. */
export class MeetingGroupNode extends TreeNode implements LoadsMore {
  readonly id: string;
  private listing: PagedListing<Meeting> | undefined;
  private first: Promise<void> | undefined;
  private error: unknown;
  private loadingMore: Promise<void> | undefined;
  private rows = new Map<string, MeetingNode>();
  private readonly loadMoreRow: LoadMoreNode;

  constructor(
    parent: TreeNode,
    context: TreeContext,
    readonly account: Account,
    readonly kind: MeetingGroupKind,
  ) {
    super(parent, context);
    this.id = `${parent.id}/${kind}`;
    this.loadMoreRow = new LoadMoreNode(this, context);
  }

  get loading(): boolean {
    return this.loadingMore !== undefined;
  }
  get loadedCount(): number {
    return this.listing?.items.length ?? 0;
  }
  get totalCount(): number | undefined {
    return undefined;
  }

  /** The meeting rows loaded so far (for the automatic refresh of live ones). */
  meetingNodes(): MeetingNode[] {
    return [...this.rows.values()];
  }

  view(): NodeView {
    const { t } = this.context;
    const label =
      this.kind === 'live'
        ? t('Live and upcoming')
        : t('Ended in the last {0} days', this.context.options().endedDays);
    return {
      label,
      description: this.listing?.isStarted
        ? `${this.loadedCount.toLocaleString(this.context.locale)}${this.listing.hasMore ? '+' : ''}`
        : undefined,
      icon: this.kind === 'live' ? { id: 'broadcast' } : { id: 'history' },
      contextValue: `group ${this.kind}`,
      collapsible: this.kind === 'live' ? 'expanded' : 'collapsed',
    };
  }

  override async children(): Promise<TreeNode[]> {
    let provider: ProviderV1;
    try {
      provider = await this.account.provider();
    } catch (error) {
      return [new ErrorNode(this, this.context, error, { retry: () => this.refresh(), duringSetup: true })];
    }
    const listing = this.ensureListing(provider);
    const drawnBeforeLoad = this.first === undefined;
    this.first ??= listing
      .loadFirst({ minItems: meetingsPerLoad, maxRequests: 10 })
      .catch((error: unknown) => {
        this.error = error;
      });
    await this.first;
    if (drawnBeforeLoad) setTimeout(() => this.context.changed(this), 0);

    const nodes: TreeNode[] = listing.items.map((meeting) => this.rowFor(meeting));
    if (this.error !== undefined) {
      const started = listing.isStarted;
      nodes.push(
        new ErrorNode(this, this.context, this.error, {
          retry: () => (started ? void this.loadMore() : this.refresh()),
        }),
      );
    } else if (listing.hasMore) {
      nodes.push(this.loadMoreRow);
    } else if (listing.items.length === 0) {
      nodes.push(
        new MessageNode(
          this,
          this.context,
          this.kind === 'live'
            ? this.context.t('No live or upcoming meetings')
            : this.context.t('No ended meetings'),
          { key: 'empty' },
        ),
      );
    }
    return nodes;
  }

  loadMore(): Promise<void> {
    const listing = this.listing;
    if (!listing) return Promise.resolve();
    if (this.loadingMore) return this.loadingMore;
    this.error = undefined;
    const loading = listing
      .loadMore({ minItems: meetingsPerLoad, maxRequests: 10 })
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

  protected override reset(): void {
    this.listing?.cancel();
    this.listing = undefined;
    this.first = undefined;
    this.error = undefined;
    this.rows.clear();
  }

  private ensureListing(provider: ProviderV1): PagedListing<Meeting> {
    if (this.listing) return this.listing;
    const list = provider.listMeetings?.bind(provider);
    const options = this.context.options();
    const range = meetingGroupRange(this.kind, this.context.now(), options);
    const pageSize = Math.min(provider.capabilities.defaultPageSize, provider.capabilities.maxPageSize);
    this.listing = new PagedListing<Meeting>(
      (cursor, signal) => (list ? list(range, { cursor, pageSize, signal }) : Promise.resolve({ items: [] })),
      (meeting) => meeting.id,
      (meeting) => belongsToGroup(this.kind, meeting),
    );
    return this.listing;
  }

  private rowFor(meeting: Meeting): MeetingNode {
    let row = this.rows.get(meeting.id);
    if (!row) {
      row = new MeetingNode(this, this.context, this.account, meeting);
      this.rows.set(meeting.id, row);
    }
    return row;
  }
}
