import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds the binary once into test-output/ (not dist/, which turbo's build may be rewriting
    // at the same moment) so that every test runs what a user would run.
    globalSetup: ['test/support/build-binary.ts'],
    // The tests mostly wait on child processes and loopback servers: more files at once than
    // cores keeps the run short without starving them.
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
