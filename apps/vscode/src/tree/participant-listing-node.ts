import type { Participant, ProviderV1 } from '@callroll/core';
import { ListingNode } from './listing-node.js';
import type { NodeView } from './node-view.js';
import { ParticipantNode } from './participant-node.js';
import type { TreeContext } from './tree-context.js';
import type { TreeNode } from './tree-node.js';

/** "Participants (n)": the people in the meeting through an app, collapsed by default. */
export class ParticipantListingNode extends ListingNode<Participant> {
  readonly id: string;

  constructor(meeting: TreeNode, context: TreeContext, provider: ProviderV1, meetingId: string) {
    const list = provider.listParticipants?.bind(provider);
    const pageSize = Math.min(context.options().pageSize, provider.capabilities.maxPageSize);
    super(meeting, context, ({ cursor, signal }) => {
      if (!list) return Promise.resolve({ items: [] });
      return list(meetingId, { cursor, pageSize, signal });
    });
    this.id = `${meeting.id}/participants`;
  }

  view(): NodeView {
    return {
      label: this.context.t('Participants ({0})', this.countText()),
      icon: { id: 'organization' },
      contextValue: 'participants',
      collapsible: 'collapsed',
    };
  }

  protected makeRow(item: Participant, index: number): TreeNode {
    return new ParticipantNode(this, this.context, item, index);
  }

  protected emptyMessage(): string {
    return this.context.t('No participants');
  }
}
