import { type Meeting, meetingPages, type ProviderV1 } from '@callroll/core';
import type { Account } from '../accounts/account.js';
import { endedMeetingPages } from '../listing/ended-meeting-pages.js';
import { PageReader, type PageSource } from '../listing/page-reader.js';
import { ErrorNode } from './error-node.js';
import { LoadMoreNode, type LoadsMore } from './load-more-node.js';
import { belongsToGroup, type MeetingGroupKind, meetingGroupRange } from './meeting-group-range.js';
import { MeetingNode } from './meeting-node.js';
import { MessageNode } from './message-node.js';
import type { NodeView } from './node-view.js';
import { requestSummaries } from './summary-requests.js';
import type { TreeContext } from './tree-context.js';
import { TreeNode } from './tree-node.js';

/** Meetings shown per load: a screen of rows, and as many summaries read at once. */
const meetingsPerLoad = 20;
/** Pages read at most per load, so that a listing the group's filter mostly drops cannot loop long. */
const pagesPerLoad = 10;

/**
 * "Live and upcoming" or "Ended in the last N days": meetings of a date range, read through the
 * core's engine and shown a screen at a time. Ended meetings come newest first (see
 * `endedMeetingPages`), whatever order the provider lists them in.
 */
export class MeetingGroupNode extends TreeNode implements LoadsMore {
  readonly id: string;
  private reader: PageReader<Meeting> | undefined;
  private first: Promise<void> | undefined;
  private error: unknown;
  private loadingMore: Promise<void> | undefined;
  private shown = meetingsPerLoad;
  private rows = new Map<string, MeetingNode>();
  private controller = new AbortController();
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
    return Math.min(this.shown, this.reader?.items.length ?? 0);
  }
  get totalCount(): number | undefined {
    return this.reader?.hasMore === false ? this.reader.items.length : undefined;
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
    const reader = this.reader;
    return {
      label,
      description: reader?.isStarted
        ? `${reader.items.length.toLocaleString(this.context.locale)}${reader.hasMore ? '+' : ''}`
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
    const reader = this.ensureReader(provider);
    const drawnBeforeLoad = this.first === undefined;
    this.first ??= this.guarded(reader, this.readUpTo(reader, this.shown));
    await this.first;
    if (drawnBeforeLoad) setTimeout(() => this.context.changed(this), 0);

    const rows = reader.items.slice(0, this.shown).map((meeting) => this.rowFor(meeting));
    requestSummaries(provider, rows, this.context.log, this.controller.signal);
    const nodes: TreeNode[] = [...rows];
    if (this.error !== undefined) {
      const started = reader.isStarted;
      nodes.push(
        new ErrorNode(this, this.context, this.error, {
          retry: () => (started ? void this.loadMore() : this.refresh()),
        }),
      );
    } else if (reader.hasMore || reader.items.length > this.shown) {
      nodes.push(this.loadMoreRow);
    } else if (reader.items.length === 0) {
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

  /** A screen more: from the meetings read already, reading on only when they run out. */
  loadMore(): Promise<void> {
    const reader = this.reader;
    if (!reader) return Promise.resolve();
    if (this.loadingMore) return this.loadingMore;
    this.error = undefined;
    this.shown += meetingsPerLoad;
    const loading = this.guarded(reader, this.readUpTo(reader, this.shown)).finally(() => {
      this.loadingMore = undefined;
      this.context.changed(this);
    });
    this.loadingMore = loading;
    this.context.changed(this.loadMoreRow);
    return loading;
  }

  protected override reset(): void {
    this.reader?.close();
    this.controller.abort();
    this.controller = new AbortController();
    this.reader = undefined;
    this.first = undefined;
    this.error = undefined;
    this.shown = meetingsPerLoad;
    this.rows.clear();
  }

  private readUpTo(reader: PageReader<Meeting>, count: number): Promise<void> {
    return reader.pull({ pages: pagesPerLoad, enough: () => reader.items.length >= count });
  }

  private guarded(reader: PageReader<Meeting>, load: Promise<void>): Promise<void> {
    return load.catch((error: unknown) => {
      if (this.reader === reader && !reader.isClosed) this.error = error;
    });
  }

  private ensureReader(provider: ProviderV1): PageReader<Meeting> {
    if (this.reader) return this.reader;
    const options = this.context.options();
    const now = this.context.now();
    const pageSize = Math.min(provider.capabilities.defaultPageSize, provider.capabilities.maxPageSize);
    const source: PageSource<Meeting> =
      this.kind === 'ended'
        ? ({ signal }) => endedMeetingPages(provider, { now, days: options.endedDays, pageSize, signal })
        : ({ signal, onPage }) =>
            meetingPages(provider, meetingGroupRange('live', now, options), { pageSize, signal, onPage });
    this.reader = new PageReader(source, (meeting) => belongsToGroup(this.kind, meeting));
    return this.reader;
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
