import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * vitest globalSetup: bundles the CLI once into test-output/dist, as `build` does into dist/, so
 * that the tests run the binary a user runs. Not into dist/: turbo may be building that meanwhile.
 */
export default function setup(): void {
  const packageDir = fileURLToPath(new URL('../../', import.meta.url));
  execFileSync(process.execPath, ['scripts/bundle.mjs', '--outdir', 'test-output/dist'], {
    cwd: packageDir,
    stdio: 'inherit',
  });
}
