/**
 * One catalog per surface: the sidebar page carries the shared strings and its own (both languages), not the
 * workbook's, the documents', the forms' or the preview's. Every key its code names must be in it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { enDocs } from '../../src/core/i18n/en-docs';
import { enWorkbook } from '../../src/core/i18n/en-workbook';
import { catalogs } from '../../src/core/i18n/sidebar-catalogs';

const SIDEBAR = resolve(__dirname, '../../sidebar');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

describe('the sidebar catalog', () => {
  const named = new Set(
    files(SIDEBAR).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\btr\(\s*'([\w.-]+)'/g)].map((m) => m[1]!),
    ),
  );

  test('holds every key the sidebar code names, in English and Spanish', () => {
    expect(named.size).toBeGreaterThan(50);
    const missing = [...named].filter((key) => !(key in catalogs.en) || !(key in catalogs.es));
    expect(missing).toEqual([]);
  });

  test('leaves out the strings of other surfaces', () => {
    for (const key of [...Object.keys(enWorkbook), ...Object.keys(enDocs)].filter(
      (k) => !k.startsWith('field.'),
    ))
      expect(key in catalogs.en).toBe(false);
  });

  test('the built page carries no workbook or document text', () => {
    const page = readFileSync(resolve(__dirname, '../../dist/Sidebar.html'), 'utf8');
    const sample = (part: Record<string, unknown>) =>
      Object.values(part).filter((v): v is string => typeof v === 'string' && v.length > 40);
    for (const text of [...sample(enWorkbook).slice(0, 5), ...sample(enDocs).slice(0, 5)])
      expect(page.includes(JSON.stringify(text).slice(1, -1))).toBe(false);
  });
});
