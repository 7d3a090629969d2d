import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * vitest globalSetup: compiles the CLI once into test-output/dist, so that the tests run the
 * built binary as a user would. Not into dist/: turbo may be building that at the same moment.
 */
export default function setup(): void {
  const packageDir = fileURLToPath(new URL('../../', import.meta.url));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(
    process.execPath,
    [
      tsc,
      '-p',
      'tsconfig.build.json',
      '--outDir',
      'test-output/dist',
      '--declaration',
      'false',
      '--declarationMap',
      'false',
    ],
    { cwd: packageDir, stdio: 'inherit' },
  );
}
