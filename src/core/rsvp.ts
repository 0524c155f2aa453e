/**
 * Answers to the invitation forms, read back from the response tabs: matched to members by invitation code,
 * turned into the Partners row's cells in the workbook's language (as text), the latest answer of each member
 * winning. Answers whose code matches no member are kept whole for the "Unmatched answers" tab.
 */
import { type IsoDate, isoDateInZone } from './dates';
import {
  type ContactWay,
  type FORM_LANGUAGES,
  type FormItem,
  type FormSpec,
  JOIN_ANSWERS,
  type JoinAnswer,
  QUESTION_KEYS,
  type QuestionKey,
  SUPPORTS,
  type Support,
} from './forms/invitation';
import type { Lang } from './i18n/catalog';
import { t } from './i18n/i18n';
import { MEMBER_STATUSES, type MemberStatus, readMemberStatus } from './member';
import { choiceReader, fold } from './sheet-values';

// Codes avoid look-alikes (0/O, 1/I/L) so they can be read aloud or typed from a letter.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

/**
 * A source of invitation codes seeded once per run (one random UUID), so making codes for the whole roster costs
 * one service call. sfc32 spreads the seed's 122 random bits; a code carries no personal data.
 */
export function codeSource(seedHex: string): () => string {
  const hex = seedHex.replace(/[^0-9a-f]/gi, '').padEnd(32, '0');
  let [a, b, c, d] = [0, 8, 16, 24].map((i) => Number.parseInt(hex.slice(i, i + 8), 16) >>> 0) as [
    number,
    number,
    number,
    number,
  ];
  const next = (): number => {
    const r = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + r) >>> 0;
    return r;
  };
  for (let i = 0; i < 12; i++) next();
  return () => {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[next() % CODE_ALPHABET.length];
    return `${code.slice(0, 4)}-${code.slice(4)}`;
  };
}

/** How codes are compared: as typed, without case, spaces or dashes. */
export function codeKey(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const JOIN_STATUS: Record<JoinAnswer, MemberStatus> = {
  yes: 'accepted',
  no: 'declined',
  talk: 'wants-to-talk',
};

export interface Answer {
  /** Which response: the form's language and the row on its response tab. */
  lang: Lang;
  row: number;
  /** When it was sent (ms), for "the latest answer wins". */
  at: number;
  code: string;
  /** Each question's answer as the response tab shows it. */
  text: Record<QuestionKey, string>;
  join?: JoinAnswer;
  meetings: IsoDate[];
  /** Chosen meeting labels that no longer match a planned meeting (kept as typed). */
  meetingsOther: string[];
  language?: (typeof FORM_LANGUAGES)[number] | 'other';
  languageOther: string;
  supports: Support[];
  supportsOther: string[];
  contactBy?: ContactWay;
  contactByOther: string;
  comments: string;
}

/** Column of each question on a response tab, found by its title in the form's language. */
export function answerColumns(
  spec: FormSpec,
  header: readonly unknown[],
): Partial<Record<QuestionKey, number>> {
  const byTitle = new Map(header.map((h, i) => [fold(String(h)), i]));
  const columns: Partial<Record<QuestionKey, number>> = {};
  for (const item of spec.items) {
    if (item.kind === 'section') continue;
    const i = byTitle.get(fold(item.title));
    if (i !== undefined) columns[item.key as QuestionKey] = i;
  }
  return columns;
}

function choiceItem(spec: FormSpec, key: QuestionKey): Extract<FormItem, { choices: unknown }> {
  return spec.items.find((i) => i.key === key) as Extract<FormItem, { choices: unknown }>;
}

/** One choice: its id when the text is one of the labels, else the text (Forms' "Other:" answer). */
function readOne(spec: FormSpec, key: QuestionKey, text: string): { id?: string; other: string } {
  const found = choiceItem(spec, key).choices.find((c) => fold(c.label) === fold(text));
  return found ? { id: found.id, other: '' } : { other: text.trim() };
}

/**
 * Several choices: a response tab joins them with ", " and labels may hold commas themselves (a meeting's
 * place), so labels are found by themselves, longest first; what is left is the "Other:" text.
 */
function readMany(spec: FormSpec, key: QuestionKey, text: string): { ids: string[]; other: string[] } {
  let rest = text;
  const ids: string[] = [];
  const labels = [...choiceItem(spec, key).choices].sort((a, b) => b.label.length - a.label.length);
  for (const choice of labels) {
    const at = rest.indexOf(choice.label);
    if (at < 0) continue;
    ids.push(choice.id);
    rest = `${rest.slice(0, at)}, ${rest.slice(at + choice.label.length)}`;
  }
  const order = choiceItem(spec, key).choices.map((c) => c.id);
  ids.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const other = rest
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
  return { ids, other: other ? [other] : [] };
}

function cellText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

function instant(value: unknown): number {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]')
    return (value as Date).getTime();
  const parsed = Date.parse(String(value));
  return Number.isNaN(parsed) ? 0 : parsed;
}

