import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** vitest globalSetup: compiles the server into test-output/dist, as the CLI's tests do. */
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
