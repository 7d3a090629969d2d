import './util/zod-jitless.js';
import type { TransportEvent } from '@callroll/core';
import * as vscode from 'vscode';
import { AccountManager } from './accounts/account-manager.js';
import { AccountStore } from './accounts/account-store.js';
import type { CallrollApi } from './api/callroll-api.js';
import { LiveTracking } from './live/live-tracking.js';
import { registerLanguageModelTools } from './lm/register-language-model-tools.js';
import { formatTransportEvent } from './logging/format-transport-event.js';
import { builtinProviderFactories } from './providers/builtin-providers.js';
import { createCallrollApi } from './providers/create-callroll-api.js';
import { ProviderRegistry } from './providers/provider-registry.js';
import { RootNode } from './tree/root-node.js';
import type { TreeContext } from './tree/tree-context.js';
import type { TreeNode } from './tree/tree-node.js';
import { activateProviderExtensions } from './vscode/activate-provider-extensions.js';
import { CallrollTreeProvider } from './vscode/callroll-tree-provider.js';
import { registerAccountCommands } from './vscode/commands/account-commands.js';
import { registerCallOutCommands } from './vscode/commands/callout-commands.js';
import { registerCopyCommands } from './vscode/commands/copy-commands.js';
import { registerExportCommand } from './vscode/commands/export-command.js';
import { registerFilterCommands } from './vscode/commands/filter-commands.js';
import { registerPinCommands } from './vscode/commands/pin-commands.js';
import { registerRawRecordCommand } from './vscode/commands/raw-record-command.js';
import { registerSummaryCommand } from './vscode/commands/summary-command.js';
import { registerTreeCommands } from './vscode/commands/tree-commands.js';
import { registerViewCommands } from './vscode/commands/view-commands.js';
import { followTreeView } from './vscode/follow-tree-view.js';
import { readViewOptions } from './vscode/read-view-options.js';
import type { Services } from './vscode/services.js';
import { accountSettingsPort, secretPort } from './vscode/storage-adapters.js';
import { watchConfiguration } from './vscode/watch-configuration.js';

/** Set by the bundle's first and last lines (see scripts/build.mjs), to time loading as well as `activate`. */
const bundleMarks = globalThis as { __callrollBundleStart?: number; __callrollBundleEnd?: number };

/** Runs when the Callroll view opens or one of its commands runs (never at start-up). */
export function activate(context: vscode.ExtensionContext): CallrollApi {
  const activateStart = performance.now();
  const log = vscode.window.createOutputChannel('Callroll', { log: true });
  context.subscriptions.push(log);
  const registry = new ProviderRegistry();
  for (const factory of builtinProviderFactories) registry.register(factory, 'builtin');
  const store = new AccountStore(accountSettingsPort(), secretPort(context.secrets));
  const onEvent = (event: TransportEvent) => {
    for (const line of formatTransportEvent(event)) log[line.level](line.message);
  };
  const accounts = new AccountManager({ registry, store, log, onEvent });
  context.subscriptions.push(accounts);
  const skipped = store.skippedEntries();
  if (skipped > 0)
    log.warn(`Ignored ${skipped} unreadable entr${skipped === 1 ? 'y' : 'ies'} of callroll.accounts`);

  const services = createTree(context, { registry, store, accounts, log });
  const api = createCallrollApi(registry, log);
  context.subscriptions.push(
    ...registerAccountCommands(services),
    ...registerTreeCommands(services),
    ...registerPinCommands(services),
    ...registerCopyCommands(services),
    ...registerCallOutCommands(services),
    ...registerExportCommand(services),
    ...registerRawRecordCommand(services),
    ...registerSummaryCommand(services),
    ...registerFilterCommands(services),
    ...registerViewCommands(services, api),
    ...registerLanguageModelTools(services),
  );
  setTimeout(() => activateProviderExtensions(log), 0);
  logActivation(log, activateStart);
  return api;
}

/** The tree, its view, live tracking and what keeps them in step with accounts, secrets and settings. */
function createTree(
  context: vscode.ExtensionContext,
  parts: Pick<Services, 'registry' | 'store' | 'accounts' | 'log'>,
): Services {
  const { accounts, log } = parts;
  const options = { current: readViewOptions() };
  const treeProvider = new CallrollTreeProvider();
  let live: LiveTracking | undefined;
  const treeContext: TreeContext = {
    t: vscode.l10n.t,
    locale: vscode.env.language,
    log,
    accounts,
    options: () => options.current,
    now: () => new Date(),
    clock: () => performance.now(),
    changed: (node) => {
      treeProvider.changed(node);
      live?.scheduleSync();
    },
    opened: (node) => live?.opened(node),
  };
  const root = new RootNode(treeContext);
  treeProvider.setRoot(root);
  live = new LiveTracking({ root, log });
  live.configure({ intervalSeconds: options.current.liveRefreshSeconds });
  const treeView = vscode.window.createTreeView<TreeNode>('callroll.meetings', {
    treeDataProvider: treeProvider,
    showCollapseAll: true,
  });
  const updateContextKeys = () => {
    void vscode.commands.executeCommand('setContext', 'callroll.hasAccounts', accounts.list().length > 0);
  };
  updateContextKeys();
  context.subscriptions.push(
    treeProvider,
    treeView,
    live,
    ...followTreeView(treeView, live),
    watchConfiguration({ accounts, root, treeProvider, live, options }),
    {
      dispose: accounts.onDidChange((change) => {
        if (change.kind === 'list') treeProvider.changed(undefined);
        else if (change.kind === 'account') root.accountNode(change.account)?.accountChanged();
        else root.accountNode(change.account)?.refresh();
        updateContextKeys();
      }).dispose,
    },
    context.secrets.onDidChange((event) => {
      const match = /^callroll\.account\.(.+)$/.exec(event.key);
      if (match?.[1]) void accounts.secretsChanged(match[1]);
    }),
  );
  return { ...parts, root, treeView, treeContext, live };
}

function logActivation(log: vscode.LogOutputChannel, activateStart: number): void {
  const end = performance.now();
  const start = bundleMarks.__callrollBundleStart ?? activateStart;
  const evaluated = bundleMarks.__callrollBundleEnd;
  const parts =
    evaluated === undefined
      ? ''
      : ` (bundle evaluated in ${(evaluated - start).toFixed(1)} ms, the host called activate ` +
        `${(activateStart - evaluated).toFixed(1)} ms later, activate() ${(end - activateStart).toFixed(1)} ms)`;
  log.info(`metric activation: ${(end - start).toFixed(1)} ms${parts}`);
}

export function deactivate(): void {
  // Everything is in `context.subscriptions`, which VS Code disposes.
}
