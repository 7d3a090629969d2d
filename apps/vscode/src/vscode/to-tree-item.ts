import * as vscode from 'vscode';
import type { NodeView } from '../tree/node-view.js';
import type { TreeNode } from '../tree/tree-node.js';

const collapsibleStates = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
} as const;

/** Turns a node's plain view into VS Code's `TreeItem`. */
export function toTreeItem(node: TreeNode, view: NodeView = node.view()): vscode.TreeItem {
  const item = new vscode.TreeItem(view.label, collapsibleStates[view.collapsible]);
  item.id = node.id;
  item.contextValue = view.contextValue;
  if (view.description !== undefined) item.description = view.description;
  if (view.tooltip !== undefined) {
    // Untrusted Markdown: provider text in it cannot run commands.
    item.tooltip =
      typeof view.tooltip === 'string' ? view.tooltip : new vscode.MarkdownString(view.tooltip.markdown);
  }
  if (view.icon) {
    item.iconPath = new vscode.ThemeIcon(
      view.icon.id,
      view.icon.color === undefined ? undefined : new vscode.ThemeColor(view.icon.color),
    );
  }
  if (view.command)
    item.command = { command: view.command.command, title: view.command.title, arguments: [node] };
  return item;
}
