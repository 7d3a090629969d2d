import type { Participant } from '@callroll/core';
import { participantDescription, participantTooltip } from '../format/format-participant.js';
import type { NodeView } from './node-view.js';
import { rowFormat } from './row-format.js';
import type { TreeContext } from './tree-context.js';
import { TreeNode } from './tree-node.js';

/** Someone in the meeting through an app. */
export class ParticipantNode extends TreeNode {
  readonly id: string;

  constructor(
    parent: TreeNode,
    context: TreeContext,
    readonly participant: Participant,
    index: number,
  ) {
    super(parent, context);
    this.id = `${parent.id}/${index}`;
  }

  view(): NodeView {
    const format = rowFormat(this.context);
    return {
      label: this.participant.name,
      description: participantDescription(this.participant, format),
      tooltip: { markdown: participantTooltip(this.participant, format) },
      icon: this.participant.leftAt ? { id: 'person' } : { id: 'person', color: 'charts.green' },
      contextValue: this.participant.participantId ? 'participant hasParticipantId' : 'participant',
      collapsible: 'none',
    };
  }
}
