/**
 * Localizes an English message with `{0}`-style placeholders. In the extension this is
 * `vscode.l10n.t`; the model takes it as a parameter so that it runs (and is tested) without VS Code.
 */
export type Localize = (message: string, ...args: Array<string | number | boolean>) => string;

/** Fills `{0}`, `{1}`… without translating: the English fallback and the tests' localizer. */
export function formatMessage(message: string, ...args: Array<string | number | boolean>): string {
  return message.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}
