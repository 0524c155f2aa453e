/**
 * Who gets an invitation email, and what the "Invitation sent" cell says. The cell is the record that makes a
 * send safe to stop and resume: it says "Sending…" just before the mail goes, then "Sent" with the time and
 * language, or "Not sent" with the error. A member whose cell says Sent or Sending is never emailed again
 * unless the person sending asks for a resend of that member; "Sending…" left behind means the execution
 * stopped around the send itself: the next run settles it by the mail quota when it can (inFlightOutcome),
 * and otherwise only an explicit resend repeats it.
 */
import type { Lang } from './i18n/catalog';
import { LANGS } from './i18n/catalog';
import { t } from './i18n/i18n';
import { isSelected, type Member, type MemberStatus } from './member';
import { isValidEmail } from './roster';
import { fold } from './sheet-values';

/** A moment as the cells show it, in the LEA's time zone: "2024-03-01 14:05:09" (sorts as text). */
export type Stamp = string;

export type SentState =
  | { kind: 'none' }
  | { kind: 'sent'; at: Stamp }
  | { kind: 'letter'; at: Stamp }
  | { kind: 'sending'; at: Stamp }
  | { kind: 'failed'; error: string }
  /** Something a person typed (e.g. "handed out at the meeting"): counts as delivered. */
  | { kind: 'other'; text: string };

const MARK = '\u0000';
const STAMP = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?)/;

function prefixes(key: 'wb.sent' | 'wb.sending' | 'wb.notSent' | 'wb.letter'): string[] {
  return LANGS.map((lang) => t(lang, key, { when: MARK, language: MARK, error: MARK }).split(MARK)[0]!);
}

const PREFIXES = {
  sent: prefixes('wb.sent'),
  sending: prefixes('wb.sending'),
  letter: prefixes('wb.letter'),
  failed: prefixes('wb.notSent'),
};

/** Reads an "Invitation sent" cell written in either language. */
export function parseSentCell(cell: unknown): SentState {
  const text = cell instanceof Date ? '' : String(cell ?? '').trim();
  if (text === '') return { kind: 'none' };
  for (const kind of ['sent', 'sending', 'letter'] as const) {
    const prefix = PREFIXES[kind].find((p) => text.startsWith(p));
    const at = prefix === undefined ? null : STAMP.exec(text.slice(prefix.length));
    if (at) return { kind, at: at[1]! };
  }
  const failed = PREFIXES.failed.find((p) => text.startsWith(p));
  if (failed !== undefined) return { kind: 'failed', error: text.slice(failed.length).trim() };
  return { kind: 'other', text };
}

/** The languages of a message, named in the workbook's language: "Spanish", "English and Spanish". */
function langsLabel(workbookLang: Lang, langs: readonly Lang[]): string {
  return langs.length > 1 ? t(workbookLang, 'wb.langs.both') : t(workbookLang, `lang.${langs[0]!}`);
}

export function sentCell(workbookLang: Lang, at: Stamp, langs: readonly Lang[]): string {
  return t(workbookLang, 'wb.sent', { when: at, language: langsLabel(workbookLang, langs) });
}
export function sendingCell(workbookLang: Lang, at: Stamp): string {
  return t(workbookLang, 'wb.sending', { when: at });
}
export function letterCell(workbookLang: Lang, at: Stamp, langs: readonly Lang[]): string {
  return t(workbookLang, 'wb.letter', { when: at, language: langsLabel(workbookLang, langs) });
}
/** Errors from Google are one line, kept short enough to read in a cell. */
export function notSentCell(workbookLang: Lang, error: string): string {
  return t(workbookLang, 'wb.notSent', { error: error.replace(/\s+/g, ' ').trim().slice(0, 300) });
}

/** One member as the sender sees them: their row, their link, what their cell says. */
export interface Candidate {
  member: Member;
  link: string;
  sent: SentState;
  /** Their answer named a letter in the mail as the best way to reach them. */
  paper?: boolean;
}

/** Whether a "Best way to reach" cell (an answer in either language) asks for a letter in the mail. */
export function asksForPaper(cell: unknown): boolean {
  const labels = LANGS.map((lang) => fold(t(lang, 'form.contact.mail')));
  return String(cell ?? '')
    .split(';')
    .some((part) => labels.includes(fold(part)));
}

/** Who to send to: everyone not yet sent, members with a status, or rows picked on the Partners tab. */
export type Audience =
  | { kind: 'unsent' }
  | { kind: 'status'; status: MemberStatus }
  | { kind: 'rows'; rows: readonly number[] };

export type SkipReason =
  | 'no-email'
  | 'bad-email'
  | 'no-link'
  | 'already-sent'
  | 'interrupted'
  | 'not-selected';

export interface SendPlan {
  /** Member ids to email, in roster order. */
  send: string[];
  /** For a resend: each member's cell as the plan saw it (see skipReason). */
  seen: Record<string, string>;
  skipped: { id: string; name: string; row?: number; reason: SkipReason }[];
}

