// Compiles the end-to-end test (TypeScript in e2e/) into dist/e2e/ and runs it. Packages stay
// external: playwright-core and the emulator load from node_modules as usual.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const esbuild = await import('esbuild').catch(() => import('esbuild-wasm'));
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist', 'e2e', 'main.mjs');
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['e2e/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await esbuild.stop?.();
await import(pathToFileURL(outfile).href);
