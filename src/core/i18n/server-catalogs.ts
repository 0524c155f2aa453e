/**
 * What Code.js carries (its build puts this module in place of catalogs.ts): every surface's strings but the
 * sidebar page's own, its panels' and delivery controls', and the local preview's, in both languages. The Spanish side must have exactly
 * the English side's keys with the same parameters, or the build fails.
 */
import type { Catalog, Lang } from './catalog';
import { enCheck } from './en-check';
import { enCommon } from './en-common';
import { enDocs } from './en-docs';
import { enEmail } from './en-email';
import { enFaults } from './en-faults';
import { enForms } from './en-forms';
import { enInvitations } from './en-invitations';
import { enRules } from './en-rules';
import { enWorkbook } from './en-workbook';
import { esCheck } from './es-check';
import { esCommon } from './es-common';
import { esDocs } from './es-docs';
import { esEmail } from './es-email';
import { esFaults } from './es-faults';
import { esForms } from './es-forms';
import { esInvitations } from './es-invitations';
import { esRules } from './es-rules';
import { esWorkbook } from './es-workbook';

const serverEn = {
  ...enWorkbook,
  ...enEmail,
  ...enFaults,
  ...enCheck,
  ...enInvitations,
  ...enDocs,
  ...enForms,
  ...enRules,
  ...enCommon,
};
const serverEs: { readonly [K in keyof typeof serverEn]: Catalog[K] } = {
  ...esWorkbook,
  ...esEmail,
  ...esFaults,
  ...esCheck,
  ...esInvitations,
  ...esDocs,
  ...esForms,
  ...esRules,
  ...esCommon,
};

export const catalogs: Record<Lang, Partial<Catalog>> = { en: serverEn, es: serverEs };
