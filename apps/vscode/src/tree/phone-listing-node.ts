import {
  formatMoney,
  type PhoneParticipant,
  type PhoneStatus,
  type PhoneSummary,
  type ProviderV1,
  phoneParticipantPages,
} from '@callroll/core';
import { MatchIndex } from '../filter/match-index.js';
import type { PhoneFilter } from '../filter/phone-filter.js';
import { progressText } from '../format/format-summary.js';
import { phoneStatusOrder } from '../format/status-style.js';
import { type StatusIndex, statusIndex } from '../summary/status-index.js';
import { ErrorNode } from './error-node.js';
import { ListingNode, pagesPerLoad } from './listing-node.js';
import { MessageNode } from './message-node.js';
import type { NodeView } from './node-view.js';
import type { PhoneListOwner } from './phone-list-owner.js';
import { PhoneParticipantNode, type PhoneRowOwner } from './phone-participant-node.js';
import { rowFormat } from './row-format.js';
import { type GroupedRows, StatusGroupNode } from './status-group-node.js';
import type { TreeContext } from './tree-context.js';
import type { TreeNode } from './tree-node.js';

/** More rows than fit a side bar's height: from here on a list is grouped by status. */
export const screenful = 50;
/** Lists longer than this are not read whole to be grouped (too many requests for a glance). */
export const maxRowsToGroup = 20_000;
/** Pages a filter reads at most per load before it shows what it found. */
const filterPagesPerLoad = 50;
/** Pages the automatic refresh of a live meeting reads again at most (the account's budget). */
const maxLiveRefreshPages = 10;

/**
 * "Phone participants (n)": expanded by default, so opening a meeting shows its first lines. A
 * list longer than a screenful is read whole and shown as one group per status; with a filter it
 * shows only the lines that match, reading on through the listing until enough do.
 */
