import * as vscode from 'vscode';

export const rawRecordScheme = 'callroll-raw';

/** Records kept for open documents; older ones are dropped (their editors show them no more). */
const maxRecords = 50;

/**
 * Raw records as read-only documents of their own scheme: nothing to save, so closing one asks
 * nothing. The `.json` path gives them JSON highlighting.
 */
export class RawRecordDocuments implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private next = 0;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.query) ?? '';
  }

  /** A new document's address for `content`; `name` must not hold anything secret or a number. */
  add(name: string, content: string): vscode.Uri {
    const key = String(++this.next);
    this.contents.set(key, content);
    if (this.contents.size > maxRecords) this.contents.delete(this.contents.keys().next().value as string);
    return vscode.Uri.from({ scheme: rawRecordScheme, path: `/${name}.json`, query: key });
  }
}
