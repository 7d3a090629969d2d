import { type Participant, type ProviderV1, participantPages } from '@callroll/core';
import { ListingNode, pagesPerLoad } from './listing-node.js';
import type { NodeView } from './node-view.js';
import { ParticipantNode } from './participant-node.js';
import type { TreeContext } from './tree-context.js';
import type { TreeNode } from './tree-node.js';

/** "Participants (n)": the people in the meeting through an app, collapsed by default. */
export class ParticipantListingNode extends ListingNode<Participant> {
  readonly id: string;

  constructor(meeting: TreeNode, context: TreeContext, provider: ProviderV1, meetingId: string) {
    const pageSize = Math.min(context.options().pageSize, provider.capabilities.maxPageSize);
    super(meeting, context, ({ signal, onPage }) =>
      participantPages(provider, meetingId, { pageSize, signal, onPage, concurrency: pagesPerLoad }),
    );
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

  protected makeRow(item: Participant, index: number, parent: TreeNode): TreeNode {
    return new ParticipantNode(parent, this.context, item, index);
  }

  protected emptyMessage(): string {
    return this.context.t('No participants');
  }
}
