import type { Account } from '../accounts/account.js';
import { fieldTitles } from '../format/field-text.js';
import { escapeMarkdown } from '../format/markdown.js';
import { ErrorNode } from './error-node.js';
import { MeetingGroupNode } from './meeting-group-node.js';
import type { MeetingNode } from './meeting-node.js';
import type { NodeView } from './node-view.js';
import { PinnedGroupNode } from './pinned-group-node.js';
import type { TreeContext } from './tree-context.js';
import { TreeNode } from './tree-node.js';

/**
 * An account: its meeting groups, as far as its provider supports them. Making the provider (which
 * reads the secrets) happens here, so a missing secret shows as one row with "Edit account".
 */
export class AccountNode extends TreeNode {
  readonly id: string;
  private groups: Promise<TreeNode[]> | undefined;
  private pinned: PinnedGroupNode | undefined;
  private listed: MeetingGroupNode[] = [];

  constructor(
    parent: TreeNode,
    context: TreeContext,
    readonly account: Account,
  ) {
    super(parent, context);
    this.id = `account:${account.id}`;
  }

  view(): NodeView {
    const { t } = this.context;
    const words = ['account', this.account.kind];
    if (this.account.capabilities()?.callOut) words.push('callOut');
    return {
      label: this.account.label,
      description: this.account.providerName(),
      tooltip: {
        markdown: `**${escapeMarkdown(this.account.label)}**\n\n${escapeMarkdown(
          this.account.kind === 'registered'
            ? t('{0}, registered by an extension', this.account.providerName())
            : this.account.providerName(),
        )}`,
      },
      icon: { id: 'account' },
      contextValue: words.join(' '),
      collapsible: 'expanded',
    };
  }

  override children(): Promise<TreeNode[]> {
    this.groups ??= this.load();
    return this.groups;
  }

  /** Meetings loaded anywhere under this account (for the automatic refresh of live ones). */
  meetingNodes(): MeetingNode[] {
    return [...this.listed.flatMap((group) => group.meetingNodes()), ...(this.pinned?.meetingNodes() ?? [])];
  }

  /**
   * The label or the pins changed (the provider did not): redraw without reloading. One redraw of
   * the account redraws its open groups too; a second one for the pinned group would race it.
   */
  accountChanged(): void {
    this.pinned?.forgetLoaded();
    this.context.changed(this);
  }

  protected override reset(): void {
    this.groups = undefined;
    this.pinned = undefined;
    this.listed = [];
  }

  private async load(): Promise<TreeNode[]> {
    let capabilities: Awaited<ReturnType<Account['provider']>>['capabilities'];
    try {
      capabilities = (await this.account.provider()).capabilities;
    } catch (error) {
      const schema = this.context.accounts.registry.factory(this.account.providerId)?.factory.settingsSchema;
      return [
        new ErrorNode(this, this.context, error, {
          retry: () => this.refresh(),
          duringSetup: true,
          fieldTitle: fieldTitles(this.account.providerId, schema, this.context.t),
        }),
      ];
    }
    this.listed = capabilities.listMeetings
      ? [
          new MeetingGroupNode(this, this.context, this.account, 'live'),
          new MeetingGroupNode(this, this.context, this.account, 'ended'),
        ]
      : [];
    this.pinned = new PinnedGroupNode(this, this.context, this.account);
    return [...this.listed, this.pinned];
  }
}

/** The account a row belongs to, found through its parents. */
export function accountNodeOf(node: TreeNode | undefined): AccountNode | undefined {
  for (let current = node; current; current = current.parent) {
    if (current instanceof AccountNode) return current;
  }
  return undefined;
}
