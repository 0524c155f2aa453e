// npm leaves out of package-lock.json the platform builds of optional dependencies that the registry we use
// does not serve (e.g. Biome's macOS binaries), and `npm ci` then refuses the lockfile as out of sync. This adds
// a stub entry for each such package: npm skips an optional package it cannot fetch, so installs stay correct.
// Run after changing dependencies: `npm install && node scripts/complete-lockfile.mjs`.
// Entries are written in the order npm itself writes them (keys compared with the 'en' locale), so a later
// `npm install` finds nothing to rewrite and leaves a fresh clone's `git status` clean.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    if (lock.packages[`node_modules/${name}`] || lock.packages[`${path}/node_modules/${name}`]) continue;
    lock.packages[`node_modules/${name}`] = {
      version: spec.replace(/^[\^~]/, ''),
      dev: true,
      optional: true,
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => a.localeCompare(b, 'en')),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform entries added`);
