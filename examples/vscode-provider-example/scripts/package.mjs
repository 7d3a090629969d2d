// `vsce package --no-dependencies`: the bundle is self-contained, and .vscodeignore keeps
// everything else (node_modules included) out of the VSIX.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync(
  'npm',
  [
    'exec',
    '--yes',
    '--package=@vscode/vsce@3.9.2',
    '--',
    'vsce',
    'package',
    '--no-dependencies',
    '--no-rewrite-relative-links',
    '--allow-missing-repository',
    '--out',
    'dist/callroll-example-provider.vsix',
  ],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
);
process.exit(result.status ?? 1);
