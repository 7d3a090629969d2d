import * as z from 'zod/mini';

/** A plain (non-secret) setting value as it can live in settings.json. */
export const plainSettingValueSchema = z.union([z.string(), z.number(), z.boolean()]);
export type PlainSettingValue = z.infer<typeof plainSettingValueSchema>;

/**
 * One entry of the `callroll.accounts` setting. Secret fields are never here: they live in
 * SecretStorage under the account's id.
 */
export const accountConfigSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/)),
  provider: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  settings: z._default(z.record(z.string(), plainSettingValueSchema), {}),
  pinnedMeetings: z._default(z.array(z.string().check(z.minLength(1))), []),
});

export type AccountConfig = z.output<typeof accountConfigSchema>;

/**
 * Reads the setting, keeping the valid entries: a hand-edited entry that is broken must not hide
 * the others. Duplicate ids keep the first.
 */
export function readAccountConfigs(value: unknown): { accounts: AccountConfig[]; skipped: number } {
  if (!Array.isArray(value)) return { accounts: [], skipped: value === undefined ? 0 : 1 };
  const accounts: AccountConfig[] = [];
  const ids = new Set<string>();
  let skipped = 0;
  for (const entry of value) {
    const parsed = z.safeParse(accountConfigSchema, entry);
    if (!parsed.success || ids.has(parsed.data.id)) {
      skipped += 1;
      continue;
    }
    ids.add(parsed.data.id);
    accounts.push(parsed.data);
  }
  return { accounts, skipped };
}
