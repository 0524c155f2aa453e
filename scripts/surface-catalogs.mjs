// The catalog a bundle carries, built from the one source (src/core/i18n) so that each key is written once and
// only the keys the bundle's code names are carried. `t` reads src/core/i18n/catalogs.ts (every surface, both
// languages) in tests and the preview; each build resolves it to the surface's module (server-catalogs.ts,
// sidebar-catalogs.ts), and this plugin then
// - writes each key once: a catalog file's object of messages becomes a list of its messages, named by a list
//   of its keys that the English and Spanish files share (`{ 'app.name': 'Toolkit', … }` in en-common.ts is
//   `named(keys, ['Toolkit', …])`), so the surface module combines the same objects as in the source;
// - leaves out the messages no code in the bundle names (the code is first built with empty catalogs and read
//   for key literals and key prefixes such as `role.${id}`), blanking their lines so source lines still map.
// The result is checked against the source evaluated as written: same keys kept, same strings, same functions,
// English and Spanish alike, or the build fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const I18N = join('src', 'core', 'i18n');
const CATALOG_FILE = /[/\\]src[/\\]core[/\\]i18n[/\\](en|es)-[\w-]+\.ts$/;
const isI18n = (importer) => importer.endsWith(join(I18N, 'i18n.ts'));

/**
 * The code of a bundle built with empty catalogs (the same options otherwise), so the only catalog keys in it
 * are those the code names.
 */
