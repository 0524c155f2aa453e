/**
 * Emailing invitations: who to send to, the exact message each member gets, and sending in small batches that
 * the sidebar drives (each well under Apps Script's 30 s for a google.script.run call, nowhere near 6 minutes).
 *
 * A member's "Invitation sent" cell is written around each send: "Sending…" just before MailApp is called,
 * then "Sent" (time, language) or "Not sent" (the error). So a batch stopped at any call never emails anyone
 * twice when it is run again: members marked Sent are skipped, members whose send failed are tried again, and a
 * member left at "Sending…" is settled by MailApp's quota against the note made just before the send (see
 * inFlightOutcome); when the quota cannot tell, they wait for an explicit resend.
 * Per batch: fixed reads, then per member sent four sheet calls, two property calls (the note) and the mail;
 * nothing grows with the roster.
 */
import { readDocumentRecord, writeDocumentRecord } from '../adapters/document-store';
import { remainingMailQuota, sendMail } from '../adapters/mail/mail';
import {
  readTable,
  readTableValues,
  records,
  type TableSnapshot,
  updateRecords,
  writeCell,
} from '../adapters/table-io';
import type { Sheet } from '../adapters/workbook';
import { readMeetings, readMembers } from '../adapters/workbook-data';
import {
  type Audience,
  asksForPaper,
  type Candidate,
  fitQuota,
  type InFlight,
  inFlightOutcome,
  laterStamp,
  notSentCell,
  parseSentCell,
  planSend,
  type SendPlan,
  type Stamp,
  sendingCell,
  sentCell,
  skipReason,
  stampInZone,
} from '../core/delivery';
import { type EmailContent, invitationEmail } from '../core/email';
import type { Lang } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import { invitationMessage, messageLangs } from '../core/invitation-message';
import type { Meeting } from '../core/meeting';
import { isValidEmail } from '../core/roster';
import type { Settings } from '../core/settings';
import { isTransient } from '../core/transient';
import { UserError } from '../core/user-error';
import { MEETINGS_TAB, PARTNERS_TAB } from '../core/workbook/tabs';

/** What sending needs from the open workbook. */
export interface DeliverySource {
  partners: Sheet;
  meetings: Sheet;
  settings: Settings;
  /** Cells are written in the workbook's language. */
  workbookLang: Lang;
  timeZone: string;
  /** Messages to the person sending are in theirs. */
  readerLang: Lang;
}

export interface DeliveryRoster {
  snapshot: TableSnapshot;
  candidates: Candidate[];
  meetings: Meeting[];
}

/** One read of Partners and one of Meetings, whatever their size. */
export function readDelivery(source: DeliverySource): DeliveryRoster {
  const snapshot = readTable(source.partners, PARTNERS_TAB);
  if (!snapshot.columns.has('inviteLink') || !snapshot.columns.has('invitationSent')) {
    throw new UserError('send.rerunSetup', {
      tab: source.partners.getName(),
      link: t(source.workbookLang, 'field.inviteLink'),
      sent: t(source.workbookLang, 'wb.col.invitationSent'),
    });
  }
  const cells = new Map(records(snapshot).map((r) => [r.row, r.values]));
  const { members } = readMembers(snapshot, source.settings, source.readerLang, source.timeZone);
  const candidates = members.map((member): Candidate => {
    const values = cells.get(member.row ?? 0) ?? {};
    return {
      member,
      link: String(values.inviteLink ?? '').trim(),
      sent: parseSentCell(values.invitationSent),
      paper: asksForPaper(values.contactBy),
    };
  });
  const { meetings } = readMeetings(
    readTableValues(source.meetings, MEETINGS_TAB),
    source.readerLang,
    source.timeZone,
  );
  return { snapshot, candidates, meetings };
}

function emailFor(c: Candidate, settings: Settings, meetings: readonly Meeting[]): EmailContent {
  return invitationEmail(
    invitationMessage({ ...c.member, link: c.link }, settings, meetings, 'email'),
    settings.leaName,
  );
}

export function now(timeZone: string): Stamp {
  return stampInZone(Date.now(), timeZone);
}

export interface DeliveryPlan extends SendPlan {
  quota: number;
  /** Members the quota leaves for another day. */
  later: number;
}

export function planDelivery(
  { candidates }: DeliveryRoster,
  audience: Audience,
  resend: boolean,
): DeliveryPlan {
  const plan = planSend(candidates, audience, resend);
  const quota = remainingMailQuota();
  return { ...plan, quota, later: fitQuota(plan.send, quota).later.length };
}

