/**
 * Scripted answers for the fake VS Code's prompts: each prompt takes the next answer in order,
 * and a prompt with no answer left fails the test with its title, so a test states every step.
 */
export type PromptKind = 'inputBox' | 'quickPick' | 'warning' | 'info' | 'error' | 'saveDialog';

export interface Prompt {
  kind: PromptKind;
  /** The title, placeholder or message, to match and to report. */
  text: string;
  /** Quick pick items, input box options, message buttons or save dialog options. */
  details: unknown;
  /** A modal message's detail text. */
  detail?: string | undefined;
}

type Answer = (prompt: Prompt) => unknown;

const queue: Array<{ kind: PromptKind; answer: Answer }> = [];
export const shownPrompts: Prompt[] = [];
export const messages: Array<{ kind: 'info' | 'warning' | 'error'; text: string }> = [];

/** Answers the next prompt of `kind`: with a value, or with a function of the prompt. */
export function answer(kind: PromptKind, value: unknown): void {
  queue.push({ kind, answer: typeof value === 'function' ? (value as Answer) : () => value });
}

/** Picks the quick pick item whose label contains `text`. */
export function pick(text: string): void {
  answer('quickPick', (prompt: Prompt) => {
    const items = prompt.details as Array<{ label: string }>;
    const item = items.find((candidate) => candidate.label.includes(text));
    if (!item)
      throw new Error(
        `No item "${text}" in quick pick "${prompt.text}": ${items.map((i) => i.label).join(', ')}`,
      );
    return item;
  });
}

/** Types `value` into the next input box (its validation must pass). */
export function type(value: string): void {
  answer('inputBox', value);
}

export function takeAnswer(prompt: Prompt): unknown {
  shownPrompts.push(prompt);
  const next = queue[0];
  if (!next || next.kind !== prompt.kind) {
    throw new Error(`Unexpected ${prompt.kind} "${prompt.text}" (next scripted: ${next?.kind ?? 'nothing'})`);
  }
  queue.shift();
  return next.answer(prompt);
}

export function pendingAnswers(): number {
  return queue.length;
}

export function resetUi(): void {
  queue.length = 0;
  shownPrompts.length = 0;
  messages.length = 0;
}
