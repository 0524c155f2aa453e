/**
 * The catalogs `t` reads at run time: every surface's strings, in both languages (the server needs them all).
 * The sidebar's build resolves this module to sidebar-catalogs.ts, so the page carries only its own strings.
 */
import type { Catalog, Lang } from './catalog';
import { en } from './en';
import { es } from './es';

export const catalogs: Record<Lang, Partial<Catalog>> = { en, es };
