/**
 * The catalogs `t` reads at run time in tests, scripts and the preview: every surface's strings, in both
 * languages. The builds resolve this module to server-catalogs.ts (Code.js) and sidebar-catalogs.ts (the page),
 * so each bundle carries only its own strings.
 */
import type { Catalog, Lang } from './catalog';
import { en } from './en';
import { es } from './es';

export const catalogs: Record<Lang, Partial<Catalog>> = { en, es };
