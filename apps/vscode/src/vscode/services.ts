import type * as vscode from 'vscode';
import type { AccountManager } from '../accounts/account-manager.js';
import type { AccountStore } from '../accounts/account-store.js';
import type { LiveTracking } from '../live/live-tracking.js';
import type { ProviderRegistry } from '../providers/provider-registry.js';
import type { RootNode } from '../tree/root-node.js';
import type { TreeContext } from '../tree/tree-context.js';
import type { TreeNode } from '../tree/tree-node.js';
import type { Logger } from '../util/logger.js';

/** Everything the commands work with, made once by `activate`. */
export interface Services {
  readonly registry: ProviderRegistry;
  readonly store: AccountStore;
  readonly accounts: AccountManager;
  readonly root: RootNode;
  readonly treeView: vscode.TreeView<TreeNode>;
  readonly treeContext: TreeContext;
  readonly log: Logger & { show(preserveFocus?: boolean): void };
  /** Live tracking of the open live meetings. */
  readonly live: LiveTracking;
}
