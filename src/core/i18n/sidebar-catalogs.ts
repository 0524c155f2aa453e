/**
 * What the sidebar page carries (its build puts this module in place of catalogs.ts): the shared strings, the
 * sidebar's and its panels', and the invitations panel's, in both languages. The Spanish side must have exactly
 * the English side's keys with the same parameters, or the build fails.
 */
import type { Catalog, Lang } from './catalog';
import { enCommon } from './en-common';
import { enInvitations } from './en-invitations';
import { enPanels } from './en-panels';
import { enSidebar } from './en-sidebar';
import { esCommon } from './es-common';
import { esInvitations } from './es-invitations';
import { esPanels } from './es-panels';
import { esSidebar } from './es-sidebar';

export const sidebarEn = { ...enCommon, ...enSidebar, ...enPanels, ...enInvitations };
const sidebarEs: { readonly [K in keyof typeof sidebarEn]: Catalog[K] } = {
  ...esCommon,
  ...esSidebar,
  ...esPanels,
  ...esInvitations,
};

export const catalogs: Record<Lang, Partial<Catalog>> = { en: sidebarEn, es: sidebarEs };
