/** The MOU plan: the hours per activity the LEA and facilitator agree on, against the funded allotment. */
import * as z from 'zod/mini';
import {
  type ActivityHours,
  beyondFundedFinding,
  hoursByActivity,
  laterStepFindings,
  noIndicatorsFinding,
  rangeFindings,
} from './activity-hours';
import { type Finding, sortFindings } from './findings';
import type { Lang } from './i18n/catalog';
import { type Cents, costCents, formatMoney } from './money';
import { type QuarterHours, quarterHoursSchema } from './quarter-hours';
import { activityIdSchema } from './services-menu';
import { fundedQuarterHours, type Settings } from './settings';

export const mouItemSchema = z.object({ activityId: activityIdSchema, quarterHours: quarterHoursSchema });
export type MouItem = z.infer<typeof mouItemSchema>;

export interface MouPlan {
  /** Agreed hours per activity, in menu order, repeated activities summed. */
  items: ActivityHours[];
  totalQuarterHours: QuarterHours;
  fundedQuarterHours: QuarterHours;
  /** The part of the plan the state funds. */
  coveredQuarterHours: QuarterHours;
  /** The part the LEA contracts at the hourly rate. */
  extraQuarterHours: QuarterHours;
  extraCostCents: Cents;
  findings: Finding[];
}

export function planMou(agreed: readonly MouItem[], settings: Settings, lang: Lang): MouPlan {
  const items = hoursByActivity(agreed);
  const total = items.reduce((sum, item) => sum + item.quarterHours, 0);
  const funded = fundedQuarterHours(settings);
  const covered = Math.min(total, funded);
  const extra = total - covered;
  const extraCost = costCents(extra, settings.hourlyRateCents);
  return {
    items,
    totalQuarterHours: total,
    fundedQuarterHours: funded,
    coveredQuarterHours: covered,
    extraQuarterHours: extra,
    extraCostCents: extraCost,
    findings: sortFindings([
      ...noIndicatorsFinding(settings, lang),
      ...beyondFundedFinding(extra, formatMoney(lang, extraCost), lang, 'info'),
      ...rangeFindings(items, lang, true),
      ...laterStepFindings(items, settings, lang),
    ]),
  };
}
