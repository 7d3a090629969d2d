import type { LiveRoundEvent, Meeting } from '@callroll/core';
import type { Account } from '../accounts/account.js';
import { meetingDescription, meetingLabel, meetingTooltip } from '../format/format-meeting.js';
import { meetingStatusIcon } from '../format/status-style.js';
import type { SummaryState } from '../summary/summary-state.js';
import { ErrorNode } from './error-node.js';
import type { NodeView } from './node-view.js';
import { ParticipantListingNode } from './participant-listing-node.js';
import type { PhoneListOwner } from './phone-list-owner.js';
import { PhoneListingNode } from './phone-listing-node.js';
import { rowFormat } from './row-format.js';
import { requestSummaries } from './summary-requests.js';
import type { TreeContext } from './tree-context.js';
import { TreeNode } from './tree-node.js';

/**
 * A meeting: its row tells its calls at a glance once they are summed. Opening it fetches the
 * first page of its phone participants (shown at once, the list being expanded by default) while
 * its app participants load beside it without holding it up.
 */
export class MeetingNode extends TreeNode implements PhoneListOwner {
  readonly id: string;
  private loaded: Promise<TreeNode[]> | undefined;
  private phones: PhoneListingNode | undefined;
  private participants: ParticipantListingNode | undefined;
  private expansionStart: number | undefined;
  private summary: SummaryState = { kind: 'none' };
  private current: Meeting;
  /** When live tracking last read the meeting. */
  private updatedAt: Date | undefined;

  constructor(
    parent: TreeNode,
    context: TreeContext,
    readonly account: Account,
    meeting: Meeting,
    /** The id or code the meeting was pinned as, when it sits in "Pinned meetings". */
    readonly pinRef?: string,
  ) {
    super(parent, context);
    this.current = meeting;
    this.id = `${parent.id}/${meeting.id}`;
  }

  /** The meeting as last read (live tracking reads it again now and then). */
  get meeting(): Meeting {
    return this.current;
  }

  get phoneListing(): PhoneListingNode | undefined {
    return this.phones;
  }

  get participantListing(): ParticipantListingNode | undefined {
    return this.participants;
  }

  get isLive(): boolean {
    return this.meeting.status === 'live';
  }

  /** The phone list's own summary once it holds every row; else the one read for the row. */
  summaryState(): SummaryState {
    const own = this.phones?.ownSummary();
    return own ? { kind: 'ready', summary: own } : this.summary;
  }

  /** The summary read for the row (the batched read of a list, or "Count calls"). */
  setSummary(state: SummaryState, redraw = true): void {
    this.summary = state;
    if (redraw) this.context.changed(this);
  }

  phonesChanged(): void {
    this.context.changed(this);
  }

  /** A live round: the meeting as read, and the time of the round for the row. */
  liveUpdated(round: LiveRoundEvent): void {
    this.current = round.meeting;
    this.updatedAt = round.at;
    this.context.changed(this);
  }

  view(): NodeView {
    const format = rowFormat(this.context);
    const summary = this.summaryState();
    const words = ['meeting'];
    const capabilities = this.account.capabilities();
    if (capabilities?.callOut && (this.meeting.status === 'live' || this.meeting.status === 'scheduled')) {
      words.push('callOut');
    }
    words.push(this.pinRef === undefined ? 'pinnable' : 'pinned');
    if (this.isLive) words.push('live');
    if (summary.kind === 'none' || summary.kind === 'failed') words.push('countable');
    return {
      label: meetingLabel(this.meeting),
      description: meetingDescription(this.meeting, format, summary, this.updatedAt),
      tooltip: { markdown: meetingTooltip(this.meeting, format, summary) },
      icon: meetingStatusIcon(this.meeting.status),
      contextValue: words.join(' '),
      collapsible: 'collapsed',
    };
  }

  override children(): Promise<TreeNode[]> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  takeExpansionStart(): number | undefined {
    const started = this.expansionStart;
    this.expansionStart = undefined;
    return started;
  }

  /** Read afresh; a provider that sums meetings as they show sums this one again. */
  override refresh(): void {
    super.refresh();
    void this.account
      .provider()
      .then((provider) => requestSummaries(provider, [this], this.context.log))
      .catch(() => undefined);
  }

  protected override reset(): void {
    this.loaded = undefined;
    this.phones = undefined;
    this.participants = undefined;
    // What was summed before the refresh is not what the meeting holds now.
    this.summary = { kind: 'none' };
  }

  private async load(): Promise<TreeNode[]> {
    this.expansionStart = this.context.clock();
    let provider: Awaited<ReturnType<Account['provider']>>;
    try {
      provider = await this.account.provider();
    } catch (error) {
      this.expansionStart = undefined;
      return [new ErrorNode(this, this.context, error, { retry: () => this.refresh(), duringSetup: true })];
    }
    const phones = new PhoneListingNode(this, this.context, provider, this.meeting.id);
    this.phones = phones;
    // Before the list draws: a live meeting's tracker reads every line, so the list need not.
    this.context.opened?.(this);
    const nodes: TreeNode[] = [phones];
    if (provider.capabilities.listParticipants && provider.listParticipants) {
      const participants = new ParticipantListingNode(this, this.context, provider, this.meeting.id);
      this.participants = participants;
      nodes.push(participants);
      // Its count arrives when it arrives: the phone rows do not wait for it.
      void participants.ensureLoaded().then(() => {
        if (this.participants === participants) this.context.changed(participants);
      });
    }
    await phones.ensureLoaded();
    return nodes;
  }
}
