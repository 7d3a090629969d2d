/** The languages Callroll's front ends speak. */
export type Locale = 'en' | 'zh-CN';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Picks the language: `CALLROLL_LANG` first (so scripts and tests can pin it), then the POSIX
 * variables in their order of precedence, then what the runtime's Intl reports (Windows and
 * macOS set no LANG for GUI-started terminals).
 */
export function detectLocale(env: Env, intlLocale?: string): Locale {
  const override = env.CALLROLL_LANG?.trim();
  if (override) return localeFromTag(override);
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]?.trim();
    // The first one set decides, as in POSIX: LC_ALL=C means untranslated, whatever LANG says.
    if (value) return localeFromTag(value);
  }
  // Asked only now: the first Intl call costs some 20 ms of start-up.
  return localeFromTag(intlLocale ?? Intl.DateTimeFormat().resolvedOptions().locale);
}

/** `zh_CN.UTF-8`, `zh-Hans`, `zh` → zh-CN; anything else → English. */
export function localeFromTag(tag: string): Locale {
  return /^zh(?:[-_.@]|$)/i.test(tag.trim()) ? 'zh-CN' : 'en';
}
