// Bundles the CLI into dist/: bin.js and the chunks its commands load when run (esbuild with code
// splitting), so that a command reads a few files instead of resolving and compiling some three
// hundred modules, and `--help` loads none of the providers. The emulator stays a package of its
// own (only `callroll demo` loads it, and it finds its own files), and so does the MCP server (only
// `callroll mcp` loads it, with the MCP SDK). `--outdir <dir>` builds elsewhere
// (the tests build into test-output/dist).
import { chmodSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Native esbuild when it is installed (its install script must be allowed by the workspace);
// otherwise the WebAssembly build, which needs no install script but is slower.
const esbuild = await import('esbuild').catch(() => import('esbuild-wasm'));

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--outdir');
const outdir = resolve(root, at === -1 ? 'dist' : (process.argv[at + 1] ?? 'dist'));
rmSync(outdir, { recursive: true, force: true });

await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['src/bin.ts'],
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  external: ['@callroll/emulator', '@callroll/mcp'],
  // Some dependencies are CommonJS and call require(): give the ESM bundle one.
  banner: {
    js: "import{createRequire as __callrollRequire}from'node:module';const require=__callrollRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
await esbuild.stop?.();
chmodSync(join(outdir, 'bin.js'), 0o755);
