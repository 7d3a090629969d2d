import {
  type LiveRoundEvent,
  type PhoneChangeEvent,
  type PhoneParticipant,
  type PhoneStatus,
  type PhoneSummary,
  type ProviderV1,
  phoneParticipantPages,
} from '@callroll/core';
import { FilterRows } from '../filter/filter-rows.js';
import type { PhoneFilter } from '../filter/phone-filter.js';
import { progressText } from '../format/format-summary.js';
import { phoneListDescription } from '../format/phone-list-description.js';
import { WholeRead } from '../listing/whole-read.js';
import { LiveRows } from '../live/live-rows.js';
import type { StatusIndex } from '../summary/status-index.js';
import { ErrorNode } from './error-node.js';
import { logFirstRows } from './first-rows-metric.js';
import { ListingNode, pagesPerLoad } from './listing-node.js';
import { MessageNode } from './message-node.js';
import type { NodeView } from './node-view.js';
import type { PhoneListOwner } from './phone-list-owner.js';
import { PhoneParticipantNode, type PhoneRowOwner } from './phone-participant-node.js';
import { rowFormat } from './row-format.js';
import type { GroupedRows } from './status-group-node.js';
import { StatusGroups, sizeToGroup } from './status-groups.js';
import type { TreeContext } from './tree-context.js';
import type { TreeNode } from './tree-node.js';

/** Pages a filter reads at most per load before it shows what it found. */
const filterPagesPerLoad = 50;

/**
 * "Phone participants (n)": expanded by default, so opening a meeting shows its first lines. A
 * list longer than a screenful is read whole and shown as one group per status; with a filter it
 * shows only the lines that match, reading on through the listing until enough do. While its
 * meeting is live and open, the core's tracker feeds it every line each round (see `applyLive`).
 */
export class PhoneListingNode extends ListingNode<PhoneParticipant> implements GroupedRows, PhoneRowOwner {
  readonly id: string;
  private readonly filtering: FilterRows;
  private readonly statusGroups: StatusGroups;
  private readonly wholeRead = new WholeRead();
  private readonly pageSize: number;
  readonly live = new LiveRows();

  constructor(
    readonly meeting: PhoneListOwner,
    context: TreeContext,
    readonly provider: ProviderV1,
    readonly meetingId: string,
  ) {
    const pageSize = Math.min(context.options().pageSize, provider.capabilities.maxPageSize);
    super(meeting, context, ({ signal, onPage }) =>
      phoneParticipantPages(provider, meetingId, { pageSize, signal, onPage, concurrency: pagesPerLoad }),
    );
    this.pageSize = pageSize;
    this.filtering = new FilterRows(pageSize);
    this.statusGroups = new StatusGroups(this, context, pageSize);
    this.id = `${meeting.id}/phones`;
  }

  /** How many lines the provider says the meeting has, filter or not. */
  get providerTotal(): number | undefined {
    return this.reader.total;
  }

  get filter(): PhoneFilter | undefined {
    return this.filtering.value;
  }

  // With a filter, "Load more" counts the matching rows shown, and their number once all are read;
  // with live rounds, the rows shown of every line read.
  override get loadedCount(): number {
    const filter = this.filtering.value;
    if (filter) return Math.min(this.filtering.shown, this.matches(filter).length);
    const shown = this.live.shown;
    return shown === undefined ? this.items.length : Math.min(shown, this.items.length);
  }
  override get totalCount(): number | undefined {
    const filter = this.filtering.value;
    if (!filter) return this.reader.total;
    return this.complete ? this.matches(filter).length : undefined;
  }

  /** Shows only the lines that match (undefined: every line again). */
  setFilter(filter: PhoneFilter | undefined): void {
    this.filtering.set(filter);
    this.context.changed(this);
  }

  view(): NodeView {
    const { t } = this.context;
    return {
      label: t('Phone participants ({0})', this.countText()),
      description: phoneListDescription(this.context, {
        filter: this.filtering.value,
        found: this.matches().length,
        complete: this.complete,
        reading: this.wholeRead.active ? { read: this.items.length, total: this.reader.total } : undefined,
        summary: this.meeting.summaryState(),
      }),
      icon: { id: 'call-incoming' },
      contextValue: this.filtering.value ? 'phones filtered' : 'phones',
      collapsible: 'expanded',
    };
  }

  /** The tracker that fed this list stopped: a list still waiting for every row reads them itself. */
  liveEnded(owner: object): void {
    if (this.live.end(owner) && !this.complete) this.context.changed(this);
  }

  /**
   * A live round: every line of the meeting, changed ones first and marked; the rows shown, the
   * filter and the groups (with their expansion) stay as they were.
   */
  async applyLive(round: LiveRoundEvent, changes: readonly PhoneChangeEvent[]): Promise<void> {
    const loaded = Math.max(this.items.length, this.pageSize);
    // In turn with a page read still under way: the round's rows come after it.
    await this.reader.replace(this.live.take(round, changes, loaded), round.lines.length);
    this.error = undefined;
    this.context.changed(this);
    this.meeting.phonesChanged();
  }

  override async children(): Promise<TreeNode[]> {
    const labelDrawnBeforeLoad = !this.reader.isStarted;
    await this.ensureLoaded();
    if (labelDrawnBeforeLoad) setTimeout(() => this.context.changed(this), 0);
    const nodes = await this.modeChildren();
    logFirstRows(this.context, this.meeting.takeExpansionStart(), {
      rows: this.items.length,
      total: this.reader.total,
      meetingId: this.meetingId,
    });
    return nodes;
  }

  private async modeChildren(): Promise<TreeNode[]> {
    if (!this.reader.isStarted) return this.flatChildren();
    if (this.filtering.value) return this.filteredChildren(this.filtering.value);
    if (this.groupsByStatus()) return this.groupedChildren();
    return this.flatChildren();
  }

