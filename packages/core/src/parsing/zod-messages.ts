import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

let configured = false;

/**
 * zod/mini leaves its messages generic ("Invalid input") until a locale is set; ours name what was
 * expected and what came. Set once, at the first parse that may report an issue (a call, not an
 * import side effect, so that bundlers that trust `sideEffects: false` keep it).
 */
export function useZodMessages(): void {
  if (configured) return;
  configured = true;
  config(en());
}
