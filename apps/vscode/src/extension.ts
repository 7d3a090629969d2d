import './util/zod-jitless.js';
import type { TransportEvent } from '@callroll/core';
import * as vscode from 'vscode';
import { AccountManager } from './accounts/account-manager.js';
import { AccountStore } from './accounts/account-store.js';
import type { CallrollApi } from './api/callroll-api.js';
import { formatTransportEvent } from './logging/format-transport-event.js';
import { builtinProviderFactories } from './providers/builtin-providers.js';
import { createCallrollApi } from './providers/create-callroll-api.js';
import { ProviderRegistry } from './providers/provider-registry.js';
import { LiveRefresher } from './tree/live-refresher.js';
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
import { readViewOptions } from './vscode/read-view-options.js';
import type { Services } from './vscode/services.js';
import { accountSettingsPort, secretPort } from './vscode/storage-adapters.js';

/** Set by the bundle's first line (see scripts/build.mjs), to time loading as well as `activate`. */
const bundleLoadStart = (globalThis as { __callrollBundleStart?: number }).__callrollBundleStart;

/** Runs when the Callroll view opens or one of its commands runs (never at start-up). */
export function activate(context: vscode.ExtensionContext): CallrollApi {
  const activateStart = performance.now();
  const t = vscode.l10n.t;
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

  let options = readViewOptions();
  const treeProvider = new CallrollTreeProvider();
  const treeContext: TreeContext = {
    t,
    locale: vscode.env.language,
    log,
    accounts,
    options: () => options,
    now: () => new Date(),
    clock: () => performance.now(),
    changed: (node) => treeProvider.changed(node),
  };
  const root = new RootNode(treeContext);
  treeProvider.setRoot(root);
  const treeView = vscode.window.createTreeView<TreeNode>('callroll.meetings', {
    treeDataProvider: treeProvider,
    showCollapseAll: true,
  });
  context.subscriptions.push(treeProvider, treeView);

  const updateContextKeys = () => {
    void vscode.commands.executeCommand('setContext', 'callroll.hasAccounts', accounts.list().length > 0);
  };
  updateContextKeys();
  const skipped = store.skippedEntries();
  if (skipped > 0)
    log.warn(`Ignored ${skipped} unreadable entr${skipped === 1 ? 'y' : 'ies'} of callroll.accounts`);

  context.subscriptions.push(
    {
      dispose: accounts.onDidChange((change) => {
        if (change.kind === 'list') treeProvider.changed(undefined);
        else if (change.kind === 'account') root.accountNode(change.account)?.accountChanged();
        else root.accountNode(change.account)?.refresh();
        updateContextKeys();
      }).dispose,
    },
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('callroll.accounts')) accounts.sync();
      if (!event.affectsConfiguration('callroll')) return;
      const before = options;
      options = readViewOptions();
      refresher.configure({ intervalSeconds: options.liveRefreshSeconds });
      // New ranges or page sizes need new listings; masking only needs the rows redrawn.
      if (
        before.pageSize !== options.pageSize ||
        before.endedDays !== options.endedDays ||
        before.upcomingDays !== options.upcomingDays
      ) {
        root.refresh();
      } else if (before.mask !== options.mask || before.groupByStatus !== options.groupByStatus) {
        treeProvider.changed(undefined);
      }
    }),
    context.secrets.onDidChange((event) => {
      const match = /^callroll\.account\.(.+)$/.exec(event.key);
      if (match?.[1]) void accounts.secretsChanged(match[1]);
    }),
  );

  // Live meetings that are open in the tree reload what they show, while the view is visible.
  const expanded = new Set<string>();
  const refresher = new LiveRefresher(async () => {
    const live = root.meetingNodes().filter((node) => node.isLive && expanded.has(node.id));
    await Promise.all(live.map((node) => node.refreshLive()));
  });
  refresher.configure({ intervalSeconds: options.liveRefreshSeconds, visible: treeView.visible });
  context.subscriptions.push(
    refresher,
    treeView.onDidExpandElement((event) => expanded.add(event.element.id)),
    treeView.onDidCollapseElement((event) => expanded.delete(event.element.id)),
    treeView.onDidChangeVisibility((event) => refresher.configure({ visible: event.visible })),
  );

  const services: Services = { registry, store, accounts, root, treeView, treeContext, log };
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
  );

  setTimeout(() => activateProviderExtensions(log), 0);

  const end = performance.now();
  const load = bundleLoadStart === undefined ? undefined : activateStart - bundleLoadStart;
  log.info(
    `metric activation: ${(end - (bundleLoadStart ?? activateStart)).toFixed(1)} ms` +
      (load === undefined
        ? ''
        : ` (bundle loaded in ${load.toFixed(1)} ms, activate() ${(end - activateStart).toFixed(1)} ms)`),
  );
  return api;
}

export function deactivate(): void {
  // Everything is in `context.subscriptions`, which VS Code disposes.
}
