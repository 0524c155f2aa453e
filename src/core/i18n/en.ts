import { enCheck } from './en-check';
import { enCommon } from './en-common';
import { enDelivery } from './en-delivery';
import { enDocs } from './en-docs';
import { enEmail } from './en-email';
import { enFaults } from './en-faults';
import { enForms } from './en-forms';
import { enInvitations } from './en-invitations';
import { enPanels } from './en-panels';
import { enPreview } from './en-preview';
import { enRules } from './en-rules';
import { enSeries } from './en-series';
import { enSidebar } from './en-sidebar';
import { enWorkbook } from './en-workbook';

export const en = {
  ...enWorkbook,
  ...enSidebar,
  ...enEmail,
  ...enDelivery,
  ...enFaults,
  ...enCheck,
  ...enInvitations,
  ...enDocs,
  ...enForms,
  ...enPanels,
  ...enSeries,
  ...enPreview,
  ...enRules,
  ...enCommon,
};
