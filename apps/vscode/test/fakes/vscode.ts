/**
 * A small fake of the `vscode` module with just what the extension uses, for unit tests
 * (vitest aliases `vscode` to this file). Prompts are answered from `fake-ui.ts`; settings,
 * secrets, the clipboard and commands live in memory and can be inspected through `fakeState`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatMessage } from '../../src/util/localize.js';
import { messages, takeAnswer } from './fake-ui.js';

type Listener<T> = (value: T) => unknown;

export class EventEmitter<T> {
  private listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

export class Disposable {
  constructor(private readonly callback: () => void) {}
  dispose(): void {
    this.callback();
  }
}

export enum TreeItemCollapsibleState {
  None = 0,
  Collapsed = 1,
  Expanded = 2,
}

export enum ProgressLocation {
  SourceControl = 1,
  Window = 10,
  Notification = 15,
}

export enum ConfigurationTarget {
  Global = 1,
  Workspace = 2,
  WorkspaceFolder = 3,
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export class ThemeIcon {
  constructor(
    readonly id: string,
    readonly color?: ThemeColor,
  ) {}
}

export class LanguageModelTextPart {
  constructor(readonly value: string) {}
}

export class LanguageModelToolResult {
  constructor(readonly content: unknown[]) {}
}

/** A registered language-model tool, as VS Code keeps it (`prepareInvocation` is optional). */
export interface FakeTool {
  invoke(options: { input: unknown; toolInvocationToken: undefined }, token: unknown): unknown;
  prepareInvocation?(options: { input: unknown }, token: unknown): unknown;
}

export class MarkdownString {
  constructor(readonly value = '') {}
}

export class TreeItem {
  id?: string;
  description?: string;
  tooltip?: string | MarkdownString;
  iconPath?: ThemeIcon;
  contextValue?: string;
  command?: { command: string; title: string; arguments?: unknown[] };
  constructor(
    readonly label: string,
    readonly collapsibleState: TreeItemCollapsibleState = TreeItemCollapsibleState.None,
  ) {}
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
    readonly query = '',
  ) {}
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static from(parts: { scheme: string; path?: string; query?: string }): Uri {
    return new Uri(parts.scheme, parts.path ?? '', parts.query ?? '');
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path.replace(/\/$/, ''), ...parts].join('/'));
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export const l10n = {
  // The translation of `fakeState.bundle` when a test sets one (a display language), else English.
  t: (message: string, ...args: Array<string | number | boolean>) =>
    formatMessage(fakeState.bundle?.[message] ?? message, ...args),
};

export class FakeSecretStorage {
  readonly values = new Map<string, string>();
  private readonly changed = new EventEmitter<{ key: string }>();
  readonly onDidChange = this.changed.event;
  async get(key: string) {
    return this.values.get(key);
  }
  async store(key: string, value: string) {
    this.values.set(key, value);
    this.changed.fire({ key });
  }
  async delete(key: string) {
    this.values.delete(key);
    this.changed.fire({ key });
  }
}

export class FakeLogChannel {
  readonly lines: string[] = [];
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
  trace(message: string) {
    this.lines.push(`[trace] ${message}`);
  }
  debug(message: string) {
    this.lines.push(`[debug] ${message}`);
  }
  info(message: string) {
    this.lines.push(`[info] ${message}`);
  }
  warn(message: string) {
    this.lines.push(`[warning] ${message}`);
  }
  error(message: string) {
    this.lines.push(`[error] ${message}`);
  }
  appendLine(message: string) {
    this.lines.push(message);
  }
  show() {}
  dispose() {}
}

export class FakeTreeView<T> {
  selection: T[] = [];
  visible = true;
  readonly expand = new EventEmitter<{ element: T }>();
  readonly collapse = new EventEmitter<{ element: T }>();
  readonly visibility = new EventEmitter<{ visible: boolean }>();
  readonly onDidExpandElement = this.expand.event;
  readonly onDidCollapseElement = this.collapse.event;
  readonly onDidChangeVisibility = this.visibility.event;
  readonly revealed: T[] = [];
  constructor(readonly treeDataProvider: unknown) {}
  async reveal(element: T) {
    this.revealed.push(element);
  }
  dispose() {}
}

