/**
 * No dead exports: a function or constant a module exports is imported by another file (source, script or
 * test), and an exported type is used somewhere. A plain text scan by name over a few hundred files, so it stays
 * fast; a name another file merely mentions counts as used, so it can miss an unused export but never flags a
 * used one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|mts|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const ALL = ['src', 'sidebar', 'scripts', 'test'].flatMap((dir) => files(join(ROOT, dir)));
const TEXT = new Map(ALL.map((f) => [f, readFileSync(f, 'utf8')]));
// The entry file's exports are what Apps Script calls.
const MODULES = ALL.filter((f) => /[/\\](src|sidebar)[/\\]/.test(f) && !f.endsWith(join('src', 'main.ts')));
const DECLARATION =
  /^export (?:async )?(function\*?|const|let|class|interface|type|enum) ([A-Za-z_$][\w$]*)/gm;

test('every export is used: values by another file, types somewhere', () => {
  const unused: string[] = [];
  for (const file of MODULES) {
    const source = TEXT.get(file)!;
    for (const [, kind, name] of source.matchAll(DECLARATION)) {
      const word = new RegExp(`(?<![\\w$])${name!.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
      const elsewhere = ALL.some((other) => other !== file && word.test(TEXT.get(other)!));
      if (elsewhere) continue;
      const isType = kind === 'interface' || kind === 'type';
      const usedInside = (source.match(word)?.length ?? 0) > 1;
      if (!isType || !usedInside) unused.push(`${relative(ROOT, file)}: ${name}`);
    }
  }
  expect(unused).toEqual([]);
});
