/**
 * Calendar dates as ISO `YYYY-MM-DD` strings: plain data that google.script.run can pass, compared as text and
 * turned into day numbers (days since 1970-01-01) for arithmetic, so no time zone can shift a date by a day.
 */
import * as z from 'zod/mini';
import type { Lang } from './i18n/catalog';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Day number of an ISO date, or NaN if it is not a real calendar date (e.g. 2024-02-30). */
export function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d
    ? ms / MS_PER_DAY
    : Number.NaN;
}

export function isoFromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoFromDayNumber(dayNumber(iso) + days);
}

/**
 * How often a meeting series repeats. Kept here rather than beside the series schema (meeting-series.ts), so
 * the sidebar's series form lists the choices without carrying that schema.
 */
export const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export const isoDateSchema = z.string().check(
  z.trim(),
  z.refine((s) => !Number.isNaN(dayNumber(s)), { error: 'zod.date' }),
);

/** The calendar date an instant falls on in a time zone, e.g. "today" for the LEA. */
export function isoDateInZone(instant: Date | number, timeZone: string): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** US English and US Spanish: the forms a California district's families read ("19 de abril de 2024"). */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

/** A calendar date for a reader; formatted in UTC because an ISO date names a day, not an instant. */
export function formatDate(lang: Lang, iso: IsoDate, style: 'long' | 'medium' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: style, timeZone: 'UTC' }).format(
    dayNumber(iso) * MS_PER_DAY,
  );
}

/** An instant (e.g. a meeting start) for a reader, in the LEA's time zone. */
export function formatDateTime(lang: Lang, instant: Date | number, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(instant);
}
