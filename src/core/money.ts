/** Money is integer cents, so a cost is exact; only the final product of hours and rate is rounded. */
import * as z from 'zod/mini';
import { INTL_LOCALE } from './dates';
import type { Lang } from './i18n/catalog';
import { decimalFromText, type QuarterHours } from './quarter-hours';

export type Cents = number;

/** Cost of quarter hours at an hourly rate, rounded half up to the cent once. */
export function costCents(quarters: QuarterHours, hourlyRateCents: Cents): Cents {
  return Math.round((quarters * hourlyRateCents) / 4);
}

/** What a person types as dollars ("$110", "110.50", 110) → cents; more than two decimals is rejected. */
export const typedDollarsSchema = z.pipe(
  z.unknown(),
  z.transform((value, ctx) => {
    const n = typeof value === 'number' ? value : decimalFromText(String(value).replace(/^\s*\$/, ''));
    const cents = n * 100;
    if (!Number.isFinite(cents) || cents < 0 || Math.abs(cents - Math.round(cents)) > 1e-6) {
      ctx.issues.push({ code: 'custom', message: 'zod.dollars', input: value });
      return z.NEVER;
    }
    return Math.round(cents);
  }),
);

export function formatMoney(lang: Lang, cents: Cents): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang], { style: 'currency', currency: 'USD' }).format(cents / 100);
}
