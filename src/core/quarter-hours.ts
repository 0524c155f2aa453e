/**
 * TA time is counted in integer quarter hours (1.25 h = 5), so totals never drift the way decimal hours would.
 */
import * as z from 'zod/mini';
import { INTL_LOCALE } from './dates';
import type { Lang } from './i18n/catalog';
import { t } from './i18n/i18n';

export type QuarterHours = number;

export const quarterHoursSchema = z.int().check(z.nonnegative());

/** Reads typed hours ("1.25", "1,25", 1.25) as quarter hours; 1.3 is rejected, not rounded. */
export function quarterHoursFromTyped(value: unknown): QuarterHours | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' ? decimalFromText(value) : Number.NaN;
  const quarters = n * 4;
  return Number.isFinite(quarters) && quarters >= 0 && Math.abs(quarters - Math.round(quarters)) < 1e-9
    ? Math.round(quarters)
    : undefined;
}

/** Spanish readers may type a decimal comma; a lone comma is a decimal point, never a thousands separator here. */
export function decimalFromText(text: string): number {
  const s = text.trim().replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
}

/** What a person types in an hours field → quarter hours. */
export const typedHoursSchema = z.pipe(
  z.unknown(),
  z.transform((value, ctx) => {
    const quarters = quarterHoursFromTyped(value);
    if (quarters === undefined) {
      ctx.issues.push({ code: 'custom', message: 'zod.quarter-hours', input: value });
      return z.NEVER;
    }
    return quarters;
  }),
);

/** Quarter hours shared as evenly as possible among `parts`; the first `remainder` parts get one more quarter. */
export function splitEvenly(quarters: QuarterHours, parts: number): QuarterHours[] {
  if (parts <= 0) return [];
  const base = Math.floor(quarters / parts);
  const remainder = quarters - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < remainder ? 1 : 0));
}

/** "1.25" / "1,25" without the unit. */
export function hoursNumber(lang: Lang, quarters: QuarterHours): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 2 }).format(quarters / 4);
}

/** "1.25 hours" / "1 hour" in the reader's language. */
export function formatHours(lang: Lang, quarters: QuarterHours): string {
  return t(lang, 'ledger.hours', { n: quarters / 4, text: hoursNumber(lang, quarters) });
}

/** Timed minutes → quarter hours, rounded up, at least one quarter (a session that ran counts). */
export function quarterHoursFromMinutes(minutes: number): QuarterHours {
  return Math.max(1, Math.ceil(Math.max(0, minutes) / 15));
}
