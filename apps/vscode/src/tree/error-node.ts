import { describeError, type ErrorDescription } from '../format/describe-error.js';
import { escapeMarkdown } from '../format/markdown.js';
import type { NodeView } from './node-view.js';
import type { TreeContext } from './tree-context.js';
import { TreeNode } from './tree-node.js';

export interface ErrorNodeOptions {
  /** What "Retry" does: usually refreshing the node that failed to load. */
  retry: () => void;
  /** Errors from making the provider are fixed by editing the account. */
  duringSetup?: boolean | undefined;
  /** A pinned meeting that failed to load can be unpinned from its error row. */
  pinRef?: string | undefined;
  key?: string | undefined;
  /** The titles of the account's settings, for errors that name one. */
  fieldTitle?: ((name: string) => string) | undefined;
}

/**
 * A failure shown where the data would have been, with "Retry" (click or inline) and, for
 * credentials and settings problems, "Edit account": never a pop-up.
 */
export class ErrorNode extends TreeNode {
  readonly id: string;
  readonly description: ErrorDescription;

  constructor(
    parent: TreeNode,
    context: TreeContext,
    readonly error: unknown,
    private readonly options: ErrorNodeOptions,
  ) {
    super(parent, context);
    this.id = `${parent.id}/${options.key ?? 'error'}`;
    this.description = describeError(error, context.t, {
      duringSetup: options.duringSetup,
      locale: context.locale,
      fieldTitle: options.fieldTitle,
    });
  }

  get pinRef(): string | undefined {
    return this.options.pinRef;
  }

  retry(): void {
    this.options.retry();
  }

  view(): NodeView {
    const { summary, detail, kind, editAccount } = this.description;
    const words = ['error', kind];
    if (editAccount) words.push('editAccount');
    if (this.options.pinRef !== undefined) words.push('pinned');
    const label = this.options.pinRef !== undefined ? `${this.options.pinRef}: ${summary}` : summary;
    return {
      label,
      description: detail === summary ? undefined : detail,
      tooltip: {
        markdown: `**${escapeMarkdown(summary)}**\n\n${escapeMarkdown(detail)}\n\n${escapeMarkdown(this.context.t('Click to try again.'))}`,
      },
      icon:
        kind === 'not-found'
          ? { id: 'warning', color: 'problemsWarningIcon.foreground' }
          : { id: 'error', color: 'errorForeground' },
      contextValue: words.join(' '),
      collapsible: 'none',
      command: { command: 'callroll.retry', title: this.context.t('Retry') },
    };
  }
}
