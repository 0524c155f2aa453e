/**
 * The core runs in Apps Script and in the browser: no platform globals, no imports leaving src/core but zod/mini
 * (zod's tree-shakable build: the classic import brings the whole library into both bundles).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const CORE = resolve(__dirname, '../../src/core');
const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'DocumentApp',
  'FormApp',
  'DriveApp',
  'Drive',
  'GmailApp',
  'MailApp',
  'CalendarApp',
  'Session',
  'Utilities',
  'PropertiesService',
  'CacheService',
  'LockService',
  'ScriptApp',
  'HtmlService',
  'UrlFetchApp',
  'ContentService',
  'Logger',
  'Browser',
  'CardService',
  'google',
];
const OTHER_GLOBALS = ['window', 'document', 'process', 'require', 'Buffer', 'localStorage', 'fetch'];

/** Packages of plain JavaScript that touch no platform global (qrcode-generator writes the QR GIF itself). */
const PURE_PACKAGES = ['zod/mini', 'qrcode-generator'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Code without comments and string contents, so prose like "the Session" does not trip the scan. */
function code(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");
}

describe('src/core purity', () => {
  const sources = files(CORE);

  it('finds the core files', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(sources.map((f) => [relative(CORE, f), f]))('%s uses no platform global', (_name, file) => {
    const text = code(readFileSync(file, 'utf8'));
    for (const name of [...APPS_SCRIPT_GLOBALS, ...OTHER_GLOBALS]) {
      expect({ name, used: new RegExp(`(?<![.\\w$'])${name}\\s*[.(]`).test(text) }).toEqual({
        name,
        used: false,
      });
    }
    expect(/\bDate\.now\s*\(|new Date\s*\(\s*\)/.test(text)).toBe(false);
  });

  it.each(sources.map((f) => [relative(CORE, f), f]))(
    '%s imports only zod/mini, qrcode-generator and core files',
    (_name, file) => {
      const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map(
        (m) => m[1]!,
      );
      for (const spec of specifiers) {
        const inside = spec.startsWith('.') && !relative(CORE, resolve(dirname(file), spec)).startsWith('..');
        expect({ spec, allowed: PURE_PACKAGES.includes(spec) || inside }).toEqual({ spec, allowed: true });
      }
    },
  );
});

describe('server and sidebar', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });
  const all = [resolve(__dirname, '../../src'), resolve(__dirname, '../../sidebar')].flatMap(files);

  it.each(all.map((f) => [relative(resolve(__dirname, '../..'), f), f]))(
    '%s imports zod only as zod/mini',
    (_name, file) => {
      expect(readFileSync(file, 'utf8')).not.toMatch(/from 'zod'|from "zod"|require\('zod'\)/);
    },
  );
});
