import type { TransportEvent } from '@callroll/core';
import { AccountManager } from '../../src/accounts/account-manager.js';
import { AccountStore } from '../../src/accounts/account-store.js';
import { builtinProviderFactories } from '../../src/providers/builtin-providers.js';
import { ProviderRegistry } from '../../src/providers/provider-registry.js';
import type { NodeView } from '../../src/tree/node-view.js';
import { RootNode } from '../../src/tree/root-node.js';
import type { TreeContext, ViewOptions } from '../../src/tree/tree-context.js';
import type { TreeNode } from '../../src/tree/tree-node.js';
import { formatMessage } from '../../src/util/localize.js';
import type { Logger } from '../../src/util/logger.js';
import { MemorySecrets, MemorySettings } from './memory-ports.js';

/** A logger that keeps its lines, to check what would reach the output channel. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  trace = (message: string) => this.lines.push(`trace ${message}`);
  debug = (message: string) => this.lines.push(`debug ${message}`);
  info = (message: string) => this.lines.push(`info ${message}`);
  warn = (message: string) => this.lines.push(`warn ${message}`);
  error = (message: string) => this.lines.push(`error ${message}`);
}

/** The tree model wired as the extension wires it, with memory storage instead of VS Code. */
export function treeHarness(options: Partial<ViewOptions> = {}) {
  const settings = new MemorySettings();
  const secrets = new MemorySecrets();
  const registry = new ProviderRegistry();
  for (const factory of builtinProviderFactories) registry.register(factory, 'builtin');
  const store = new AccountStore(settings, secrets);
  const log = new MemoryLogger();
  const events: TransportEvent[] = [];
  const accounts = new AccountManager({ registry, store, log, onEvent: (event) => events.push(event) });
  const changes: Array<TreeNode | undefined> = [];
  const view: ViewOptions = {
    mask: true,
    pageSize: 100,
    endedDays: 7,
    upcomingDays: 14,
    groupByStatus: true,
    ...options,
  };
  const context: TreeContext = {
    t: formatMessage,
    locale: 'en',
    log,
    accounts,
    options: () => view,
    now: () => new Date(),
    clock: () => performance.now(),
    changed: (node) => changes.push(node),
  };
  const root = new RootNode(context);
  return { settings, secrets, registry, store, accounts, log, events, changes, view, context, root };
}

/** A node's children, awaited. */
export async function childrenOf(node: TreeNode): Promise<TreeNode[]> {
  return await node.children();
}

/** The child whose label contains `text` (fails with the labels there are). */
export async function child(node: TreeNode, text: string | RegExp): Promise<TreeNode> {
  const children = await childrenOf(node);
  const found = children.find((candidate) => {
    const label = candidate.view().label;
    return typeof text === 'string' ? label.includes(text) : text.test(label);
  });
  if (!found) {
    throw new Error(
      `No child "${String(text)}" under "${node.view().label}": ${children.map((c) => c.view().label).join(' | ')}`,
    );
  }
  return found;
}

export function views(nodes: readonly TreeNode[]): NodeView[] {
  return nodes.map((node) => node.view());
}
