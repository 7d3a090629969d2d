import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The tests talk to the binary a client would start: `pnpm test` first builds it into
    // test-output/ (not dist/, which turbo's build may be rewriting at the same moment).
    // The tests wait on child processes and a loopback emulator: a few files at once.
    maxWorkers: 3,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