function inAudience(c: Candidate, audience: Audience): boolean {
  switch (audience.kind) {
    case 'unsent':
      return isSelected(c.member.status);
    case 'status':
      return c.member.status === audience.status;
    case 'rows':
      return c.member.row !== undefined && audience.rows.includes(c.member.row);
  }
}

/** What a cell recorded, as one comparable string: a resend goes ahead only if it is still what the plan saw. */
function sentKey(sent: SentState): string {
  switch (sent.kind) {
    case 'none':
      return '';
    case 'failed':
      return `failed:${sent.error}`;
    case 'other':
      return `other:${sent.text}`;
    default:
      return `${sent.kind}:${sent.at}`;
  }
}

/**
 * Why a member in the audience is not emailed now, or null to email them. Without a resend, anyone whose cell
 * records a delivery (or an interrupted one) is left alone. A resend carries what the plan saw in the cell, and
 * goes ahead only while the cell still says that, so a retried resend batch does not send a second time.
 */
export function skipReason(c: Candidate, resend: { seen: string } | null): SkipReason | null {
  if (!c.member.email) return 'no-email';
  if (!isValidEmail(c.member.email)) return 'bad-email';
  if (!c.link) return 'no-link';
  const { sent } = c;
  if (resend) return sentKey(sent) === resend.seen ? null : 'already-sent';
  if (sent.kind === 'sending') return 'interrupted';
  return sent.kind === 'none' || sent.kind === 'failed' ? null : 'already-sent';
}

export function planSend(candidates: readonly Candidate[], audience: Audience, resend: boolean): SendPlan {
  const plan: SendPlan = { send: [], seen: {}, skipped: [] };
  for (const c of candidates) {
    if (!inAudience(c, audience)) continue;
    const seen = sentKey(c.sent);
    const reason = skipReason(c, resend ? { seen } : null);
    if (reason === null) {
      plan.send.push(c.member.id);
      if (resend) plan.seen[c.member.id] = seen;
    } else plan.skipped.push({ id: c.member.id, name: c.member.name, row: c.member.row, reason });
  }
  return plan;
}

/** Members a printed letter is for: no usable email or asked for paper, or rows picked on Partners; each needs a link. */
export function letterRecipients(
  candidates: readonly Candidate[],
  rows: readonly number[] = [],
): Candidate[] {
  return candidates.filter(
    (c) =>
      c.link !== '' &&
      (rows.length > 0
        ? c.member.row !== undefined && rows.includes(c.member.row)
        : isSelected(c.member.status) &&
          (c.paper === true || !(c.member.email && isValidEmail(c.member.email)))),
  );
}

/** What the add-on notes just before it hands one member's email to MailApp: who, the cell's stamp, the quota. */
export interface InFlight {
  id: string;
  at: Stamp;
  quota: number;
}

/** An interrupted send's record is trusted only this long: past it, a new quota day could hide a send. */
const IN_FLIGHT_MS = 60 * 60 * 1000;

/**
 * Whether the email of a member left at "Sending…" went out. MailApp gives no receipt and has no sent folder,
 * but its daily quota counts each recipient as the mail is accepted: the same quota as just before the send
 * means it did not leave, exactly one less means it did. Anything else (another script of this user sent mail,
 * the record is about another send or too old) stays unknown, and only the person can decide.
 */
export function inFlightOutcome(
  flight: InFlight | null,
  c: Candidate,
  quotaNow: number,
  now: Stamp,
): 'not-sent' | 'sent' | 'unknown' {
  if (c.sent.kind !== 'sending' || !flight || flight.id !== c.member.id || flight.at !== c.sent.at)
    return 'unknown';
  const age = Date.parse(`${now.replace(' ', 'T')}Z`) - Date.parse(`${flight.at.replace(' ', 'T')}Z`);
  if (!(age >= 0 && age < IN_FLIGHT_MS)) return 'unknown';
  if (quotaNow === flight.quota) return 'not-sent';
  return quotaNow === flight.quota - 1 ? 'sent' : 'unknown';
}

/** MailApp's quota counts recipients; each invitation goes to one. */
export function fitQuota<T>(ids: readonly T[], remaining: number): { now: T[]; later: T[] } {
  const n = Math.max(0, Math.min(ids.length, Math.floor(remaining)));
  return { now: ids.slice(0, n), later: ids.slice(n) };
}

/** The moment an instant falls on in the LEA's time zone, as the cells show it. */
export function stampInZone(instant: Date | number, timeZone: string): Stamp {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

/**
 * A stamp for a new record in a cell that held `previous`: never the same text as before, so a resend within
 * the second of the last send still reads as a new record (and a retried resend sees that it happened).
 */
export function laterStamp(at: Stamp, previous: SentState): Stamp {
  if (!('at' in previous) || at > previous.at) return at;
  const [date, time] = previous.at.split(' ');
  const [h, m, s] = time!.split(':').map(Number);
  const seconds = h! * 3600 + m! * 60 + (s ?? 0) + 1;
  if (seconds >= 86_400) return `${date} 23:59:59`;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date} ${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}
