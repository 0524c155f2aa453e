/**
 * dist/Code.js is minified, identifiers too; a stack trace Apps Script prints stays readable through
 * maps/Code.js.map, which the build writes beside dist/ (clasp pushes only dist/) and `npm run stack` reads.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newEnv, run } from '../fixtures/workbook';
import { DIST, readBundle } from '../harness/sandbox';

const ROOT = join(DIST, '..');

function positionOf(code: string, text: string): { line: number; column: number } {
  const index = code.indexOf(text);
  expect(index).toBeGreaterThan(0);
  const before = code.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

function stack(trace: string): string {
  return execFileSync(process.execPath, [join(ROOT, 'scripts/stack.mjs')], {
    input: trace,
    encoding: 'utf8',
  });
}

describe('minified bundle and its source map', () => {
  test('the map lives beside dist/, not in what clasp pushes', () => {
    expect(existsSync(join(ROOT, 'maps/Code.js.map'))).toBe(true);
    expect(existsSync(join(DIST, 'Code.js.map'))).toBe(false);
    expect(readBundle()).not.toContain('sourceMappingURL');
  });

  test('a position in Code.js maps back to the source file and line', () => {
    const code = readBundle();
    const { line, column } = positionOf(code, 'The sample settings do not parse');
    const mapped = stack(`Error: boom\n    at x (Code:${line}:${column})\n`);
    expect(mapped).toMatch(/src\/adapters\/sample-loader\.ts:\d+:\d+/);
    const source = readFileSync(join(ROOT, 'src/adapters/sample-loader.ts'), 'utf8').split('\n');
    const [, row] = /sample-loader\.ts:(\d+)/.exec(mapped)!;
    expect(source[Number(row) - 1]).toContain('The sample settings do not parse');
  });

  test('the entry functions stay top-level declarations with their own names, and still run', () => {
    const env = newEnv();
    expect(env.sb.functionNames()).toEqual(expect.arrayContaining(['onOpen', 'setupWorkspace', 'getHours']));
    run(env, 'setupWorkspace');
    expect(env.ws.ui.alerts).toEqual([]);
  });
});
