/**
 * The one typed catalog of every string a person sees. English is the reference: the Spanish catalog must have
 * exactly its keys with the same parameter types, so a missing or extra key is a compile error.
 * A message is a plain string or a function of typed parameters (for interpolation and plurals).
 */
import type { en } from './en';

export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

type Widen<M> = M extends string ? string : M;
export type Catalog = { readonly [K in keyof typeof en]: Widen<(typeof en)[K]> };
export type MessageKey = keyof Catalog;
