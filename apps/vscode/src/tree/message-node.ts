import type { IconSpec } from '../format/icon-spec.js';
import type { NodeCommand, NodeView } from './node-view.js';
import type { TreeContext } from './tree-context.js';
import { TreeNode } from './tree-node.js';

/** An informational row: "No meetings", "Add a meeting by its id or code", … */
export class MessageNode extends TreeNode {
  readonly id: string;

  constructor(
    parent: TreeNode,
    context: TreeContext,
    private readonly message: string,
    private readonly options: { key: string; icon?: IconSpec; command?: NodeCommand } = { key: 'message' },
  ) {
    super(parent, context);
    this.id = `${parent.id}/${options.key}`;
  }

  view(): NodeView {
    return {
      label: this.message,
      icon: this.options.icon ?? { id: 'info' },
      contextValue: 'message',
      collapsible: 'none',
      command: this.options.command,
    };
  }
}
