// Bundles the extension into one CommonJS file (VS Code loads extensions with require) and emits
// the API's types for provider extensions. No node_modules go into the VSIX: everything the
// extension runs is in dist/extension.cjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Native esbuild when it is installed (its install script must be allowed by the workspace);
// otherwise the WebAssembly build, which needs no install script but is some 20 times slower.
const esbuild = await import('esbuild').catch(() => import('esbuild-wasm'));

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  legalComments: 'external',
  metafile: true,
  logLevel: 'warning',
  // The first and last statements of the bundle: the extension logs how long evaluating it, the
  // extension host's wait before calling activate, and activate itself took.
  banner: { js: 'globalThis.__callrollBundleStart=performance.now();' },
  footer: { js: 'globalThis.__callrollBundleEnd=performance.now();' },
});
writeFileSync(join(dist, 'meta.json'), JSON.stringify(result.metafile));
// esbuild-wasm keeps its worker (and so this process) alive for a while unless told to stop.
await esbuild.stop?.();

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const types = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.api.json'], { cwd: root, stdio: 'inherit' });
if (types.status !== 0) process.exit(types.status ?? 1);

const bytes = result.metafile.outputs['dist/extension.cjs']?.bytes ?? 0;
console.log(`dist/extension.cjs ${(bytes / 1024).toFixed(0)} KiB; dist/api/ types for provider extensions`);
