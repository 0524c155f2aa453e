/** A meeting of the Educational Partners Group or the CIM Team, as scheduled on the Meetings tab. */
import * as z from 'zod';
import { isoDateSchema } from './dates';
import type { Finding } from './findings';
import type { Lang } from './i18n/catalog';
import { ACTIVITY_IDS, activityIdSchema } from './services-menu';
import { DEFAULT_TIME_ZONE } from './settings';
import { choiceReader, normalizeCells } from './sheet-values';
import { rowFinding } from './zod-messages';

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const meetingSchema = z.object({
  id: z.string().trim().min(1),
  row: z.number().int().positive().optional(),
  date: isoDateSchema,
  startTime: z.string().trim().optional(),
  title: z.string().trim().min(1),
  /** The menu activity the meeting's TA time is logged against. */
  activityId: activityIdSchema.optional(),
  location: z.string().trim().optional(),
  noteTaker: z.string().trim().optional(),
  agendaLink: z.string().trim().optional(),
  notesLink: z.string().trim().optional(),
  status: z.enum(MEETING_STATUSES).default('planned'),
});
export type Meeting = z.infer<typeof meetingSchema>;

const MEETING_CELLS = {
  id: 'text',
  date: 'date',
  startTime: 'text',
  title: 'text',
  activityId: 'text',
  location: 'text',
  noteTaker: 'text',
  agendaLink: 'text',
  notesLink: 'text',
  status: 'text',
} as const;

const readActivity = choiceReader(ACTIVITY_IDS, (id) => `activity.${id}` as const);
const readStatus = choiceReader(MEETING_STATUSES, (id) => `meeting.${id}` as const);

/** Reads one row of the Meetings tab; a row that does not fit becomes an error finding, never an exception. */
export function parseMeetingRow(
  row: Record<string, unknown>,
  rowNumber: number,
  lang: Lang = 'en',
  timeZone = DEFAULT_TIME_ZONE,
): { ok: Meeting } | { finding: Finding } {
  const cells = normalizeCells(row, MEETING_CELLS, timeZone);
  const result = meetingSchema.safeParse({
    ...cells,
    id: cells.id ?? `meeting-${rowNumber}`,
    row: rowNumber,
    activityId: readActivity(cells.activityId),
    status: readStatus(cells.status),
  });
  return result.success ? { ok: result.data } : { finding: rowFinding(lang, rowNumber, result.error) };
}
