import { formatMoney, type PhoneParticipant, type ProviderV1, sumMoney } from '@callroll/core';
import { ListingNode } from './listing-node.js';
import type { NodeView } from './node-view.js';
import { PhoneParticipantNode } from './phone-participant-node.js';
import type { TreeContext } from './tree-context.js';
import type { TreeNode } from './tree-node.js';

/** Where the phone list reports the time from opening its meeting to its first rows. */
export interface ExpansionClock {
  readonly id: string;
  /** Set when the meeting started loading on expansion; taken (cleared) by the first rows. */
  takeExpansionStart(): number | undefined;
}

/** "Phone participants (n)": expanded by default, so opening a meeting shows its first numbers. */
export class PhoneListingNode extends ListingNode<PhoneParticipant> {
  readonly id: string;

  constructor(
    readonly meeting: TreeNode & ExpansionClock,
    context: TreeContext,
    readonly provider: ProviderV1,
    readonly meetingId: string,
  ) {
    const pageSize = Math.min(context.options().pageSize, provider.capabilities.maxPageSize);
    super(meeting, context, ({ cursor, signal }) =>
      provider.listPhoneParticipants(meetingId, { cursor, pageSize, signal }),
    );
    this.id = `${meeting.id}/phones`;
  }

  view(): NodeView {
    const { t } = this.context;
    const costs = sumMoney(this.items.map((item) => item.cost));
    const cost = costs.map((money) => formatMoney(money)).join(' + ');
    return {
      label: t('Phone participants ({0})', this.countText()),
      description:
        cost === '' ? undefined : this.listingComplete() ? t('total {0}', cost) : t('{0} so far', cost),
      icon: { id: 'call-incoming' },
      contextValue: 'phones',
      collapsible: 'expanded',
    };
  }

  override async children(): Promise<TreeNode[]> {
    const nodes = await super.children();
    const started = this.meeting.takeExpansionStart();
    if (started !== undefined) {
      const total = this.totalCount === undefined ? '' : ` of ${this.totalCount}`;
      this.context.log.info(
        `metric first-rows: ${this.loadedCount}${total} phone participants of meeting ${this.meetingId} ready ${(this.context.clock() - started).toFixed(1)} ms after expanding it`,
      );
    }
    return nodes;
  }

  protected makeRow(item: PhoneParticipant, index: number): TreeNode {
    const canCancel = this.provider.capabilities.callOut && typeof this.provider.cancelCallOut === 'function';
    return new PhoneParticipantNode(this, this.context, item, index, canCancel);
  }

  protected emptyMessage(): string {
    return this.context.t('No phone participants');
  }

  private listingComplete(): boolean {
    return this.totalCount === undefined
      ? !this.failed && this.items.length > 0
      : this.loadedCount >= this.totalCount;
  }
}
