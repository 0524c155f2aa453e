// The catalog a bundle carries, built from the one source (src/core/i18n) so that each key is written once and
// only the keys the bundle's code names are carried. `t` reads src/core/i18n/catalogs.ts (every surface, both
// languages) in tests and the preview; each build resolves it to the surface's module (server-catalogs.ts,
// sidebar-catalogs.ts), and this plugin then
// - writes each key once: the catalog files' keys become their index in one list of keys (`'app.name':` is
//   `0:` in en-common.ts and es-common.ts), and the list names them back when the bundle starts;
// - leaves out the messages no code in the bundle names (the code is first built with empty catalogs and read
//   for key literals and key prefixes such as `role.${id}`), blanking their lines so source lines still map.
// The result is checked against the source evaluated as written: same keys kept, same strings, same functions,
// English and Spanish alike, or the build fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const I18N = join('src', 'core', 'i18n');
const CATALOG_FILE = /[/\\]src[/\\]core[/\\]i18n[/\\](en|es)-[\w-]+\.ts$/;
const isI18n = (importer) => importer.endsWith(join(I18N, 'i18n.ts'));

/** Resolves i18n.ts's `./catalogs` to `contents` (a module exporting `catalogs`). */
const catalogsAs = (contents, resolveDir) => ({
  name: 'catalogs-as',
  setup(build) {
    build.onResolve({ filter: /^\.\/catalogs$/ }, (args) =>
      isI18n(args.importer) ? { path: 'catalogs', namespace: 'surface-catalogs' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'surface-catalogs' }, () => ({
      contents,
      resolveDir,
      loader: 'js',
    }));
  },
});

/**
 * The code of a bundle built with empty catalogs (the same options otherwise), so the only catalog keys in it
 * are those the code names.
 */
async function codeWithoutCatalogs(options, root) {
  const result = await esbuild.build({
    ...options,
    plugins: [catalogsAs('export const catalogs = { en: {}, es: {} };', join(root, I18N))],
    sourcemap: false,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles
    .filter((f) => f.path.endsWith('.js'))
    .map((f) => f.text)
    .join('\n');
}

/**
 * Whether the code names `key`: as a string literal, or by a literal prefix ending in "." or "-" that code
 * completes at run time (`role.${id}`, "sb.send.skip."+reason).
 */
function namer(code) {
  // A key whose start is itself computed (`${kind}.title`) could not be seen here: refuse it.
  const computed = code.match(/`\$\{[^{}`]*\}[.-][\w-]|"\s*\+\s*"[.-][\w-]/);
  if (computed)
    throw new Error(
      `surface catalogs: a catalog key seems built from a computed prefix (${computed[0]}); start it with a literal prefix`,
    );
  const quoted = (text) => ['"', "'", '`'].some((q) => code.includes(`${q}${text}${q}`));
  const completed = (prefix) =>
    quoted(prefix) || code.includes(`\`${prefix}\${`) || code.includes(`"${prefix}"+`);
  return (key) => quoted(key) || [...key.matchAll(/[.-]/g)].some((m) => completed(key.slice(0, m.index + 1)));
}

/** The `catalogs` a module exports ({ en, es }, each key to its message), bundled with `options` and run. */
async function evaluate(options) {
  const result = await esbuild.build({
    ...options,
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
  return module.exports.catalogs;
}

/**
 * A catalog file with each top-level key replaced by its index, and the messages not kept blanked out (their
 * lines left empty, so every other line keeps its number for the source map).
 */
function indexKeys(source, path, index, surfaceKeys) {
  const lines = source.split('\n');
  const first = lines.find((line) => /^\s+'[^']+':/.test(line));
  if (!first) throw new Error(`surface catalogs: no messages found in ${path}`);
  const indent = first.match(/^\s+/)[0];
  const start = new RegExp(`^${indent}'([^']+)':`);
  // A line at the object's indent that is not a message's continuation, e.g. `}) =>`, ends the one before it.
  const boundary = (line) =>
    start.test(line) || line.startsWith(`${indent}//`) || (line.trim() !== '' && !line.startsWith(indent));
  let dropping = false;
  return lines
    .map((line) => {
      const m = line.match(start);
      if (m) {
        if (!surfaceKeys.has(m[1]))
          throw new Error(`surface catalogs: ${path} has ${m[1]}, not in this surface`);
        dropping = !index.has(m[1]);
        return dropping ? '' : line.replace(start, `${indent}${index.get(m[1])}:`);
      }
      if (boundary(line)) dropping = false;
      return dropping ? '' : line;
    })
    .join('\n');
}

const same = (a, b) =>
  typeof a === 'function' ? typeof b === 'function' && String(a) === String(b) : a === b;

/**
 * The esbuild plugin for a bundle built with `options`: `./catalogs` becomes the surface's catalogs (`file` in
 * src/core/i18n), each key once and only the keys its code names. Returns { plugin, keys, kept }.
 */
export async function surfaceCatalogs(file, options, root) {
  const surface = join(root, I18N, file);
  const source = await evaluate({ entryPoints: [surface] });
  const keys = Object.keys(source.en);
  const missing = keys
    .filter((k) => !(k in source.es))
    .concat(Object.keys(source.es).filter((k) => !(k in source.en)));
  if (missing.length > 0)
    throw new Error(`surface catalogs: ${file} lacks ${missing.join(', ')} in one language`);
  const names = namer(await codeWithoutCatalogs(options, root));
  const kept = new Set(keys.filter(names));
  const list = keys.filter((k) => kept.has(k));
  const index = new Map(list.map((k, i) => [k, i]));
  const indexing = {
    name: 'indexed-catalog-files',
    setup(build) {
      build.onLoad({ filter: CATALOG_FILE }, (args) => ({
        contents: indexKeys(readFileSync(args.path, 'utf8'), args.path, index, new Set(keys)),
        loader: 'ts',
      }));
    },
  };
  const wrapper = [
    `import { catalogs as byIndex } from ${JSON.stringify(surface)};`,
    `const KEYS = ${JSON.stringify(list)};`,
    'const named = (messages) => Object.fromEntries(Object.entries(messages).map(([i, m]) => [KEYS[i], m]));',
    'export const catalogs = { en: named(byIndex.en), es: named(byIndex.es) };',
  ].join('\n');
  const plugin = {
    name: 'surface-catalogs',
    setup(build) {
      catalogsAs(wrapper, join(root, I18N)).setup(build);
      indexing.setup(build);
    },
  };
  // What the bundle will carry, evaluated, against the source as written.
  const carried = await evaluate({
    stdin: { contents: wrapper, resolveDir: join(root, I18N), loader: 'js' },
    plugins: [indexing],
  });
  for (const lang of ['en', 'es']) {
    const got = Object.keys(carried[lang]);
    const wrong = list.filter((k) => !same(carried[lang][k], source[lang][k]));
    if (got.length !== list.length || wrong.length > 0)
      throw new Error(`surface catalogs: ${file} (${lang}) differs from its source at ${wrong.join(', ')}`);
  }
  return { plugin, keys: keys.length, kept: list.length };
}
