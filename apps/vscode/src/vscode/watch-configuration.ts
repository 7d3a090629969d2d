import * as vscode from 'vscode';
import type { AccountManager } from '../accounts/account-manager.js';
import type { LiveTracking } from '../live/live-tracking.js';
import type { RootNode } from '../tree/root-node.js';
import type { ViewOptions } from '../tree/tree-context.js';
import type { CallrollTreeProvider } from './callroll-tree-provider.js';
import { readViewOptions } from './read-view-options.js';

export type ExtensionOptions = ReturnType<typeof readViewOptions>;

/**
 * Follows the settings: the accounts, and the view's options, of which new ranges or page sizes
 * need new listings while masking or grouping only need the rows redrawn.
 */
export function watchConfiguration(parts: {
  accounts: AccountManager;
  root: RootNode;
  treeProvider: CallrollTreeProvider;
  live: LiveTracking;
  options: { current: ExtensionOptions };
}): vscode.Disposable {
  const { accounts, root, treeProvider, live, options } = parts;
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('callroll.accounts')) accounts.sync();
    if (!event.affectsConfiguration('callroll')) return;
    const before: ViewOptions = options.current;
    options.current = readViewOptions();
    live.configure({ intervalSeconds: options.current.liveRefreshSeconds });
    const after = options.current;
    if (
      before.pageSize !== after.pageSize ||
      before.endedDays !== after.endedDays ||
      before.upcomingDays !== after.upcomingDays
    ) {
      root.refresh();
    } else if (before.mask !== after.mask || before.groupByStatus !== after.groupByStatus) {
      treeProvider.changed(undefined);
    }
  });
}
