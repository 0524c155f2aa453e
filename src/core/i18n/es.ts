import type { Catalog } from './catalog';
import { esCheck } from './es-check';
import { esCommon } from './es-common';
import { esDelivery } from './es-delivery';
import { esDocs } from './es-docs';
import { esEmail } from './es-email';
import { esFaults } from './es-faults';
import { esForms } from './es-forms';
import { esInvitations } from './es-invitations';
import { esPanels } from './es-panels';
import { esPreview } from './es-preview';
import { esRules } from './es-rules';
import { esSeries } from './es-series';
import { esSidebar } from './es-sidebar';
import { esWorkbook } from './es-workbook';

export const es: Catalog = {
  ...esWorkbook,
  ...esSidebar,
  ...esEmail,
  ...esDelivery,
  ...esFaults,
  ...esCheck,
  ...esInvitations,
  ...esDocs,
  ...esForms,
  ...esPanels,
  ...esSeries,
  ...esPreview,
  ...esRules,
  ...esCommon,
};
