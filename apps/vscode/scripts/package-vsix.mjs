// Packages the bundled extension into a VSIX with @vscode/vsce, from a staging folder that holds
// only what ships: the bundle, the manifest (renamed for the marketplace: vsce refuses scoped
// names), translations, media and docs. vsce never sees pnpm's node_modules.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const vsceVersion = '3.9.2';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stage = join(root, 'dist', 'vsix-stage');

if (!existsSync(join(root, 'dist', 'extension.cjs'))) {
  console.error('dist/extension.cjs is missing: run the build first (pnpm --filter @callroll/vscode build)');
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const {
  name: _workspaceName,
  private: _private,
  type: _type,
  exports: _exports,
  scripts: _scripts,
  dependencies: _deps,
  devDependencies: _devDeps,
  ...shipped
} = manifest;
const vsixManifest = { name: 'callroll', ...shipped };
const vsixName = `callroll-${manifest.version}.vsix`;

rmSync(stage, { recursive: true, force: true });
mkdirSync(join(stage, 'dist'), { recursive: true });
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(vsixManifest, null, 2)}\n`);
// Everything staged ships; the file tells vsce so (it warns without one).
writeFileSync(join(stage, '.vscodeignore'), '# The staging folder holds only what ships.\n');
for (const file of [
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'package.nls.json',
  'package.nls.zh-cn.json',
  'l10n',
  'media',
]) {
  cpSync(join(root, file), join(stage, file), { recursive: true });
}
cpSync(join(root, 'dist', 'extension.cjs'), join(stage, 'dist', 'extension.cjs'));

// vsce runs through npm exec (it is no workspace dependency: its install scripts would need the
// workspace's approval); npm keeps it in its cache, so only the first run downloads it.
const vsce = spawnSync(
  'npm',
  [
    'exec',
    '--yes',
    `--package=@vscode/vsce@${vsceVersion}`,
    '--',
    'vsce',
    'package',
    '--no-dependencies',
    '--no-rewrite-relative-links',
    '--allow-missing-repository',
    '--out',
    join(root, 'dist', vsixName),
  ],
  {
    cwd: stage,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  },
);
if (vsce.status !== 0) {
  console.error(`vsce failed (exit ${vsce.status})`);
  process.exit(vsce.status ?? 1);
}
const size = statSync(join(root, 'dist', vsixName)).size;
console.log(`dist/${vsixName}: ${(size / 1024).toFixed(0)} KiB`);
