import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from './run-command.js';

/**
 * A minimal Simplified Chinese language pack, packaged as a VSIX: code-server ships none, and
 * without one VS Code leaves every extension in English whatever `--locale` says. Its translation
 * of VS Code itself is empty (VS Code's own UI stays English); Callroll's own strings switch.
 */
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
