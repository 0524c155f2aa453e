/**
 * A meeting series: dates from a start date and a cadence, closures skipped. A date that already has a meeting
 * counts toward the series and is left as it is, so running the same request twice adds nothing.
 */
import * as z from 'zod/mini';
import {
  addDays,
  CADENCES,
  type Cadence,
  dayNumber,
  type IsoDate,
  isoDateSchema,
  isoFromDayNumber,
} from './dates';
import type { Meeting } from './meeting';
import { activityIdSchema } from './services-menu';

/** "18:00" or "9:30": 24-hour clock time. */
const clockTimeSchema = z
  .string()
  .check(z.trim(), z.regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { error: 'zod.time' }));

export const seriesRequestSchema = z.strictObject({
  startDate: isoDateSchema,
  cadence: z.enum(CADENCES),
  count: z.int().check(z.minimum(1), z.maximum(52)),
  startTime: clockTimeSchema,
  minutes: z.int().check(z.minimum(15), z.maximum(720)),
  location: z._default(z.string().check(z.trim(), z.maxLength(500)), ''),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  activityId: z.optional(activityIdSchema),
  closures: z._default(z.array(isoDateSchema).check(z.maxLength(366)), []),
});
export type SeriesRequest = z.infer<typeof seriesRequestSchema>;

/** Day of week of an ISO date, 0 = Sunday. */
function weekday(iso: IsoDate): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

/**
 * The nth given weekday of a month (n = 5 means the last one, as "the fifth Tuesday" exists only in some
 * months and a monthly meeting should not skip them).
 */
function nthWeekdayOfMonth(year: number, month: number, day: number, n: number): IsoDate {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const offset = (day - weekday(first) + 7) % 7;
  let date = addDays(first, offset + 7 * (Math.min(n, 5) - 1));
  while (Number(date.slice(5, 7)) !== month) date = addDays(date, -7);
  return date;
}

/** The candidate dates of a cadence from the start date on, without end. */
function* cadenceDates(start: IsoDate, cadence: Cadence): Generator<IsoDate> {
  if (cadence !== 'monthly') {
    const step = cadence === 'weekly' ? 7 : 14;
    for (let k = 0; ; k++) yield isoFromDayNumber(dayNumber(start) + k * step);
  }
  const n = Math.ceil(Number(start.slice(8, 10)) / 7);
  const day = weekday(start);
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  for (;;) {
    yield nthWeekdayOfMonth(year, month, day, n);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

export interface SeriesPlan {
  /** Every date of the series, in order: existing meetings' dates and new ones. */
  dates: IsoDate[];
  /** Meetings to add (no id yet: the workbook assigns them). */
  added: Omit<Meeting, 'id' | 'row'>[];
  /** Dates skipped because they are closures. */
  skipped: IsoDate[];
  /** Dates left alone because a meeting is already on them. */
  existing: IsoDate[];
}

/**
 * Plans `count` meetings on the cadence, skipping closures. A date that already holds a meeting (any meeting:
 * the workbook does not hold two meetings of the group on one day) is counted and not touched.
 */
export function planSeries(request: SeriesRequest, existing: readonly Pick<Meeting, 'date'>[]): SeriesPlan {
  const closures = new Set(request.closures);
  const taken = new Set(existing.map((m) => m.date));
  const plan: SeriesPlan = { dates: [], added: [], skipped: [], existing: [] };
  for (const date of cadenceDates(request.startDate, request.cadence)) {
    if (plan.dates.length >= request.count) break;
    if (closures.has(date)) {
      plan.skipped.push(date);
      continue;
    }
    plan.dates.push(date);
    if (taken.has(date)) {
      plan.existing.push(date);
      continue;
    }
    plan.added.push({
      date,
      startTime: request.startTime,
      minutes: request.minutes,
      title: request.title,
      activityId: request.activityId,
      location: request.location || undefined,
      status: 'planned',
    });
  }
  return plan;
}
