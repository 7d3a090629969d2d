import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // `vscode` exists only inside VS Code: the activation test gets a tiny stand-in.
    alias: { vscode: fileURLToPath(new URL('./test/vscode-stub.ts', import.meta.url)) },
  },
  test: { include: ['test/**/*.test.ts'] },
});
