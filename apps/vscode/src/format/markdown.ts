/** Escapes text for a Markdown tooltip: provider text (names, topics) must not become markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (char) => `\\${char}`);
}

/** A two-column Markdown table of the non-empty fields, for tooltips with every field. */
export function markdownFields(
  title: string,
  fields: ReadonlyArray<readonly [string, string | undefined]>,
): string {
  const rows = fields
    .filter((field): field is readonly [string, string] => field[1] !== undefined && field[1] !== '')
    .map(([name, value]) => `| ${escapeMarkdown(name)} | ${escapeMarkdown(value)} |`);
  return [`**${escapeMarkdown(title)}**`, '', '| | |', '| --- | --- |', ...rows].join('\n');
}
