import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from './run-command.js';

/**
 * A minimal Simplified Chinese language pack, packaged as a VSIX: code-server ships none, and
 * without one VS Code leaves every extension in English whatever `--locale` says. Its translation
 * of VS Code itself is empty (VS Code's own UI stays English); Callroll's own strings switch.
 */
let packId = '';
let packVersion = '';

/**
 * Tells code-server the pack is there: an install from the command line does not write the list
 * of language packs that the server reads its translations from (only an install in a running
 * server does), so the first page would stay English. Written as VS Code writes it.
 */
export function registerChineseLanguagePack(userDataDir: string, extensionsDir: string): void {
  const hash = createHash('md5').update(packId).update(packVersion).digest('hex');
  const packs = {
    'zh-cn': {
      hash,
      extensions: [{ extensionIdentifier: { id: packId }, version: packVersion }],
      translations: {
        vscode: join(extensionsDir, `${packId}-${packVersion}`, 'translations', 'main.i18n.json'),
      },
      label: '中文(简体)',
    },
  };
  writeFileSync(join(userDataDir, 'languagepacks.json'), `${JSON.stringify(packs)}\n`);
}

export async function buildChineseLanguagePack(dir: string): Promise<string> {
  mkdirSync(join(dir, 'translations'), { recursive: true });
  const manifest = {
    name: 'callroll-e2e-zh-cn',
    displayName: 'Chinese (Simplified) for the Callroll e2e',
    description: 'Switches extensions to their zh-cn strings; translates nothing of VS Code itself.',
    publisher: 'callroll-e2e',
    version: '0.0.1',
    license: 'MIT',
    engines: { vscode: '^1.95.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [
        {
          languageId: 'zh-cn',
          languageName: 'Chinese Simplified',
          localizedLanguageName: '中文(简体)',
          translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
        },
      ],
    },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  packId = `${manifest.publisher}.${manifest.name}`;
  packVersion = manifest.version;
  writeFileSync(join(dir, 'translations', 'main.i18n.json'), '{ "version": "1.0.0", "contents": {} }\n');
  writeFileSync(join(dir, 'README.md'), '# zh-cn language pack for the Callroll e2e\n');
  writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
  writeFileSync(join(dir, '.vscodeignore'), '');
  const out = join(dir, 'callroll-e2e-zh-cn.vsix');
  await runCommand(
    'npm',
    [
      'exec',
      '--yes',
      '--package=@vscode/vsce@3.9.2',
      '--',
      'vsce',
      'package',
      '--no-dependencies',
      '--allow-missing-repository',
      '--out',
      out,
    ],
    { cwd: dir, timeoutMs: 180_000, label: 'vsce package (zh-cn language pack)' },
  );
  return out;
}
