import stringWidth from 'string-width';

/**
 * Columns a string takes in a terminal, as string-width counts them: CJK, fullwidth forms and
 * emoji take two, combining marks and zero-width characters none. `String.length` would
 * misalign every Chinese meeting topic.
 */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

// Cuts between user-perceived characters, so an accent or an emoji sequence is never split.
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Pads to `width` columns. A longer cell is cut with an ellipsis when `cut` is set (free text
 * such as topics), and otherwise left whole (a phone number must never lose a digit).
 */
export function fitCell(text: string, width: number, align: 'left' | 'right', cut: boolean): string {
  let cell = text;
  let cellWidth = displayWidth(cell);
  if (cut && cellWidth > width) {
    let kept = '';
    let used = 0;
    for (const { segment } of graphemes.segment(cell)) {
      const w = displayWidth(segment);
      if (used + w > width - 1) break;
      kept += segment;
      used += w;
    }
    cell = `${kept}…`;
    cellWidth = used + 1;
  }
  const padding = ' '.repeat(Math.max(0, width - cellWidth));
  return align === 'right' ? padding + cell : cell + padding;
}
