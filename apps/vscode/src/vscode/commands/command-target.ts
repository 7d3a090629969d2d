import type { TreeNode } from '../../tree/tree-node.js';
import type { Services } from '../services.js';

/**
 * The node a command acts on: the row it was run on (menus pass it), else the selected row (for
 * the command palette and keybindings), if it is of the wanted kind.
 */
export function commandTarget<T extends TreeNode>(
  services: Services,
  argument: unknown,
  accept: (node: TreeNode) => node is T,
): T | undefined {
  const candidates = [argument, ...services.treeView.selection];
  for (const candidate of candidates) {
    if (isTreeNode(candidate) && accept(candidate)) return candidate;
  }
  return undefined;
}

function isTreeNode(value: unknown): value is TreeNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<TreeNode>).view === 'function' &&
    typeof (value as Partial<TreeNode>).id === 'string'
  );
}
