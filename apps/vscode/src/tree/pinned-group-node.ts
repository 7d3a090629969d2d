import { type Meeting, type MeetingLookup, type ProviderV1, readMeetings } from '@callroll/core';
import type { Account } from '../accounts/account.js';
import { ErrorNode } from './error-node.js';
import { MeetingNode } from './meeting-node.js';
import { MessageNode } from './message-node.js';
import type { NodeView } from './node-view.js';
import { requestSummaries } from './summary-requests.js';
import type { TreeContext } from './tree-context.js';
import { TreeNode } from './tree-node.js';

/**
 * "Pinned meetings": meetings the person added by id or code (the only group for providers that
 * cannot list meetings). They are read together through the core's `readMeetings` (in shared
 * calls where the provider reads many at once); one that fails shows its own error row.
 */
export class PinnedGroupNode extends TreeNode {
  readonly id: string;
  private loaded: Promise<TreeNode[]> | undefined;
  private readonly meetings = new Map<string, MeetingNode>();
  private controller = new AbortController();

  constructor(
    parent: TreeNode,
    context: TreeContext,
    readonly account: Account,
  ) {
    super(parent, context);
    this.id = `${parent.id}/pinned`;
  }

  view(): NodeView {
    const count = this.account.pinnedMeetings.length;
    return {
      label: this.context.t('Pinned meetings'),
      description: count > 0 ? count.toLocaleString(this.context.locale) : undefined,
      icon: { id: 'pinned' },
      contextValue: 'group pinnedGroup',
      collapsible: count > 0 ? 'expanded' : 'collapsed',
    };
  }

  /** The meeting rows loaded so far (for the automatic refresh of live ones). */
  meetingNodes(): MeetingNode[] {
    return [...this.meetings.values()];
  }

  override children(): Promise<TreeNode[]> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  /** The pin list changed: the next expansion keeps the meetings already loaded, fetches new ones. */
  forgetLoaded(): void {
    this.loaded = undefined;
  }

  protected override reset(): void {
    this.loaded = undefined;
    this.meetings.clear();
    this.controller.abort();
    this.controller = new AbortController();
  }

  private async load(): Promise<TreeNode[]> {
    const refs = this.account.pinnedMeetings;
    if (refs.length === 0) {
      return [
        new MessageNode(this, this.context, this.context.t('Add a meeting by its id or code…'), {
          key: 'add',
          icon: { id: 'add' },
          command: { command: 'callroll.addPinnedMeeting', title: this.context.t('Add pinned meeting') },
        }),
      ];
    }
    let provider: ProviderV1;
    try {
      provider = await this.account.provider();
    } catch (error) {
      return [new ErrorNode(this, this.context, error, { retry: () => this.refresh(), duringSetup: true })];
    }
    for (const ref of [...this.meetings.keys()]) if (!refs.includes(ref)) this.meetings.delete(ref);
    const missing = refs.filter((ref) => !this.meetings.has(ref));
    let lookups: MeetingLookup[];
    try {
      lookups =
        missing.length === 0 ? [] : await readMeetings(provider, missing, { signal: this.controller.signal });
    } catch (error) {
      return [new ErrorNode(this, this.context, error, { retry: () => this.refresh() })];
    }
    const found = new Map(lookups.map((lookup) => [lookup.ref, lookup]));
    const nodes = refs.map((ref, index) => {
      const known = this.meetings.get(ref);
      if (known) return known;
      const lookup = found.get(ref);
      if (lookup && 'meeting' in lookup) return this.rowFor(ref, lookup.meeting);
      return new ErrorNode(this, this.context, lookup?.error, {
        retry: () => this.refresh(),
        pinRef: ref,
        key: `error-${index}`,
      });
    });
    const rows = nodes.filter((node): node is MeetingNode => node instanceof MeetingNode);
    requestSummaries(provider, rows, this.context.log, this.controller.signal);
    return nodes;
  }

  private rowFor(ref: string, meeting: Meeting): MeetingNode {
    const row = new MeetingNode(this, this.context, this.account, meeting, ref);
    this.meetings.set(ref, row);
    return row;
  }
}
