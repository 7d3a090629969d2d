import type { PhoneParticipant, ProviderV1 } from '@callroll/core';
import {
  phoneParticipantDescription,
  phoneParticipantLabel,
  phoneParticipantTooltip,
} from '../format/format-phone-participant.js';
import { phoneStatusIcon, phoneStatusLabel } from '../format/status-style.js';
import type { LiveMark } from '../live/live-marks.js';
import type { NodeView } from './node-view.js';
import { rowFormat } from './row-format.js';
import type { TreeContext } from './tree-context.js';
import { TreeNode } from './tree-node.js';

/** The list a phone row came from: its provider and meeting (for cancelling a call), to reload. */
export interface PhoneRowOwner {
  readonly provider: ProviderV1;
  readonly meetingId: string;
  /** The meeting row the list belongs to. */
  readonly meeting: TreeNode;
}

/** One phone line: the number (masked by default), its status icon, duration and cost. */
export class PhoneParticipantNode extends TreeNode {
  readonly id: string;

  constructor(
    parent: TreeNode,
    context: TreeContext,
    readonly participant: PhoneParticipant,
    index: number,
    readonly owner: PhoneRowOwner,
    private readonly options: {
      canCancelCallOut: boolean;
      inStatusGroup: boolean;
      mark?: LiveMark | undefined;
    },
  ) {
    super(parent, context);
    this.id = `${parent.id}/${index}`;
  }

  view(): NodeView {
    const format = rowFormat(this.context);
    const words = ['phone'];
    if (this.participant.participantId) words.push('hasParticipantId');
    if (this.options.canCancelCallOut && this.participant.status === 'calling') words.push('cancellable');
    const { mark } = this.options;
    if (mark) words.push('changed');
    const description = phoneParticipantDescription(this.participant, format, {
      inStatusGroup: this.options.inStatusGroup,
    });
    return {
      label: phoneParticipantLabel(this.participant, format),
      // What changed first, since a narrow side bar cuts the end.
      description: mark ? [this.markText(mark), description].filter(Boolean).join(' · ') : description,
      tooltip: { markdown: phoneParticipantTooltip(this.participant, format) },
      icon: phoneStatusIcon(this.participant.status),
      contextValue: words.join(' '),
      collapsible: 'none',
    };
  }

  private markText(mark: LiveMark): string {
    const { t } = this.context;
    return mark.kind === 'added' ? t('● new') : t('● was {0}', phoneStatusLabel(mark.from, undefined, t));
  }
}