export class PhoneListingNode extends ListingNode<PhoneParticipant> implements GroupedRows, PhoneRowOwner {
  readonly id: string;
  private filterValue: PhoneFilter | undefined;
  private shownMatches: number;
  private readonly matchIndex = new MatchIndex();
  private grouped: (StatusIndex & { generation: number }) | undefined;
  private readingAll: Promise<void> | undefined;
  private readonly groups = new Map<PhoneStatus, StatusGroupNode>();
  private readonly progressListeners = new Set<() => void>();
  private readonly pageSize: number;

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
    this.shownMatches = pageSize;
    this.id = `${meeting.id}/phones`;
  }

  /** How many lines the provider says the meeting has, filter or not. */
  get providerTotal(): number | undefined {
    return this.reader.total;
  }

  get filter(): PhoneFilter | undefined {
    return this.filterValue;
  }

  // With a filter, "Load more" counts the matching rows shown, and their number once all are read.
  override get loadedCount(): number {
    const filter = this.filterValue;
    return filter ? Math.min(this.shownMatches, this.matches(filter).length) : this.items.length;
  }
  override get totalCount(): number | undefined {
    const filter = this.filterValue;
    if (!filter) return this.reader.total;
    return this.complete ? this.matches(filter).length : undefined;
  }

  /** Shows only the lines that match (undefined: every line again). */
  setFilter(filter: PhoneFilter | undefined): void {
    this.filterValue = filter;
    this.shownMatches = this.pageSize;
    this.context.changed(this);
  }

  view(): NodeView {
    const { t } = this.context;
    return {
      label: t('Phone participants ({0})', this.countText()),
      description: this.describe(),
      icon: { id: 'call-incoming' },
      contextValue: this.filterValue ? 'phones filtered' : 'phones',
      collapsible: 'expanded',
    };
  }

  private describe(): string | undefined {
    const { t } = this.context;
    const filter = this.filterValue;
    if (filter) {
      const found = this.matches(filter).length.toLocaleString(this.context.locale);
      return t('filter “{0}”: {1}', filter.text, this.complete ? found : `${found}+`);
    }
    if (this.readingAll)
      return t('reading {0}', progressText(this.items.length, this.reader.total, rowFormat(this.context)));
    const state = this.meeting.summaryState();
    const cost =
      state.kind === 'ready' ? state.summary.cost.map((money) => formatMoney(money)).join(' + ') : '';
    return cost === '' ? undefined : t('total {0}', cost);
  }

  override async children(): Promise<TreeNode[]> {
    const labelDrawnBeforeLoad = !this.reader.isStarted;
    await this.ensureLoaded();
    if (labelDrawnBeforeLoad) setTimeout(() => this.context.changed(this), 0);
    const nodes = await this.modeChildren();
    const started = this.meeting.takeExpansionStart();
    if (started !== undefined) {
      const total = this.reader.total === undefined ? '' : ` of ${this.reader.total}`;
      this.context.log.info(
        `metric first-rows: ${this.items.length}${total} phone participants of meeting ${this.meetingId} ready ${(this.context.clock() - started).toFixed(1)} ms after expanding it`,
      );
    }
    return nodes;
  }

  private async modeChildren(): Promise<TreeNode[]> {
    if (!this.reader.isStarted) return this.flatChildren();
    if (this.filterValue) return this.filteredChildren(this.filterValue);
    if (this.groupsByStatus()) return this.groupedChildren();
    return this.flatChildren();
  }

  /** Whether this list shows as status groups: the setting is on and it is longer than a screen. */
  groupsByStatus(): boolean {
    if (!this.context.options().groupByStatus) return false;
    const size = this.reader.total ?? this.items.length + (this.reader.hasMore ? 1 : 0);
    return size > screenful && size <= maxRowsToGroup;
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
      void this.readAll().catch(() => undefined);
      const read = progressText(this.items.length, this.reader.total, rowFormat(this.context));
      return [
        new MessageNode(this, this.context, t('Reading every phone participant to group them… {0}', read), {
          key: 'grouping',
          icon: { id: 'loading~spin' },
        }),
      ];
    }
    const statuses = phoneStatusOrder.filter((status) => grouped.summary.byStatus[status] > 0);
    if (statuses.length === 0)
      return [new MessageNode(this, this.context, this.emptyMessage(), { key: 'empty' })];
    // The same group objects across redraws: "Load more" of a group acts on the one shown.
    return statuses.map((status) => {
      let group = this.groups.get(status);
      if (!group) {
        group = new StatusGroupNode(this, this.context, status, this.pageSize);
        this.groups.set(status, group);
      }
      group.only = statuses.length === 1;
      return group;
    });
  }

  private async filteredChildren(filter: PhoneFilter): Promise<TreeNode[]> {
    await this.findMatches(filter);
    if (this.filterValue !== filter) return this.modeChildren();
    const found = this.matches(filter);
    const rows = found.slice(0, this.shownMatches).map((index) => this.rowOf(index, this));
    if (this.error !== undefined || this.reader.hasMore || found.length > this.shownMatches) {
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
    const enough = () => this.matches(filter).length > this.shownMatches;
    if (enough() || !this.reader.hasMore || this.error !== undefined) return Promise.resolve();
    return this.guarded(this.reader.pull({ pages: filterPagesPerLoad, enough }));
  }

  /** The listing's indexes of the rows that match. */
  private matches(filter: PhoneFilter): readonly number[] {
    return this.matchIndex.matches(filter, this.items, this.reader.generation);
  }

  /** The summary of every line and the rows of each status, once the list holds every row. */
  private groupedRows(): StatusIndex | undefined {
    if (!this.complete) return undefined;
    if (this.grouped?.generation !== this.reader.generation)
      this.grouped = { ...statusIndex(this.items), generation: this.reader.generation };
    return this.grouped;
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
    if (onProgress) this.progressListeners.add(onProgress);
    if (!this.readingAll) {
      const reader = this.reader;
      this.error = undefined;
      this.readingAll = reader
        .pull({
          pages: Number.POSITIVE_INFINITY,
          onPage: () => {
            for (const listener of this.progressListeners) listener();
            // Redraws the progress now and then, not for every page of a long list.
            if (reader.pages % pagesPerLoad === 0) this.context.changed(this);
          },
        })
        .catch((error: unknown) => {
          if (this.reader === reader && !reader.isClosed) this.error = error;
          throw error;
        })
        .finally(() => {
          this.readingAll = undefined;
          this.progressListeners.clear();
          if (this.reader !== reader) return;
          this.context.changed(this);
          if (this.complete) this.meeting.phonesChanged();
        });
    }
    return this.readingAll;
  }

  override loadMore(): Promise<void> {
    const filter = this.filterValue;
    const load = filter
      ? this.whileLoading(() => {
          this.shownMatches += this.pageSize;
          return this.findMatches(filter);
        })
      : super.loadMore();
    return load.then(() => {
      if (this.complete) this.meeting.phonesChanged();
    });
  }

  override async reloadInPlace(): Promise<void> {
    if (this.readingAll) return;
    // A long list read whole waits for the live tracking to come; a manual refresh reads it again.
    if (this.reader.pages > maxLiveRefreshPages) return;
    await super.reloadInPlace();
    if (this.complete) this.meeting.phonesChanged();
  }

  protected makeRow(item: PhoneParticipant, index: number, parent: TreeNode): TreeNode {
    const canCancelCallOut =
      this.provider.capabilities.callOut && typeof this.provider.cancelCallOut === 'function';
    return new PhoneParticipantNode(parent, this.context, item, index, this, {
      canCancelCallOut,
      inStatusGroup: parent !== this,
    });
  }

  protected emptyMessage(): string {
    return this.context.t('No phone participants');
  }

  protected override reset(): void {
    super.reset();
    this.grouped = undefined;
    this.groups.clear();
    this.readingAll = undefined;
    this.progressListeners.clear();
    this.shownMatches = this.pageSize;
  }
}
