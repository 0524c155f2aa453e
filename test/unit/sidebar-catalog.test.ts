/**
 * One catalog per surface: the sidebar page carries the shared strings and its own (both languages), not the
 * workbook's, the documents', the forms', the findings' (the server writes them) or the preview's; Code.js
 * carries every string but the sidebar page's own, its panels', its delivery controls' and the preview's. Every key a surface's code
 * names must be in its catalog.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { en } from '../../src/core/i18n/en';
import { enDelivery } from '../../src/core/i18n/en-delivery';
import { enDocs } from '../../src/core/i18n/en-docs';
import { enPanels } from '../../src/core/i18n/en-panels';
import { enPreview } from '../../src/core/i18n/en-preview';
import { enRules } from '../../src/core/i18n/en-rules';
import { enSeries } from '../../src/core/i18n/en-series';
import { enSidebar } from '../../src/core/i18n/en-sidebar';
import { enWorkbook } from '../../src/core/i18n/en-workbook';
import { catalogs as server } from '../../src/core/i18n/server-catalogs';
import { catalogs } from '../../src/core/i18n/sidebar-catalogs';

const SIDEBAR = resolve(__dirname, '../../sidebar');
const SRC = resolve(__dirname, '../../src');
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
    for (const key of [...Object.keys(enWorkbook), ...Object.keys(enDocs), ...Object.keys(enRules)].filter(
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

describe('the server catalog', () => {
  const pageOnly = new Set([
    ...Object.keys(enSidebar),
    ...Object.keys(enPanels),
    ...Object.keys(enSeries),
    ...Object.keys(enDelivery),
    ...Object.keys(enPreview),
  ]);

  test('holds every string but the sidebar page’s, its panels’ and the preview’s, in English and Spanish', () => {
    const expected = Object.keys(en).filter((key) => !pageOnly.has(key));
    expect(expected.filter((key) => !(key in server.en) || !(key in server.es))).toEqual([]);
    expect([...pageOnly].filter((key) => key in server.en)).toEqual([]);
  });

  test('no server code names a key of the sidebar page, its panels or the preview', () => {
    const named = files(SRC)
      .filter((file) => !file.includes(join('core', 'i18n')))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'([\w.-]+)'/g)].map((m) => m[1]!));
    expect(named.filter((key) => pageOnly.has(key))).toEqual([]);
    // Keys built at run time (`role.${id}`) are never the page's: its keys all start with sb. or pv.
    expect([...pageOnly].filter((key) => !/^(sb|pv)\./.test(key))).toEqual([]);
  });

  test('the built Code.js carries no panel, help or preview text', () => {
    const code = readFileSync(resolve(__dirname, '../../dist/Code.js'), 'utf8');
    const long = (part: Record<string, unknown>) =>
      Object.values(part).filter((v): v is string => typeof v === 'string' && v.length > 40);
    for (const text of [...long(enPanels).slice(0, 5), ...long(enSidebar).slice(0, 5), ...long(enPreview)])
      expect(code.includes(JSON.stringify(text).slice(1, -1))).toBe(false);
  });
});

describe('both bundles', () => {
  const built = {
    'Code.js': readFileSync(resolve(__dirname, '../../dist/Code.js'), 'utf8'),
    'Sidebar.html': readFileSync(resolve(__dirname, '../../dist/Sidebar.html'), 'utf8'),
  };

  test.each(Object.keys(built) as (keyof typeof built)[])(
    '%s writes no message key as a property: each key is in one list the two languages share',
    (file) => {
      // A property follows "{" or "," (a key literal in `a ? "key" : b` is code naming it).
      const asProperty = Object.keys(en).filter((key) =>
        [`{"${key}":`, `,"${key}":`].some((p) => built[file].includes(p)),
      );
      expect(asProperty).toEqual([]);
    },
  );
});
