/**
 * Printed letters: one Google Doc with a page per member who has no usable email (or per row picked on the
 * Partners tab), filed in the group folder's letters subfolder. Re-running rewrites the same Doc unless a new
 * batch is asked for. Each member's Invitation sent cell then says "Letter", when, in which language, and the
 * Doc's link; a cell that records an email is left as it is.
 */
import { updateRecords } from '../adapters/table-io';
import { letterCell, letterRecipients } from '../core/delivery';
import { lettersDoc } from '../core/docs/letters';
import { messageLangs } from '../core/invitation-message';
import { UserError } from '../core/user-error';
import { type MadeDoc, writeDoc } from './meeting-docs';
import { type DeliverySource, now, readDelivery } from './sending';

export function makeLetters(
  source: DeliverySource,
  options: { rows: readonly number[]; newBatch: boolean },
  today: string,
): MadeDoc & { count: number } {
  const { snapshot, candidates, meetings } = readDelivery(source);
  const chosen = letterRecipients(candidates, options.rows);
  if (chosen.length === 0) throw new UserError('letters.none', { tab: source.partners.getName() });
  const model = lettersDoc(
    chosen.map((c) => ({ ...c.member, link: c.link })),
    source.settings,
    meetings,
    today,
    source.workbookLang,
  );
  const made = writeDoc('letters', 'letters', model, options.newBatch, source.workbookLang);
  const at = now(source.timeZone);
  const marks = chosen.filter((c) => ['none', 'failed', 'letter'].includes(c.sent.kind));
  updateRecords(
    snapshot,
    new Map(
      marks.map((c) => [
        c.member.row!,
        { invitationSent: `${letterCell(source.workbookLang, at, messageLangs(c.member))} · ${made.url}` },
      ]),
    ),
  );
  return { ...made, count: chosen.length };
}
