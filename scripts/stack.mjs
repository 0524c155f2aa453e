// Turns positions in dist/Code.js (as Apps Script prints them in a stack trace: "Code:1:23456" or
// "Code.js:1:23456") back into source files, lines and names, through maps/Code.js.map from the same build.
// Usage: npm run stack < trace.txt   (or paste the trace and end with Ctrl-D)
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mapFile = join(root, 'maps/Code.js.map');

/** "file:line:column (name)" for a 1-based position in Code.js, or null outside the bundle's mapped code. */
export function originalPosition(map, line, column) {
  const entry = map.findEntry(line - 1, column - 1);
  if (!entry || entry.originalSource === undefined) return null;
  const file = relative(root, join(dirname(mapFile), entry.originalSource));
  const name = entry.name ? ` (${entry.name})` : '';
  return `${file}:${entry.originalLine + 1}:${entry.originalColumn + 1}${name}`;
}

export function readMap() {
  return new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
}

export function mapTrace(text, map = readMap()) {
  return text.replace(
    /\bCode(?:\.js|\.gs)?:(\d+):(\d+)/g,
    (whole, line, column) => originalPosition(map, Number(line), Number(column)) ?? whole,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(mapTrace(readFileSync(0, 'utf8')));
}