/** The exact message one member of each language group would get, for the sidebar's preview. */
export function previewDelivery(
  source: DeliverySource,
  { candidates, meetings }: DeliveryRoster,
  ids: readonly string[],
) {
  const usable = candidates.filter((c) => c.link && c.member.email && isValidEmail(c.member.email));
  const preferred = [...usable].sort(
    (a, b) => Number(!ids.includes(a.member.id)) - Number(!ids.includes(b.member.id)),
  );
  const groups = new Map<string, Candidate>();
  for (const c of preferred) {
    const key = messageLangs(c.member).join('+');
    if (!groups.has(key)) groups.set(key, c);
  }
  return [...groups.entries()].map(([key, c]) => ({
    langs: key.split('+') as Lang[],
    memberId: c.member.id,
    name: c.member.name,
    to: c.member.email ?? '',
    ...emailFor(c, source.settings, meetings),
  }));
}

export type Outcome = 'sent' | 'failed' | 'skipped' | 'quota';
export interface BatchResult {
  results: { id: string; name: string; outcome: Outcome; error?: string }[];
  quota: number;
}

/** Stops taking new members once a batch has run this long, so a call stays well under 30 s. */
const BATCH_BUDGET_MS = 15_000;

/** The send in flight (see InFlight); the `job.` prefix marks bookkeeping a person never reads. */
const IN_FLIGHT = 'job.sending';

function readInFlight(): InFlight | null {
  const { id, at, quota } = readDocumentRecord(IN_FLIGHT);
  return id && at && quota ? { id, at, quota: Number(quota) } : null;
}

/**
 * Sends to the given members (the caller holds the document lock); see the top of this module. Per member:
 * note the send in flight, mark the cell "Sending…", hand the email to MailApp, mark it "Sent". A member left at
 * "Sending…" by a stop is settled by the quota (see inFlightOutcome): sent again only when it did not leave.
 */
export function sendBatch(
  source: DeliverySource,
  ids: readonly string[],
  /** For a resend: each member's cell as the plan saw it. */
  resend: Record<string, string> | null,
): BatchResult {
  const started = Date.now();
  const { snapshot, candidates, meetings } = readDelivery(source);
  const byId = new Map(candidates.map((c) => [c.member.id, c]));
  let quota = remainingMailQuota();
  const flight = readInFlight();
  const results: BatchResult['results'] = [];
  const { settings, workbookLang, timeZone } = source;
  const recordSent = (c: Candidate, sending: string) => {
    const at = laterStamp(now(timeZone), { kind: 'sending', at: sending });
    updateRecords(
      snapshot,
      new Map([
        [
          c.member.row!,
          {
            invitationSent: sentCell(workbookLang, at, messageLangs(c.member)),
            invitedOn: at.slice(0, 10),
            ...(c.member.status === 'proposed' ? { status: t(workbookLang, 'status.invited') } : {}),
          },
        ],
      ]),
    );
  };
  for (const id of ids) {
    const found = byId.get(id);
    if (!found) continue;
    const name = found.member.name;
    const interrupted = resend ? 'unknown' : inFlightOutcome(flight, found, quota, now(timeZone));
    if (interrupted === 'sent' && found.sent.kind === 'sending') {
      recordSent(found, found.sent.at);
      results.push({ id, name, outcome: 'sent' });
      continue;
    }
    // An email that did not leave is sent under the stamp its cell already shows.
    const c: Candidate = interrupted === 'not-sent' ? { ...found, sent: { kind: 'none' } } : found;
    const seen = resend?.[id];
    if (skipReason(c, resend ? { seen: seen ?? '\u0000' } : null) !== null) {
      results.push({ id, name, outcome: 'skipped' });
      continue;
    }
    if (quota < 1 || Date.now() - started > BATCH_BUDGET_MS) {
      results.push({ id, name, outcome: 'quota' });
      continue;
    }
    const row = c.member.row!;
    const content = emailFor(c, settings, meetings);
    const sending =
      found.sent.kind === 'sending' && interrupted === 'not-sent'
        ? found.sent.at
        : laterStamp(now(timeZone), c.sent);
    writeDocumentRecord(IN_FLIGHT, { id, at: sending, quota: String(quota) });
    writeCell(snapshot, row, 'invitationSent', sendingCell(workbookLang, sending));
    try {
      sendMail(c.member.email!, content, {
        name: settings.leaName || t(workbookLang, 'app.name'),
        ...(settings.contactEmail && isValidEmail(settings.contactEmail)
          ? { replyTo: settings.contactEmail }
          : {}),
      });
    } catch (error) {
      // Google not answering says nothing about whether the email left: the cell stays "Sending…" and the
      // next run settles it by the quota. Any other refusal (an address Gmail rejects) is recorded.
      if (isTransient(error)) throw error;
      const text = error instanceof Error ? error.message : String(error);
      writeCell(snapshot, row, 'invitationSent', notSentCell(workbookLang, text));
      results.push({ id, name, outcome: 'failed', error: text });
      continue;
    }
    quota -= 1;
    recordSent(c, sending);
    results.push({ id, name, outcome: 'sent' });
  }
  return { results, quota };
}
