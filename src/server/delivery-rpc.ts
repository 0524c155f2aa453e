/**
 * The Invitations panel's delivery: check who gets the email, preview the exact message per language, send in
 * batches the sidebar drives (each under the document lock, so two people sending at once never email the same
 * member twice), and make the printed letters.
 */
import * as z from 'zod/mini';
import { withDocumentLock } from '../adapters/lock';
import type { Lang } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import { MEMBER_STATUSES } from '../core/member';
import { UserError } from '../core/user-error';
import { makeLetters } from '../workflows/letters';
import {
  type DeliverySource,
  planDelivery,
  previewDelivery,
  readDelivery,
  sendBatch,
} from '../workflows/sending';
import { runDocCommand, withMessage } from './docs-commands';
import { defineRpc } from './rpc';
import { openReadyWorkbook, type ReadyWorkbook, today, workbookSettings } from './workbook-session';

/** Each call stays well under 30 s: a handful of mails and four sheet calls each. */
const SEND_BATCH_MAX = 10;

function deliverySource(
  readerLang: Lang,
  workbook: ReadyWorkbook = openReadyWorkbook(readerLang),
): DeliverySource {
  return {
    partners: workbook.tabs.partners,
    meetings: workbook.tabs.meetings,
    settings: workbookSettings(workbook),
    workbookLang: workbook.lang,
    timeZone: workbook.timeZone,
    readerLang,
  };
}

/** Rows selected on the Partners tab (header excluded); empty when the selection is elsewhere. */
function selectedPartnerRows(source: DeliverySource): number[] {
  const range = SpreadsheetApp.getActiveSpreadsheet().getActiveRange();
  if (!range || range.getSheet().getSheetId() !== source.partners.getSheetId()) return [];
  const first = Math.max(2, range.getRow());
  const last = range.getRow() + range.getNumRows() - 1;
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

const audienceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('unsent') }),
  z.strictObject({ kind: z.literal('status'), status: z.enum(MEMBER_STATUSES) }),
  z.strictObject({ kind: z.literal('rows') }),
]);

export const planInvitations = defineRpc(
  z.strictObject({ audience: audienceSchema, resend: z.boolean() }),
  ({ audience, resend }, { readerLang }) => {
    const source = deliverySource(readerLang);
    // One read of the roster serves the plan and the preview.
    const roster = readDelivery(source);
    const plan = planDelivery(
      roster,
      audience.kind === 'rows' ? { kind: 'rows', rows: selectedPartnerRows(source) } : audience,
      resend,
    );
    return { ...plan, preview: previewDelivery(source, roster, plan.send), batchSize: SEND_BATCH_MAX };
  },
);

export const sendInvitations = defineRpc(
  z.strictObject({
    ids: z.array(z.string().check(z.minLength(1))).check(z.minLength(1), z.maxLength(SEND_BATCH_MAX)),
    /** For a resend, what planInvitations saw in each member's Invitation sent cell (its `seen`). */
    resend: z.nullable(z.record(z.string(), z.string())),
  }),
  ({ ids, resend }, { readerLang }) => {
    const source = deliverySource(readerLang);
    const result = withDocumentLock(() => sendBatch(source, ids, resend));
    if (result.results.length === 0) throw new UserError('send.gone', { tab: source.partners.getName() });
    return result;
  },
  { unchanged: 'fault.send.retry' },
);

function letters(readerLang: Lang, onlySelectedRows: boolean, newBatch: boolean) {
  const workbook = openReadyWorkbook(readerLang);
  const source = deliverySource(readerLang, workbook);
  const rows = onlySelectedRows ? selectedPartnerRows(source) : [];
  if (onlySelectedRows && rows.length === 0)
    throw new UserError('letters.selectRows', { tab: source.partners.getName() });
  return withDocumentLock(() => makeLetters(source, { rows, newBatch }, today(workbook)));
}

export const makePrintedLetters = defineRpc(
  z.strictObject({ onlySelectedRows: z.boolean(), newBatch: z.boolean() }),
  ({ onlySelectedRows, newBatch }, { readerLang }) => {
    const made = withMessage(readerLang, letters(readerLang, onlySelectedRows, newBatch));
    return { ...made, message: `${t(readerLang, 'letters.done', { n: made.count })} ${made.message}` };
  },
  { unchanged: 'fault.letters.partial' },
);

/** Menu: letters for every member with no usable email, into the same Doc as last time. */
export function printedLetters(): void {
  runDocCommand((lang) => letters(lang, false, false), 'fault.letters.partial');
}
