import type { PhoneParticipant } from '@callroll/core';
import {
  phoneParticipantDescription,
  phoneParticipantLabel,
  phoneParticipantTooltip,
  type RowFormat,
} from '../format/format-phone-participant.js';
import { phoneStatusIcon } from '../format/status-style.js';
import type { NodeView } from './node-view.js';
import type { TreeContext } from './tree-context.js';
import { TreeNode } from './tree-node.js';

/** One phone line: the number (masked by default), its status icon, duration and cost. */
export class PhoneParticipantNode extends TreeNode {
  readonly id: string;

  constructor(
    parent: TreeNode,
    context: TreeContext,
    readonly participant: PhoneParticipant,
    index: number,
    private readonly canCancelCallOut: boolean,
  ) {
    super(parent, context);
    this.id = `${parent.id}/${index}`;
  }

  view(): NodeView {
    const format: RowFormat = {
      mask: this.context.options().mask,
      locale: this.context.locale,
      t: this.context.t,
    };
    const words = ['phone'];
    if (this.participant.participantId) words.push('hasParticipantId');
    if (this.canCancelCallOut && this.participant.status === 'calling') words.push('cancellable');
    return {
      label: phoneParticipantLabel(this.participant, format),
      description: phoneParticipantDescription(this.participant, format),
      tooltip: { markdown: phoneParticipantTooltip(this.participant, format) },
      icon: phoneStatusIcon(this.participant.status),
      contextValue: words.join(' '),
      collapsible: 'none',
    };
  }
}
