/** Percent-decoding of every `%XX` run (form `+` as a space too), leaving what does not decode. */
function percentDecoded(text: string, plusIsSpace: boolean): string {
  const spaced = plusIsSpace ? text.replace(/\+/g, ' ') : text;
  return spaced.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** What a reader gets by undoing one encoding of any part of `text`. */
function decodingsOf(text: string): string[] {
  const found = new Set<string>([
    percentDecoded(text, false),
    percentDecoded(text, true),
    // JSON escapes a serialiser may use: \uXXXX, \/ (PHP), \" and \\.
    text
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
      .replace(/\\(["\\/])/g, '$1'),
  ]);
  for (const run of text.match(/[0-9a-fA-F]{12,}/g) ?? []) {
    for (const start of [0, 1]) {
      const even = run.slice(start, start + Math.floor((run.length - start) / 2) * 2);
      found.add(Buffer.from(even, 'hex').toString('utf8'));
    }
  }
  for (const run of text.match(/[A-Za-z0-9+/_-]{12,}={0,2}/g) ?? []) {
    // The run may begin with a word glued to it: try each of the four alignments.
    for (const start of [0, 1, 2, 3]) {
      const part = run.slice(start).replace(/-/g, '+').replace(/_/g, '/');
      found.add(Buffer.from(part, 'base64').toString('utf8'));
    }
  }
  found.delete(text);
  // Random bytes decoded as UTF-8 are mostly replacement and control characters: no text there.
  return [...found].filter((decoded) => {
    let noise = 0;
    for (const char of decoded) {
      const code = char.codePointAt(0) ?? 0;
      if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d)) noise++;
    }
    return decoded.length > 0 && noise <= decoded.length * 0.1;
  });
}

/**
 * The leaks a reader could undo: any secret found raw in a text, or in what undoing up to three
 * encodings of any part of it gives (percent, JSON escapes, hex, base64 at any alignment). Catches
 * what `leaks` cannot: a secret inside a longer text that was then encoded whole (base64 of a
 * request body is not base64 of the secret in it).
 */
export function recoverableLeaks(
  texts: Readonly<Record<string, string>>,
  secrets: Readonly<Record<string, readonly string[]>>,
): string[] {
  const found = new Set<string>();
  for (const [where, text] of Object.entries(texts)) {
    let layer = [text];
    const seen = new Set(layer);
    for (let depth = 0; depth <= 3 && layer.length > 0; depth++) {
      for (const candidate of layer) {
        for (const [name, values] of Object.entries(secrets)) {
          if (values.some((value) => value !== '' && candidate.includes(value)))
            found.add(`${where}: ${name}, recoverable after ${depth} decoding(s)`);
        }
      }
      const next: string[] = [];
      for (const candidate of layer) {
        for (const decoded of decodingsOf(candidate)) {
          if (!seen.has(decoded) && seen.size < 20_000) {
            seen.add(decoded);
            next.push(decoded);
          }
        }
      }
      layer = next;
    }
  }
  return [...found];
}
