import type * as vscode from 'vscode';
import { ErrorNode } from '../../tree/error-node.js';
import { LoadMoreNode } from '../../tree/load-more-node.js';
import type { TreeNode } from '../../tree/tree-node.js';
import type { Services } from '../services.js';
import { commandTarget } from './command-target.js';
import { registerCommand } from './run-command.js';

export function registerTreeCommands(services: Services): vscode.Disposable[] {
  const anyNode = (node: TreeNode): node is TreeNode => true;
  return [
    registerCommand(services, 'callroll.refresh', () => services.root.refresh()),
    registerCommand(services, 'callroll.refreshNode', (argument) => {
      const node = commandTarget(services, argument, anyNode);
      (node ?? services.root).refresh();
    }),
    registerCommand(services, 'callroll.loadMore', async (argument) => {
      const node = commandTarget(services, argument, (candidate) => candidate instanceof LoadMoreNode);
      await node?.list.loadMore();
    }),
    registerCommand(services, 'callroll.retry', (argument) => {
      const node = commandTarget(services, argument, (candidate) => candidate instanceof ErrorNode);
      node?.retry();
    }),
  ];
}
