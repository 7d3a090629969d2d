import type { QuirkDice } from './quirk-dice.js';
import type { TimeWriter } from './time-writer.js';

/** How this response is written: which records take loose forms, and how times look. */
export interface WireStyle {
  dice: QuirkDice;
  times: TimeWriter;
}
