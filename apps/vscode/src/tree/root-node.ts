import type { Account } from '../accounts/account.js';
import { AccountNode } from './account-node.js';
import type { MeetingNode } from './meeting-node.js';
import type { NodeView } from './node-view.js';
import type { TreeContext } from './tree-context.js';
import { TreeNode } from './tree-node.js';

/** The invisible top of the tree: one row per account. No accounts shows the welcome view. */
export class RootNode extends TreeNode {
  readonly id = 'root';
  private readonly nodes = new Map<Account, AccountNode>();

  constructor(context: TreeContext) {
    super(undefined, context);
  }

  view(): NodeView {
    return { label: 'Callroll', contextValue: 'root', collapsible: 'expanded' };
  }

  override children(): AccountNode[] {
    const accounts = this.context.accounts.list();
    for (const account of [...this.nodes.keys()]) if (!accounts.includes(account)) this.nodes.delete(account);
    return accounts.map((account) => this.nodeFor(account));
  }

  /** The row of an account, when it is shown. */
  accountNode(account: Account): AccountNode | undefined {
    return this.nodes.get(account);
  }

  meetingNodes(): MeetingNode[] {
    return [...this.nodes.values()].flatMap((node) => node.meetingNodes());
  }

  override refresh(): void {
    this.reset();
    this.context.changed(undefined);
  }

  protected override reset(): void {
    this.nodes.clear();
  }

  private nodeFor(account: Account): AccountNode {
    let node = this.nodes.get(account);
    if (!node) {
      node = new AccountNode(this, this.context, account);
      this.nodes.set(account, node);
    }
    return node;
  }
}
