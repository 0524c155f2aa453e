import type { Catalog, Lang, MessageKey } from './catalog';
import { catalogs } from './catalogs';

type Params<K extends MessageKey> = Catalog[K] extends (p: infer P) => string ? [params: P] : [];

/** Translates a key into the reader's language. */
export function t<K extends MessageKey>(lang: Lang, key: K, ...params: Params<K>): string {
  return tKey(lang, key, params[0]);
}

/** A translator bound to one language, for code that speaks to one reader. */
export type Translate = <K extends MessageKey>(key: K, ...params: Params<K>) => string;
export function translator(lang: Lang): Translate {
  return (key, ...params) => t(lang, key, ...params);
}

/** Apps Script locales look like `es`, `es_419` or `es-MX`; anything not Spanish reads English. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^es\b|^es[_-]/i.test(locale ?? '') ? 'es' : 'en';
}

/** For a key chosen at run time (e.g. carried by an error): parameters are not checked by the compiler. */
export function tKey(lang: Lang, key: MessageKey, params?: unknown): string {
  const message = catalogs[lang][key] as string | ((p: unknown) => string) | undefined;
  // Only a surface's build can lack a key (the sidebar carries its own strings): fail loudly in its tests.
  if (message === undefined) throw new Error(`No message ${key} in this surface's catalog`);
  return typeof message === 'function' ? message(params ?? {}) : message;
}

/** Whether a text is a catalog key this surface carries (a schema's custom message is one). */
export function hasMessage(key: string): key is MessageKey {
  return key in catalogs.en;
}
