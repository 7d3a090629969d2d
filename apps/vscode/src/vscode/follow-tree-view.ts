import type * as vscode from 'vscode';
import type { LiveTracking } from '../live/live-tracking.js';
import type { TreeNode } from '../tree/tree-node.js';

/** Live tracking follows what the person has open: expansions, collapses, and the view's visibility. */
export function followTreeView(treeView: vscode.TreeView<TreeNode>, live: LiveTracking): vscode.Disposable[] {
  live.configure({ visible: treeView.visible });
  return [
    treeView.onDidExpandElement((event) => live.expanded(event.element)),
    treeView.onDidCollapseElement((event) => live.collapsed(event.element)),
    treeView.onDidChangeVisibility((event) => live.configure({ visible: event.visible })),
  ];
}
