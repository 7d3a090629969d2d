import type { Workbench } from './workbench.js';

/** The words of Callroll's "Add account" form in one display language. */
export interface FormWords {
  /** The provider pick's title. */
  addAccount: string;
  /** A numbered step's title: "Add … account (2/5): SecretId". */
  step: RegExp;
  /** Between a step's title and its field. */
  separator: string;
  name: string;
  more: string;
  moreTitle: RegExp;
  save: string;
}

export const englishForm: FormWords = {
  addAccount: 'Add account',
  step: /account \(\d+\/\d+\): /,
  separator: ': ',
  name: 'Name',
  more: 'More settings',
  moreTitle: /: more settings/,
  save: 'Save and check the connection',
};

export const chineseForm: FormWords = {
  addAccount: '添加帐户',
  step: /帐户（\d+\/\d+）：/,
  separator: '：',
  name: '名称',
  more: '更多设置',
  moreTitle: /：更多设置/,
  save: '保存并检查连接',
};

export interface AccountAnswers {
  /** Text that picks the provider. */
  provider: string;
  /** The numbered steps' answers, by field title (a step not listed gets Enter). */
  values: Readonly<Record<string, string>>;
  name: string;
  /** Settings behind "More settings", by field title. */
  more?: Readonly<Record<string, string>>;
}

/**
 * Answers Callroll's "Add account" form: the provider pick, one prompt per setting without a
 * default, the account's name, then "More settings" for the ones given there, and "Save".
 */
export async function addAccountThroughForm(
  workbench: Workbench,
  answers: AccountAnswers,
  words: FormWords = englishForm,
): Promise<void> {
  await workbench.waitForPrompt(words.addAccount);
  await workbench.answer(answers.provider);
  await workbench.waitForPromptToChange(words.addAccount);
  const asked = new Set<string>();
  for (let step = 0; ; step++) {
    if (step > 20) throw new Error('the account form did not end');
    await workbench.waitForPrompt(words.step);
    const title = await workbench.promptTitle();
    const field = title.slice(title.lastIndexOf(words.separator) + words.separator.length);
    if (asked.has(title)) throw new Error(`the prompt "${title}" came twice`);
    asked.add(title);
    await workbench.answer(field === words.name ? answers.name : (answers.values[field] ?? ''));
    await workbench.waitForPromptToChange(title);
    if (field === words.name) break;
  }
  const missing = Object.keys(answers.values).filter(
    (key) => ![...asked].some((seen) => seen.endsWith(`${words.separator}${key}`)),
  );
  if (missing.length > 0) throw new Error(`no prompt for ${missing.join(', ')}`);
  await workbench.waitForPrompt(answers.name);
  const more = Object.entries(answers.more ?? {});
  if (more.length > 0) {
    await workbench.answer(words.more);
    for (const [field, value] of more) {
      await workbench.waitForPrompt(words.moreTitle);
      await answerPick(workbench, field);
      await workbench.waitForPrompt(`${words.separator}${field}`);
      await workbench.answer(value);
    }
    await workbench.waitForPrompt(words.moreTitle);
  }
  await answerPick(workbench, words.save);
}

/**
 * Picks an item of the "More settings" pick. That pick is shown again after each setting, under
 * the same title: an answer typed while the old one was still on screen is lost with it (seen on
 * a loaded machine), so the answer is given again until the pick has gone.
 */
async function answerPick(workbench: Workbench, item: string): Promise<void> {
  const title = await workbench.promptTitle();
  for (let attempt = 1; ; attempt++) {
    await workbench.answer(item);
    try {
      await workbench.waitForPromptToChange(title, 5_000);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
