import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npx vitest run --config bench/vitest.config.ts`: measurements in real time, not part of `test`.
export default defineConfig({
  resolve: {
    alias: { vscode: fileURLToPath(new URL('../test/fakes/vscode.ts', import.meta.url)) },
  },
  test: {
    include: ['bench/**/*.bench.test.ts'],
    testTimeout: 30 * 60_000,
  },
});
