// Builds what Apps Script runs into dist/: Code.js (the server bundle), Sidebar.html (the sidebar, one
// self-contained file) and appsscript.json (the manifest). Code.js is minified, identifiers too (Apps Script
// reads the whole file on every execution); its source map goes to maps/, beside dist/ and so never pushed by
// clasp (rootDir is dist), where `npm run stack` turns a stack trace from Apps Script back into source lines.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { surfaceCatalogs } from './surface-catalogs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const maps = join(root, 'maps');
const entry = join(root, 'src/main.ts');
// Apps Script's V8 runtime; lowering to ES2019 keeps the bundle safe on it.
const target = 'es2019';
const GLOBAL = 'EducationalPartners';

/** The entry file's export names, read from esbuild's metafile, so no hand-kept list can drift. */
async function entryExports() {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  return [...output.exports].sort();
}

/**
 * Apps Script only sees top-level function declarations (menus, triggers, google.script.run), so each export
 * becomes a real `function name()` that forwards to the bundle's namespace.
 */
function topLevelFunctions(names) {
  return names
    .map((name) => `function ${name}() {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}`)
    .join('\n');
}

async function buildServer() {
  const names = await entryExports();
  const options = {
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target,
    minify: true,
    legalComments: 'none',
    // Text as UTF-8, not \u escapes (a quote mark is 3 bytes, not 6). The sidebar keeps escapes: they gzip better.
    charset: 'utf8',
    sourcemap: 'external',
    outfile: join(dist, 'Code.js'),
    write: false,
    logLevel: 'warning',
  };
  const catalogs = await surfaceCatalogs('server-catalogs.ts', options, root);
  const result = await esbuild.build({ ...options, plugins: [catalogs.plugin] });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
  const map = result.outputFiles.find((f) => f.path.endsWith('.map')).text;
  // The top-level functions go after the bundle, so the map's lines stay those of the bundle.
  const code = `${js}\n${topLevelFunctions(names)}\n`;
  for (const [pattern, what] of [
    [/^\s*export\s/m, 'export'],
    [/^\s*import\s/m, 'import'],
    [/\brequire\(/, 'require('],
  ]) {
    if (pattern.test(code))
      throw new Error(`dist/Code.js must not contain "${what}": Apps Script has no modules`);
  }
  writeFileSync(join(dist, 'Code.js'), code);
  writeFileSync(join(maps, 'Code.js.map'), map);
  return { names, bytes: Buffer.byteLength(code), catalogs };
}

async function buildSidebar() {
  const options = {
    entryPoints: [join(root, 'sidebar/main.ts'), join(root, 'sidebar/styles.css')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target,
    minify: true,
    legalComments: 'none',
    write: false,
    outdir: 'out',
    logLevel: 'warning',
  };
  const catalogs = await surfaceCatalogs('sidebar-catalogs.ts', options, root);
  const result = await esbuild.build({ ...options, plugins: [catalogs.plugin] });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
  const css = result.outputFiles.find((f) => f.path.endsWith('.css')).text;
  // The page is an HtmlService template: scriptlet markers inside the inlined code would be evaluated, and a
  // closing script tag inside it would end the script early.
  for (const [text, where] of [
    [js, 'script'],
    [css, 'style'],
  ]) {
    if (/<\?|\?>/.test(text)) throw new Error(`sidebar ${where} contains an HtmlService scriptlet marker`);
    if (/<\/(script|style)/i.test(text)) throw new Error(`sidebar ${where} contains a closing tag`);
  }
  const page = readFileSync(join(root, 'sidebar/index.html'), 'utf8')
    .replace('<!-- styles -->', () => `<style>${css}</style>`)
    .replace('<!-- script -->', () => `<script>${js}</script>`);
  writeFileSync(join(dist, 'Sidebar.html'), page);
  return { bytes: Buffer.byteLength(page), catalogs };
}

mkdirSync(dist, { recursive: true });
mkdirSync(maps, { recursive: true });
copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
const [server, sidebar] = await Promise.all([buildServer(), buildSidebar()]);
const messages = ({ catalogs }) => `${catalogs.kept} of ${catalogs.keys} messages`;
console.log(
  `dist/Code.js ${server.bytes} bytes, ${server.names.length} top-level functions, ${messages(server)}; dist/Sidebar.html ${sidebar.bytes} bytes, ${messages(sidebar)}`,
);