/** Everything the fake keeps, for tests to read and reset. */
export const fakeState = {
  settings: new Map<string, unknown>(),
  secrets: new FakeSecretStorage(),
  clipboard: '',
  statusBar: [] as string[],
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  contextKeys: new Map<string, unknown>(),
  channels: [] as FakeLogChannel[],
  treeViews: [] as FakeTreeView<unknown>[],
  documents: [] as Array<{ language: string; content: string; uri?: Uri }>,
  contentProviders: new Map<string, { provideTextDocumentContent(uri: Uri): string }>(),
  bundle: undefined as Record<string, string> | undefined,
  progress: [] as Array<{ message?: string; increment?: number }>,
  workspaceFolder: undefined as Uri | undefined,
  configChanged: new EventEmitter<{ affectsConfiguration(section: string): boolean }>(),
  tools: new Map<string, FakeTool>(),
  reset(): void {
    this.settings.clear();
    this.secrets = new FakeSecretStorage();
    this.clipboard = '';
    this.statusBar.length = 0;
    this.commands.clear();
    this.contextKeys.clear();
    this.channels.length = 0;
    this.treeViews.length = 0;
    this.documents.length = 0;
    this.contentProviders.clear();
    this.bundle = undefined;
    this.progress.length = 0;
    env.language = 'en';
    this.workspaceFolder = undefined;
    this.configChanged = new EventEmitter();
    this.tools.clear();
  },
};

function titleOf(options: unknown, fallback = ''): string {
  const value = options as { title?: string; placeHolder?: string; prompt?: string } | undefined;
  return [value?.title, value?.placeHolder ?? value?.prompt].filter(Boolean).join(' — ') || fallback;
}

function message(kind: 'info' | 'warning' | 'error', text: string, rest: unknown[]): Promise<unknown> {
  messages.push({ kind, text });
  const options =
    typeof rest[0] === 'object' && rest[0] !== null
      ? (rest[0] as { modal?: boolean; detail?: string })
      : undefined;
  const buttons = rest.filter((item) => typeof item === 'string');
  // Only modal dialogs (confirmations) wait for a scripted answer; toasts resolve unanswered.
  if (options?.modal)
    return Promise.resolve(
      takeAnswer({
        kind: kind === 'info' ? 'info' : 'warning',
        text,
        details: buttons,
        detail: options.detail,
      }),
    );
  return Promise.resolve(undefined);
}

export const window = {
  createOutputChannel(name: string) {
    const channel = new FakeLogChannel(name);
    fakeState.channels.push(channel);
    return channel;
  },
  createTreeView<T>(_id: string, options: { treeDataProvider: unknown }) {
    const view = new FakeTreeView<T>(options.treeDataProvider);
    fakeState.treeViews.push(view as FakeTreeView<unknown>);
    return view;
  },
  async showInputBox(options: {
    validateInput?: (value: string) => unknown;
    title?: string;
    prompt?: string;
  }) {
    const value = takeAnswer({ kind: 'inputBox', text: titleOf(options), details: options });
    if (typeof value === 'string' && options.validateInput) {
      const problem = await options.validateInput(value);
      if (problem) throw new Error(`Input "${value}" refused by "${titleOf(options)}": ${String(problem)}`);
    }
    return value;
  },
  async showQuickPick(items: unknown, options?: unknown) {
    const resolved = await items;
    return takeAnswer({ kind: 'quickPick', text: titleOf(options), details: resolved });
  },
  showInformationMessage: (text: string, ...rest: unknown[]) => message('info', text, rest),
  showWarningMessage: (text: string, ...rest: unknown[]) => message('warning', text, rest),
  showErrorMessage: (text: string, ...rest: unknown[]) => message('error', text, rest),
  async showSaveDialog(options: unknown) {
    return takeAnswer({ kind: 'saveDialog', text: titleOf(options), details: options });
  },
  async withProgress<R>(
    _options: unknown,
    task: (
      progress: { report(value: { message?: string; increment?: number }): void },
      token: {
        isCancellationRequested: boolean;
        onCancellationRequested: (listener: () => void) => { dispose(): void };
      },
    ) => Promise<R>,
  ): Promise<R> {
    const cancel = new EventEmitter<void>();
    return task(
      { report: (value) => fakeState.progress.push(value) },
      { isCancellationRequested: false, onCancellationRequested: (listener) => cancel.event(listener) },
    );
  },
  async showTextDocument(document: unknown) {
    return document;
  },
  setStatusBarMessage(text: string) {
    fakeState.statusBar.push(text);
    return { dispose() {} };
  },
};

