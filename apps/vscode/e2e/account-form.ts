import type { Workbench } from './workbench.js';

/**
 * Answers Callroll's "Add account" prompts: the provider pick, then one prompt per settings field
 * (values by field title; Enter keeps a default), then the account's name.
 */
export async function addAccountThroughPrompts(
  workbench: Workbench,
  provider: string,
  values: Readonly<Record<string, string>>,
  name: string,
): Promise<void> {
  await workbench.waitForPrompt('Add account');
  await workbench.answer(provider);
  await workbench.waitForPromptToChange('Add account');
  const asked = new Set<string>();
  for (let step = 0; step < 30; step++) {
    await workbench.waitForPrompt(/account \(\d+\/\d+\): /);
    const title = await workbench.promptTitle();
    const field = title.slice(title.lastIndexOf(': ') + 2);
    if (asked.has(title)) throw new Error(`the prompt "${title}" came twice`);
    asked.add(title);
    await workbench.answer(field === 'Name' ? name : (values[field] ?? ''));
    await workbench.waitForPromptToChange(title);
    if (field === 'Name') {
      const missing = Object.keys(values).filter(
        (key) => ![...asked].some((seen) => seen.endsWith(`: ${key}`)),
      );
      if (missing.length > 0) throw new Error(`no prompt for ${missing.join(', ')}`);
      return;
    }
  }
  throw new Error('the account form did not end');
}
