const utf8 = new TextDecoder('utf-8', { fatal: true });
const base64Pattern = /^[A-Za-z0-9+/_-]+={0,2}$/;
// No name or subject holds control characters; bytes that were never text decode to them often.
const controlChars = /\p{Cc}/u;
// What subjects and names are written in: printable ASCII, Latin letters with diacritics (ü, é),
// Hangul, kana, CJK and full-width forms.
const plausibleChars =
  /^[\u0020-\u007e\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1100-\u11ff\u3000-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]+$/u;
const wordChar = /[\p{L}\p{N}]/u;

/** The UTF-8 text a base64 string (standard or URL-safe, padding optional) encodes, if it is one. */
function decodeBase64(text: string): string | undefined {
  if (!base64Pattern.test(text) || text.replace(/=+$/, '').length % 4 === 1) return undefined;
  try {
    const decoded = utf8.decode(Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
    return decoded === '' || controlChars.test(decoded) ? undefined : decoded;
  } catch {
    return undefined;
  }
}

// Random bytes that happen to be valid UTF-8 mostly come out as punctuation or rare scripts.
function plausible(decoded: string): boolean {
  if (!plausibleChars.test(decoded)) return false;
  const visible = [...decoded].filter((char) => char !== ' ');
  return visible.filter((char) => wordChar.test(char)).length >= visible.length * 0.6;
}

/**
 * A field Tencent documents as base64 (standard or URL-safe, padding optional), e.g. a
 * participant's `user_name`: decoded whatever script it is in ("Alice Müller", かな, 한글), and
 * kept as sent only when it is not base64 of UTF-8 text after all.
 */
export function decodeTencentBase64(text: string | undefined): string | undefined {
  if (text === undefined || text === '') return text;
  return decodeBase64(text) ?? text;
}

/**
 * A field that is base64 in some responses and plain in others (`subject`). Plain text with
 * spaces or CJK characters is never valid base64; short words like `Weekly` are, and happen to
 * decode to valid UTF-8, so text shorter than 8 characters is taken as plain, and longer text only
 * when it decodes to letters people write. Longer words rarely do (under 1 in 1,000 random ones,
 * see the tests).
 */
export function decodeTencentText(text: string | undefined): string | undefined {
  if (text === undefined || text.length < 8) return text;
  const decoded = decodeBase64(text);
  return decoded !== undefined && plausible(decoded) ? decoded : text;
}