export const workspace = {
  getConfiguration(section: string) {
    return {
      get<T>(key: string, fallback?: T): T | undefined {
        const full = `${section}.${key}`;
        return fakeState.settings.has(full) ? (fakeState.settings.get(full) as T) : fallback;
      },
      async update(key: string, value: unknown) {
        const full = `${section}.${key}`;
        if (value === undefined) fakeState.settings.delete(full);
        else fakeState.settings.set(full, structuredClone(value));
        fakeState.configChanged.fire({
          affectsConfiguration: (name: string) => full === name || full.startsWith(`${name}.`),
        });
      },
    };
  },
  onDidChangeConfiguration: (listener: Listener<{ affectsConfiguration(section: string): boolean }>) =>
    fakeState.configChanged.event(listener),
  async openTextDocument(options: { language: string; content: string } | Uri) {
    if (options instanceof Uri) {
      // A document of a content provider's scheme: read-only, its language from its path.
      const provider = fakeState.contentProviders.get(options.scheme);
      if (!provider) throw new Error(`no content provider for ${options.scheme}`);
      const document = {
        uri: options,
        language: options.path.endsWith('.json') ? 'json' : 'plaintext',
        content: provider.provideTextDocumentContent(options),
      };
      fakeState.documents.push(document);
      return document;
    }
    fakeState.documents.push(options);
    return options;
  },
  registerTextDocumentContentProvider(
    scheme: string,
    provider: { provideTextDocumentContent(uri: Uri): string },
  ) {
    fakeState.contentProviders.set(scheme, provider);
    return { dispose: () => fakeState.contentProviders.delete(scheme) };
  },
  fs: {
    async writeFile(uri: Uri, content: Uint8Array) {
      mkdirSync(dirname(uri.fsPath), { recursive: true });
      writeFileSync(uri.fsPath, content);
    },
  },
  get workspaceFolders() {
    return fakeState.workspaceFolder
      ? [{ uri: fakeState.workspaceFolder, name: 'workspace', index: 0 }]
      : undefined;
  },
};

export const commands = {
  registerCommand(id: string, handler: (...args: unknown[]) => unknown) {
    if (fakeState.commands.has(id)) throw new Error(`command ${id} registered twice`);
    fakeState.commands.set(id, handler);
    return { dispose: () => fakeState.commands.delete(id) };
  },
  async executeCommand(id: string, ...args: unknown[]) {
    if (id === 'setContext') {
      fakeState.contextKeys.set(String(args[0]), args[1]);
      return undefined;
    }
    const handler = fakeState.commands.get(id);
    if (!handler) throw new Error(`command ${id} not found`);
    return await handler(...args);
  },
};

export const env = {
  language: 'en',
  clipboard: {
    async readText() {
      return fakeState.clipboard;
    },
    async writeText(text: string) {
      fakeState.clipboard = text;
    },
  },
};

export const lm = {
  registerTool(name: string, tool: FakeTool) {
    if (fakeState.tools.has(name)) throw new Error(`tool ${name} registered twice`);
    fakeState.tools.set(name, tool);
    return { dispose: () => fakeState.tools.delete(name) };
  },
};

export const extensions = {
  all: [] as unknown[],
  getExtension: () => undefined,
};

/** An `ExtensionContext` with what `activate` uses. */
export function fakeExtensionContext() {
  return { subscriptions: [] as Array<{ dispose(): unknown }>, secrets: fakeState.secrets };
}
