// Keeps each package's src/version.ts in step with its package.json after `changeset version`,
// so that User-Agent strings name the released version without reading files at run time.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

for (const group of ['packages', 'apps']) {
  if (!existsSync(group)) continue;
  for (const name of readdirSync(group)) {
    const file = join(group, name, 'src', 'version.ts');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(join(group, name, 'package.json'), 'utf8'));
    const text = readFileSync(file, 'utf8')
      .replace(/PACKAGE_NAME = '[^']*'/, `PACKAGE_NAME = '${pkg.name}'`)
      .replace(/VERSION = '[^']*'/, `VERSION = '${pkg.version}'`);
    writeFileSync(file, text);
  }
}
