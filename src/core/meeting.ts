/** A meeting of the Educational Partners Group or the CIM Team, as scheduled on the Meetings tab. */
import * as z from 'zod/mini';
import { type IsoDate, isoDateSchema } from './dates';
import type { Finding } from './findings';
import type { Lang } from './i18n/catalog';
import type { Wording } from './i18n/wording';
import { type QuarterHours, quarterHoursFromMinutes } from './quarter-hours';
import { ACTIVITY_IDS, type ActivityId, activityIdSchema } from './services-menu';
import { DEFAULT_TIME_ZONE } from './settings';
import { choiceReader, normalizeCells } from './sheet-values';
import { rowFinding } from './zod-messages';

/** English, Spanish, or both: side by side in two columns, or one language after the other. */
export const AGENDA_LANGUAGES = ['en', 'es', 'both-columns', 'both-sequence'] as const;
export type AgendaLanguage = (typeof AGENDA_LANGUAGES)[number];

export const DEFAULT_MEETING_MINUTES = 90;

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;

export const meetingSchema = z.object({
  id: z.string().check(z.trim(), z.minLength(1)),
  row: z.optional(z.int().check(z.positive())),
  date: isoDateSchema,
  startTime: z.optional(z.string().check(z.trim())),
  /** Length in minutes; agendas split it into timed blocks and calendar events end after it. */
  minutes: z.optional(z.int().check(z.minimum(15), z.maximum(720))),
  title: z.string().check(z.trim(), z.minLength(1)),
  /** The menu activity the meeting's TA time is logged against. */
  activityId: z.optional(activityIdSchema),
  location: z.optional(z.string().check(z.trim())),
  noteTaker: z.optional(z.string().check(z.trim())),
  agendaLink: z.optional(z.string().check(z.trim())),
  notesLink: z.optional(z.string().check(z.trim())),
  status: z._default(z.enum(MEETING_STATUSES), 'planned'),
  /** The indicator the meeting's TA time counts toward; absent means shared across all of them. */
  indicator: z.optional(z.string().check(z.trim())),
  /** The agenda's language(s), chosen per meeting; unset follows the confirmed members' languages. */
  agendaLanguage: z.optional(z.enum(AGENDA_LANGUAGES)),
  /** The Calendar event made by "Add to calendar", so a re-run updates it. */
  eventId: z.optional(z.string().check(z.trim())),
});
export type Meeting = z.infer<typeof meetingSchema>;

const MEETING_CELLS = {
  id: 'text',
  date: 'date',
  startTime: 'text',
  minutes: 'raw',
  title: 'text',
  activityId: 'text',
  location: 'text',
  noteTaker: 'text',
  agendaLink: 'text',
  notesLink: 'text',
  status: 'text',
  indicator: 'text',
  agendaLanguage: 'text',
  eventId: 'text',
} as const;

const readActivity = choiceReader(ACTIVITY_IDS, (id) => `activity.${id}` as const);
const readStatus = choiceReader(MEETING_STATUSES, (id) => `meeting.${id}` as const);
const readAgendaLanguage = choiceReader(AGENDA_LANGUAGES, (id) => `agenda-lang.${id}` as const);

/** A length typed as 90, "90" or "1:30"; anything else is left for zod to name. */
function readMinutes(value: unknown): unknown {
  if (typeof value === 'number' || value === undefined) return value;
  const text = String(value).trim();
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  return /^\d+$/.test(text) ? Number(text) : text;
}

/**
 * Minutes after midnight of a start time as people type it ("18:00", "4:00 PM", "4 p. m."); undefined when
 * there is none or it cannot be read, so the agenda leaves clock times out rather than guessing.
 */
export function clockMinutes(time: string | undefined): number | undefined {
  const text = (time ?? '').trim().toLowerCase();
  const h24 = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (h24) return Number(h24[1]) * 60 + Number(h24[2]);
  const h12 = /^(1[0-2]|0?[1-9])(?::([0-5]\d))?\s*([ap])\.?\s*m\.?$/.exec(text);
  if (!h12) return undefined;
  const hour = (Number(h12[1]) % 12) + (h12[3] === 'p' ? 12 : 0);
  return hour * 60 + Number(h12[2] ?? 0);
}

/** Reads one row of the Meetings tab; a row that does not fit becomes an error finding, never an exception. */
export function parseMeetingRow(
  row: Record<string, unknown>,
  rowNumber: number,
  voice: Lang | Wording = 'en',
  timeZone = DEFAULT_TIME_ZONE,
): { ok: Meeting } | { finding: Finding } {
  const cells = normalizeCells(row, MEETING_CELLS, timeZone);
  const result = meetingSchema.safeParse({
    ...cells,
    id: cells.id ?? `meeting-${rowNumber}`,
    row: rowNumber,
    activityId: readActivity(cells.activityId),
    status: readStatus(cells.status),
    minutes: readMinutes(cells.minutes),
    agendaLanguage: readAgendaLanguage(cells.agendaLanguage),
  });
  return result.success ? { ok: result.data } : { finding: rowFinding(voice, rowNumber, result.error) };
}

const held = (m: Pick<Meeting, 'status'>) => m.status !== 'cancelled';

/** A meeting on `today` that is not cancelled, if any. */
export function meetingOn<M extends Pick<Meeting, 'date' | 'status'>>(
  meetings: readonly M[],
  today: IsoDate,
): M | undefined {
  return meetings.find((m) => m.date === today && held(m));
}

/** The meeting to offer in meeting mode: today's, else the next one, else the most recent (cancelled ones last). */
export function suggestMeeting<M extends Pick<Meeting, 'date' | 'status'>>(
  meetings: readonly M[],
  today: IsoDate,
): M | undefined {
  const byDate = [...meetings].sort((a, b) => a.date.localeCompare(b.date));
  return (
    byDate.find((m) => m.date >= today && held(m)) ??
    [...byDate].reverse().find(held) ??
    byDate[byDate.length - 1]
  );
}

/** The activity a meeting's time is logged against when the meeting names none. */
export const DEFAULT_MEETING_ACTIVITY: ActivityId = 'partners-meetings';

export interface TimerEntry {
  date: IsoDate;
  activityId: ActivityId;
  /** The meeting's indicator; absent means shared across the LEA's indicators. */
  indicator?: string;
  quarterHours: QuarterHours;
  note: string;
  facilitator: string;
  minutes: number;
}

/** The TA Log entry a timed session proposes: the meeting's activity and indicator, time rounded up to quarters. */
export function timerEntry(
  meeting: Pick<Meeting, 'title' | 'activityId' | 'indicator'> | undefined,
  elapsedMs: number,
  today: IsoDate,
  facilitator: string,
): TimerEntry {
  const minutes = Math.max(0, elapsedMs) / 60_000;
  return {
    date: today,
    activityId: meeting?.activityId ?? DEFAULT_MEETING_ACTIVITY,
    ...(meeting?.indicator ? { indicator: meeting.indicator } : {}),
    quarterHours: quarterHoursFromMinutes(minutes),
    note: meeting?.title ?? '',
    facilitator,
    minutes: Math.round(minutes),
  };
}
