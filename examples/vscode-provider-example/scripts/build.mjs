// Bundles the extension with its copy of @callroll/core into one CommonJS file: a VSIX ships no
// node_modules. Callroll's own API module is tiny and bundled too.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Native esbuild when installed, else its WebAssembly build (no install script needed).
const esbuild = await import('esbuild').catch(() => import('esbuild-wasm'));
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'));
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
});
await esbuild.stop?.();
console.log('dist/extension.cjs');
