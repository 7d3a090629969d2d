import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { PACKAGE_NAME, VERSION } from '../src/version.js';

it('src/version.ts agrees with package.json (run `pnpm version-packages` after changesets)', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    name: string;
    version: string;
  };
  expect({ name: PACKAGE_NAME, version: VERSION }).toEqual({ name: pkg.name, version: pkg.version });
});
