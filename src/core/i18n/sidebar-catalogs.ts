/**
 * What the sidebar page carries (its build puts this module in place of catalogs.ts): the shared strings, the
 * sidebar's and its panels', the invitations panel's and its delivery controls', in both languages. The Spanish side must have exactly
 * the English side's keys with the same parameters, or the build fails.
 */
import type { Catalog, Lang } from './catalog';
import { enCommon } from './en-common';
import { enDelivery } from './en-delivery';
import { enInvitations } from './en-invitations';
import { enPanels } from './en-panels';
import { enSeries } from './en-series';
import { enSidebar } from './en-sidebar';
import { esCommon } from './es-common';
import { esDelivery } from './es-delivery';
import { esInvitations } from './es-invitations';
import { esPanels } from './es-panels';
import { esSeries } from './es-series';
import { esSidebar } from './es-sidebar';

const sidebarEn = {
  ...enCommon,
  ...enSidebar,
  ...enPanels,
  ...enSeries,
  ...enInvitations,
  ...enDelivery,
};
const sidebarEs: { readonly [K in keyof typeof sidebarEn]: Catalog[K] } = {
  ...esCommon,
  ...esSidebar,
  ...esPanels,
  ...esSeries,
  ...esInvitations,
  ...esDelivery,
};

export const catalogs: Record<Lang, Partial<Catalog>> = { en: sidebarEn, es: sidebarEs };
