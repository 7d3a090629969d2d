import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(root, file), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every message the code localizes: `t('…')` (t is `vscode.l10n.t` or the model's localizer). */
function localizedMessages(): Set<string> {
  const messages = new Set<string>();
  for (const file of sourceFiles(join(root, 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) {
      messages.add(match[1] as string);
    }
  }
  return messages;
}

describe('English and Simplified Chinese', () => {
  it('translates every runtime message', () => {
    const bundle = readJson('l10n/bundle.l10n.zh-cn.json');
    const messages = localizedMessages();
    expect(messages.size).toBeGreaterThan(100);
    expect([...messages].filter((message) => typeof bundle[message] !== 'string')).toEqual([]);
    expect(Object.keys(bundle).filter((key) => !messages.has(key))).toEqual([]);
    for (const [message, translation] of Object.entries(bundle)) {
      const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      expect(placeholders(String(translation)), message).toEqual(placeholders(message));
    }
  });

  it('translates every string of the manifest', () => {
    const manifest = readFileSync(join(root, 'package.json'), 'utf8');
    const keys = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1] as string));
    const english = readJson('package.nls.json');
    const chinese = readJson('package.nls.zh-cn.json');
    expect([...keys].filter((key) => !(key in english))).toEqual([]);
    expect(Object.keys(english).sort()).toEqual(Object.keys(chinese).sort());
    expect(Object.keys(english).filter((key) => !keys.has(key))).toEqual([]);
  });
});
