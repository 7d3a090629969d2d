const utf8 = new TextDecoder('utf-8', { fatal: true });
const base64Pattern = /^[A-Za-z0-9+/_-]+={0,2}$/;
// What meeting subjects and names are written in: printable ASCII, CJK and full-width forms.
const plausibleChars = /^[\u0020-\u007e\u00b7\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+$/u;
const wordChar = /[\p{L}\p{N}]/u;

// Random bytes that happen to be valid UTF-8 mostly come out as punctuation or rare scripts.
function plausible(decoded: string): boolean {
  if (!plausibleChars.test(decoded)) return false;
  const visible = [...decoded].filter((char) => char !== ' ');
  return visible.filter((char) => wordChar.test(char)).length >= visible.length * 0.6;
}

function decode(text: string): string | undefined {
  if (!base64Pattern.test(text) || text.replace(/=+$/, '').length % 4 === 1) return undefined;
  try {
    const decoded = utf8.decode(Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
    return plausible(decoded) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A field Tencent documents as base64 (standard or URL-safe, padding optional), e.g. a
 * participant's `user_name`; kept as sent when it is not base64 after all.
 */
export function decodeTencentBase64(text: string | undefined): string | undefined {
  if (text === undefined || text === '') return text;
  return decode(text) ?? text;
}

/**
 * A field that is base64 in some responses and plain in others (`subject`). Plain text with
 * spaces or CJK characters is never valid base64; short words like `Weekly` are, and happen to
 * decode to valid UTF-8, so text shorter than 8 characters is taken as plain. Longer words
 * rarely decode to valid UTF-8 (under 1 in 1,000 random ones, see the tests).
 */
export function decodeTencentText(text: string | undefined): string | undefined {
  if (text === undefined || text.length < 8) return text;
  return decode(text) ?? text;
}