  /** Whether this list shows as status groups: the setting is on and it is longer than a screen. */
  groupsByStatus(): boolean {
    if (!this.context.options().groupByStatus) return false;
    return sizeToGroup(this.reader.total ?? this.items.length + (this.reader.hasMore ? 1 : 0));
  }

  // Live rounds hold every line: the list shows as many as were loaded, and "Load more" shows more.
  protected override flatChildren(): TreeNode[] {
    const shown = this.live.shown;
    if (shown === undefined || this.items.length === 0) return super.flatChildren();
    const rows = this.items.slice(0, shown).map((_, index) => this.rowAt(index, this));
    return this.items.length > shown ? [...rows, this.loadMoreRow] : rows;
  }

  private groupedChildren(): TreeNode[] {
    const { t } = this.context;
    const grouped = this.groupedRows();
    if (!grouped) {
      if (this.error !== undefined)
        return [
          new ErrorNode(this, this.context, this.error, {
            retry: () => void this.readAll().catch(() => undefined),
          }),
        ];
      if (!this.live.tracking) void this.readAll().catch(() => undefined);
      const read = progressText(this.items.length, this.reader.total, rowFormat(this.context));
      return [
        new MessageNode(this, this.context, t('Reading every phone participant to group them… {0}', read), {
          key: 'grouping',
          icon: { id: 'loading~spin' },
        }),
      ];
    }
    const groups = this.statusGroups.nodes(grouped);
    return groups.length > 0
      ? groups
      : [new MessageNode(this, this.context, this.emptyMessage(), { key: 'empty' })];
  }

  private async filteredChildren(filter: PhoneFilter): Promise<TreeNode[]> {
    await this.findMatches(filter);
    if (this.filtering.value !== filter) return this.modeChildren();
    const found = this.matches(filter);
    const rows = found.slice(0, this.filtering.shown).map((index) => this.rowOf(index, this));
    if (this.error !== undefined || this.reader.hasMore || found.length > this.filtering.shown) {
      const trailer = this.trailer(false);
      return trailer ? [...rows, trailer] : [...rows, this.loadMoreRow];
    }
    if (found.length > 0) return rows;
    return [
      new MessageNode(this, this.context, this.context.t('No phone participants match “{0}”', filter.text), {
        key: 'no-match',
      }),
    ];
  }

  /** Reads on through the listing until the filter has a page of matches more, or the end. */
  private findMatches(filter: PhoneFilter): Promise<void> {
    const enough = () => this.matches(filter).length > this.filtering.shown;
    if (enough() || !this.reader.hasMore || this.error !== undefined) return Promise.resolve();
    return this.guarded(this.reader.pull({ pages: filterPagesPerLoad, enough }));
  }

  /** The listing's indexes of the rows that match. */
  private matches(_filter?: PhoneFilter): readonly number[] {
    return this.filtering.matches(this.items, this.reader.generation);
  }

  /** The summary of every line and the rows of each status, once the list holds every row. */
  private groupedRows(): StatusIndex | undefined {
    return this.complete ? this.statusGroups.of(this.items, this.reader.generation) : undefined;
  }

  /** The summary of the whole meeting, from this list's rows, once it holds every one. */
  ownSummary(): PhoneSummary | undefined {
    return this.groupedRows()?.summary;
  }

  indexesOf(status: PhoneStatus): readonly number[] {
    return this.groupedRows()?.indexes.get(status) ?? [];
  }

  rowOf(index: number, parent: TreeNode): TreeNode {
    return this.rowAt(index, parent);
  }

  /** Reads every row (for the groups, or a whole-meeting summary on demand); one read at a time. */
  readAll(onProgress?: () => void): Promise<void> {
    const reader = this.reader;
    if (!this.wholeRead.active) this.error = undefined;
    const hooks = {
      // Redraws the progress now and then, not for every page of a long list.
      page: () => reader.pages % pagesPerLoad === 0 && this.context.changed(this),
      failed: (error: unknown) => {
        if (this.reader === reader && !reader.isClosed) this.error = error;
      },
      done: () => {
        if (this.reader !== reader) return;
        this.context.changed(this);
        if (this.complete) this.meeting.phonesChanged();
      },
    };
    return this.wholeRead.run(reader, hooks, onProgress);
  }

  override loadMore(): Promise<void> {
    const filter = this.filtering.value;
    if (!filter && this.live.shown !== undefined) {
      this.live.shown += this.pageSize * pagesPerLoad;
      this.context.changed(this);
      return Promise.resolve();
    }
    const load = filter
      ? this.whileLoading(() => {
          this.filtering.more();
          return this.findMatches(filter);
        })
      : super.loadMore();
    return load.then(() => {
      if (this.complete) this.meeting.phonesChanged();
    });
  }

  override async reloadInPlace(): Promise<void> {
    if (this.wholeRead.active) return;
    await super.reloadInPlace();
    if (this.complete) this.meeting.phonesChanged();
  }

  protected makeRow(item: PhoneParticipant, index: number, parent: TreeNode): TreeNode {
    const canCancelCallOut =
      this.provider.capabilities.callOut && typeof this.provider.cancelCallOut === 'function';
    return new PhoneParticipantNode(parent, this.context, item, index, this, {
      canCancelCallOut,
      inStatusGroup: parent !== this,
      mark: this.live.markOf(item),
    });
  }

  protected emptyMessage(): string {
    return this.context.t('No phone participants');
  }

  protected override reset(): void {
    super.reset();
    this.statusGroups.clear();
    this.live.reset();
    this.wholeRead.clear();
    this.filtering.set(this.filtering.value);
  }
}
