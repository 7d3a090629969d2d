import * as vscode from 'vscode';
import type { RootNode } from '../tree/root-node.js';
import type { TreeNode } from '../tree/tree-node.js';
import { toTreeItem } from './to-tree-item.js';

/** The tree's data for VS Code: every question is passed on to the nodes. */
export class CallrollTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private root: RootNode | undefined;

  /** Set once the root exists (the root needs the context that needs this provider). */
  setRoot(root: RootNode): void {
    this.root = root;
  }

  /** Redraws a node, or everything for `undefined` or the invisible root. */
  changed(node: TreeNode | undefined): void {
    this.emitter.fire(node === undefined || node === this.root ? undefined : node);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return toTreeItem(node);
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    const parent = node ?? this.root;
    return parent ? await parent.children() : [];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent === this.root ? undefined : node.parent;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
