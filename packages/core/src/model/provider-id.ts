import * as z from 'zod/mini';

/** A provider's id. The known ones autocomplete; any other lower-case id still type-checks. */
export type ProviderId = 'tencent' | 'systec' | (string & {});

export const providerIdSchema = z
  .string()
  .check(
    z.regex(/^[a-z][a-z0-9-]{0,39}$/, 'a provider id is lower-case letters, digits and hyphens'),
  ) as z.ZodMiniType<ProviderId>;
