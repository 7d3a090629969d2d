import type { IconSpec } from '../format/icon-spec.js';

export type Collapsible = 'none' | 'collapsed' | 'expanded';

/** A command a row runs when clicked; it receives the row's node. */
export interface NodeCommand {
  command: string;
  title: string;
}

/**
 * What a row shows, as plain data: the VS Code adapter turns it into a `TreeItem`, and tests
 * read it directly.
 */
export interface NodeView {
  label: string;
  description?: string | undefined;
  /** Markdown, escaped by whoever built it. */
  tooltip?: { markdown: string } | string | undefined;
  icon?: IconSpec | undefined;
  /** Space-separated words that menus match with `viewItem =~ /\bword\b/`. */
  contextValue: string;
  collapsible: Collapsible;
  command?: NodeCommand | undefined;
}
