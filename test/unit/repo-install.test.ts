/**
 * First contact with the repository: `npm install` on a fresh clone must leave `git status` clean and print no
 * warning about install scripts. npm rewrites a lockfile whose entries are not in its own order, and warns about
 * every dependency with an install script that package.json's allowScripts does not mention.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

test('package-lock.json lists its entries in the order npm writes them', () => {
  const keys = Object.keys(read('package-lock.json').packages as object);
  expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'en')));
});

test('package.json states a decision for every dependency with an install script', () => {
  const packages = read('package-lock.json').packages as Record<string, { hasInstallScript?: boolean }>;
  const withScripts = Object.entries(packages)
    .filter(([, entry]) => entry.hasInstallScript)
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
  expect(withScripts.length).toBeGreaterThan(0);
  const decided = Object.keys(read('package.json').allowScripts ?? {}).map((k) => k.replace(/(.)@.*$/, '$1'));
  expect(withScripts.filter((name) => !decided.includes(name))).toEqual([]);
});