/** Reads one response row; `timestamp` is the response tab's first column. */
export function parseAnswer(
  spec: FormSpec,
  columns: Partial<Record<QuestionKey, number>>,
  cells: readonly unknown[],
  row: number,
): Answer {
  const text = Object.fromEntries(
    QUESTION_KEYS.map((key) => [key, columns[key] === undefined ? '' : cellText(cells[columns[key]!])]),
  ) as Record<QuestionKey, string>;
  const join = text.join ? readOne(spec, 'join', text.join).id : undefined;
  const meetings = readMany(spec, 'meetings', text.meetings);
  const language = text.language ? readOne(spec, 'language', text.language) : { other: '' };
  const supports = readMany(spec, 'supports', text.supports);
  const contact = text.contactBy ? readOne(spec, 'contactBy', text.contactBy) : { other: '' };
  return {
    lang: spec.lang,
    row,
    at: instant(cells[0]),
    code: text.code,
    text,
    ...(join && (JOIN_ANSWERS as readonly string[]).includes(join) ? { join: join as JoinAnswer } : {}),
    meetings: meetings.ids,
    meetingsOther: meetings.other,
    ...(language.id
      ? { language: language.id as Answer['language'] }
      : language.other
        ? { language: 'other' as const }
        : {}),
    languageOther: language.id ? '' : language.other,
    supports: supports.ids as Support[],
    supportsOther: supports.other,
    ...(contact.id ? { contactBy: contact.id as ContactWay } : {}),
    contactByOther: contact.id ? '' : contact.other,
    comments: text.comments,
  };
}

/** The latest answer of each code (by time sent, then by row), in the order they were sent. */
export function latestByCode(answers: readonly Answer[]): Map<string, Answer> {
  const sorted = [...answers].sort((a, b) => a.at - b.at || a.row - b.row);
  const latest = new Map<string, Answer>();
  for (const answer of sorted) latest.set(codeKey(answer.code), answer);
  return latest;
}

const joinList = (items: readonly string[]): string => items.join('; ');

/** The Partners row's cells an answer sets, in the workbook's language; every value is written as text. */
export function memberCells(answer: Answer, lang: Lang, timeZone: string): Record<string, unknown> {
  const cells: Record<string, unknown> = {
    respondedOn: isoDateInZone(answer.at, timeZone),
    rsvpMeetings: joinList([...answer.meetings, ...answer.meetingsOther]),
    supports: joinList([...answer.supports.map((s) => t(lang, `inv.support.${s}`)), ...answer.supportsOther]),
    contactBy: answer.contactBy ? t(lang, `inv.contact.${answer.contactBy}`) : answer.contactByOther,
    rsvpComments: answer.comments,
  };
  if (answer.join) cells.status = t(lang, `status.${JOIN_STATUS[answer.join]}`);
  if (answer.language) {
    cells.preferredLanguage = t(lang, `lang.${answer.language}`);
    cells.preferredLanguageOther = answer.languageOther;
  }
  return cells;
}

/** An unmatched answer as a row of its tab (columns of UNMATCHED_HEADERS): the whole answer as sent. */
export function unmatchedRow(answer: Answer, lang: Lang): unknown[] {
  return [
    new Date(answer.at),
    t(lang, `lang.${answer.lang}`),
    ...QUESTION_KEYS.map((key) => answer.text[key]),
    answerId(answer),
  ];
}

/** Identifies a response across syncs, so an unmatched answer is kept once. */
export function answerId(answer: Pick<Answer, 'lang' | 'row' | 'at'>): string {
  return `${answer.lang}:${answer.row}:${answer.at}`;
}

export const UNMATCHED_HEADERS = (lang: Lang): string[] => [
  t(lang, 'inv.col.received'),
  t(lang, 'inv.col.form'),
  t(lang, 'field.inviteCode'),
  t(lang, 'inv.col.answer'),
  t(lang, 'field.rsvpMeetings'),
  t(lang, 'field.preferredLanguage'),
  t(lang, 'field.supports'),
  t(lang, 'field.contactBy'),
  t(lang, 'field.rsvpComments'),
  t(lang, 'inv.col.response'),
];

const readSupport = choiceReader(SUPPORTS, (id) => `inv.support.${id}` as const);

export interface MeetingSupports {
  date: IsoDate;
  /** Members who accepted and said they can come. */
  attending: number;
  needs: Record<Support, number>;
  /** Other supports asked for, as typed. */
  other: number;
}

export interface RsvpRow {
  status: MemberStatus | undefined;
  rsvpMeetings: string;
  supports: string;
}

/** A Partners row's RSVP cells (as read by header), as supportsPerMeeting counts them. */
export function rsvpRow(values: Record<string, unknown>): RsvpRow {
  const status = readMemberStatus(String(values.status ?? '').trim());
  return {
    status: (MEMBER_STATUSES as readonly unknown[]).includes(status) ? (status as MemberStatus) : undefined,
    rsvpMeetings: String(values.rsvpMeetings ?? ''),
    supports: String(values.supports ?? ''),
  };
}

/** How many members who accepted need each support at each meeting, from the Partners tab's RSVP cells. */
export function supportsPerMeeting(rows: readonly RsvpRow[], dates: readonly IsoDate[]): MeetingSupports[] {
  return dates.map((date) => {
    const needs = Object.fromEntries(SUPPORTS.map((s) => [s, 0])) as Record<Support, number>;
    let attending = 0;
    let other = 0;
    for (const row of rows) {
      if (row.status !== 'accepted') continue;
      if (!row.rsvpMeetings.split(/\s*;\s*/).includes(date)) continue;
      attending++;
      for (const cell of row.supports.split(/\s*;\s*/).filter(Boolean)) {
        const id = readSupport(cell);
        if ((SUPPORTS as readonly unknown[]).includes(id)) needs[id as Support]++;
        else other++;
      }
    }
    return { date, attending, needs, other };
  });
}