async function codeWithoutCatalogs(options) {
  const result = await esbuild.build({
    ...options,
    plugins: [
      {
        name: 'empty-catalogs',
        setup(build) {
          build.onResolve({ filter: /^\.\/catalogs$/ }, (args) =>
            isI18n(args.importer) ? { path: 'empty', namespace: 'empty-catalogs' } : undefined,
          );
          build.onLoad({ filter: /.*/, namespace: 'empty-catalogs' }, () => ({
            contents: 'export const catalogs = { en: {}, es: {} };',
            loader: 'js',
          }));
        },
      },
    ],
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
function namer(code, keys) {
  // A key whose start is computed (`${kind}.title`, kind+".title") could not be seen here: refuse one whose
  // literal end is a key's. A start and end both computed (`${kind}.${id}`) cannot be told from other text;
  // t() throws on a key a bundle lacks, so tests through the built bundles catch it, and the code's
  // convention is a literal prefix (`role.${id}`, zod-messages.ts's CHOICE_LABELS).
  for (const [whole, suffix] of code.matchAll(/(?:`\$\{[^{}`]*\}|[\w$)\]]\s*\+\s*")([.-][\w.-]+)/g)) {
    if (keys.some((key) => key.endsWith(suffix)))
      throw new Error(
        `surface catalogs: a catalog key seems built from a computed start (${whole}); start it with a literal prefix`,
      );
  }
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

/** A catalog file's top-level messages: the line pattern that starts one, and the keys in their order. */
function messagesOf(source, path) {
  const lines = source.split('\n');
  const firstLine = lines.findIndex((line) => /^\s+'[^']+':/.test(line));
  if (firstLine < 0) throw new Error(`surface catalogs: no messages found in ${path}`);
  const indent = lines[firstLine].match(/^\s+/)[0];
  const start = new RegExp(`^${indent}'([^']+)':`);
  const keys = lines.map((line) => line.match(start)?.[1]).filter(Boolean);
  return { lines, firstLine, indent, start, keys };
}

/**
 * A catalog file as the bundle carries it: the object of messages becomes `named(keys, [messages])`, its keys
 * said once in the list `keys` names (shared by the English and Spanish files), and the messages not kept
 * blanked out. Every line keeps its number, so the source map still points at the catalog's lines.
 */
function listMessages(source, path, listName, kept, surfaceKeys) {
  const { lines, firstLine, indent, start } = messagesOf(source, path);
  // The object opens with the last "{" before its first message, right after "=".
  let open = firstLine - 1;
  while (open >= 0 && !lines[open].includes('{')) open--;
  const upTo = `${lines.slice(0, open).join('\n')}\n${lines[open]}`;
  if (open < 0 || !/=\s*\{\s*$/.test(upTo))
    throw new Error(`surface catalogs: ${path} is not \`export const … = { messages }\``);
  const brace = lines[open].lastIndexOf('{');
  lines[open] = `${lines[open].slice(0, brace)}__named(${listName}, [${lines[open].slice(brace + 1)}`;
  const close = lines.findIndex(
    (line, i) => i > firstLine && /^\s*\}( as const)?;\s*$/.test(line) && !line.startsWith(indent),
  );
  if (close < 0) throw new Error(`surface catalogs: ${path} has no end to its messages`);
  lines[close] = lines[close].replace(/\}( as const)?;/, ']);');
  // A line at the object's indent that is not a message's continuation, e.g. `}) =>`, ends the one before it.
  const boundary = (line) =>
    start.test(line) || line.startsWith(`${indent}//`) || (line.trim() !== '' && !line.startsWith(indent));
  let dropping = false;
  const body = lines.map((line, i) => {
    if (i <= firstLine - 1 || i >= close) return line;
    const m = line.match(start);
    if (m) {
      if (!surfaceKeys.has(m[1]))
        throw new Error(`surface catalogs: ${path} has ${m[1]}, not in this surface`);
      dropping = !kept.has(m[1]);
      return dropping ? '' : line.replace(start, indent);
    }
    if (boundary(line)) dropping = false;
    return dropping ? '' : line;
  });
  body[0] = `import { named as __named, ${listName} } from 'catalog-keys'; ${body[0]}`;
  return body.join('\n');
}

const same = (a, b) =>
  typeof a === 'function' ? typeof b === 'function' && String(a) === String(b) : a === b;

/**
 * The esbuild plugin for a bundle built with `options`: `./catalogs` becomes the surface's catalogs (`file` in
 * src/core/i18n), each key once and only the keys its code names. Returns { plugin, keys, kept }.
 */
export async function surfaceCatalogs(file, options, root) {
  const dir = join(root, I18N);
  const surface = join(dir, file);
  const source = await evaluate({ entryPoints: [surface] });
  const keys = Object.keys(source.en);
  const missing = keys
    .filter((k) => !(k in source.es))
    .concat(Object.keys(source.es).filter((k) => !(k in source.en)));
  if (missing.length > 0)
    throw new Error(`surface catalogs: ${file} lacks ${missing.join(', ')} in one language`);
  const names = namer(await codeWithoutCatalogs(options), keys);
  const kept = new Set(keys.filter(names));
  // Each catalog file's kept keys, in its order; a Spanish file in its English pair's order shares its list.
  const lists = new Map();
  const listOf = new Map();
  for (const name of readdirSync(dir)
    .filter((f) => /^(en|es)-[\w-]+\.ts$/.test(f))
    .sort()) {
    const path = join(dir, name);
    const list = JSON.stringify(messagesOf(readFileSync(path, 'utf8'), path).keys.filter((k) => kept.has(k)));
    if (!lists.has(list)) lists.set(list, `__keys${lists.size}`);
    listOf.set(path, lists.get(list));
  }
  const keysModule = [
    'export const named = (keys, messages) => Object.fromEntries(keys.map((key, i) => [key, messages[i]]));',
    ...[...lists].map(([list, name]) => `export const ${name} = ${list};`),
  ].join('\n');
  const plugin = {
    name: 'surface-catalogs',
    setup(build) {
      build.onResolve({ filter: /^\.\/catalogs$/ }, (args) =>
        isI18n(args.importer) ? { path: surface } : undefined,
      );
      build.onResolve({ filter: /^catalog-keys$/ }, () => ({ path: 'keys', namespace: 'catalog-keys' }));
      build.onLoad({ filter: /.*/, namespace: 'catalog-keys' }, () => ({
        contents: keysModule,
        loader: 'js',
      }));
      build.onLoad({ filter: CATALOG_FILE }, (args) => ({
        contents: listMessages(
          readFileSync(args.path, 'utf8'),
          args.path,
          listOf.get(args.path),
          kept,
          new Set(keys),
        ),
        loader: 'ts',
      }));
    },
  };
  // What the bundle will carry, evaluated, against the source as written.
  const carried = await evaluate({ entryPoints: [surface], plugins: [plugin] });
  const list = keys.filter((k) => kept.has(k));
  for (const lang of ['en', 'es']) {
    const got = Object.keys(carried[lang]);
    const wrong = list.filter((k) => !same(carried[lang][k], source[lang][k]));
    if (got.length !== list.length || wrong.length > 0)
      throw new Error(`surface catalogs: ${file} (${lang}) differs from its source at ${wrong.join(', ')}`);
  }
  return { plugin, keys: keys.length, kept: list.length };
}
