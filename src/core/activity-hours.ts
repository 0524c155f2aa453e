/** Hours per menu activity, compared with the menu's range: shared by the TA ledger and the MOU plan. */
import type { Finding } from './findings';
import type { Lang } from './i18n/catalog';
import { t } from './i18n/i18n';
import { tabIn, type Wording, wording } from './i18n/wording';
import { formatHours, type QuarterHours } from './quarter-hours';
import {
  ACTIVITIES,
  type ActivityId,
  activityLabel,
  type CimStep,
  type HourRange,
  NEW_LEA_LAST_ACTIVITY,
  type RangeStatus,
  rangeStatus,
} from './services-menu';
import type { Settings } from './settings';

export interface ActivityHours {
  activityId: ActivityId;
  step: CimStep;
  quarterHours: QuarterHours;
  range: HourRange | null;
  rangeStatus: RangeStatus;
}

/** Totals per activity in menu order; activities with no hours are left out. */
export function hoursByActivity(
  items: Iterable<{ activityId: ActivityId; quarterHours: QuarterHours }>,
): ActivityHours[] {
  const sums = new Map<ActivityId, QuarterHours>();
  for (const { activityId, quarterHours } of items)
    sums.set(activityId, (sums.get(activityId) ?? 0) + quarterHours);
  return ACTIVITIES.filter((a) => (sums.get(a.id) ?? 0) > 0).map((a) => {
    const quarterHours = sums.get(a.id)!;
    return {
      activityId: a.id,
      step: a.step,
      quarterHours,
      range: a.range,
      rangeStatus: rangeStatus(a.range, quarterHours),
    };
  });
}

/** Activities over their range; with `under`, also those below it (a plan should cover an activity's minimum). */
export function rangeFindings(
  rows: readonly ActivityHours[],
  voice: Lang | Wording,
  under: boolean,
): Finding[] {
  const { reader: lang, workbook } = wording(voice);
  return rows.flatMap((row): Finding[] => {
    const at = { activityId: row.activityId };
    const activity = activityLabel(workbook, row.activityId);
    const hours = formatHours(lang, row.quarterHours);
    if (row.rangeStatus === 'over' && row.range) {
      const max = formatHours(lang, row.range.max);
      return [
        {
          severity: 'warning',
          rule: 'activity-over-range',
          ...at,
          message: t(lang, 'rule.activity-over-range', { activity, hours, max }),
          fix: t(lang, 'fix.activity-over-range'),
        },
      ];
    }
    if (under && row.rangeStatus === 'under' && row.range) {
      const min = formatHours(lang, row.range.min);
      return [
        {
          severity: 'info',
          rule: 'activity-under-range',
          ...at,
          message: t(lang, 'rule.activity-under-range', { activity, hours, min }),
          fix: t(lang, 'fix.activity-under-range'),
        },
      ];
    }
    return [];
  });
}

/** New LEAs rarely get past the Consolidation of Step 1 in the funded window, so later-step hours deserve a look. */
export function laterStepFindings(
  rows: readonly ActivityHours[],
  settings: Settings,
  voice: Lang | Wording,
): Finding[] {
  if (settings.leaType !== 'new') return [];
  const { reader: lang, workbook } = wording(voice);
  const later = rows.filter((r) => r.step > 1).reduce((sum, r) => sum + r.quarterHours, 0);
  return later === 0
    ? []
    : [
        {
          severity: 'info',
          rule: 'new-lea-later-step',
          message: t(lang, 'rule.new-lea-later-step', {
            hours: formatHours(lang, later),
            activity: activityLabel(workbook, NEW_LEA_LAST_ACTIVITY),
          }),
          fix: t(lang, 'fix.new-lea-later-step'),
        },
      ];
}

/** Hours beyond the funded allotment and what they cost at the LEA's rate. */
export function beyondFundedFinding(
  extra: QuarterHours,
  cost: string,
  lang: Lang,
  severity: Finding['severity'],
): Finding[] {
  return extra === 0
    ? []
    : [
        {
          severity,
          rule: 'beyond-funded',
          message: t(lang, 'rule.beyond-funded', { hours: formatHours(lang, extra), cost }),
          fix: t(lang, 'fix.beyond-funded'),
        },
      ];
}

export function noIndicatorsFinding(settings: Settings, voice: Lang | Wording): Finding[] {
  const w = wording(voice);
  return settings.indicators.length > 0
    ? []
    : [
        {
          severity: 'warning',
          rule: 'no-indicators',
          message: t(w.reader, 'rule.no-indicators'),
          fix: t(w.reader, 'fix.no-indicators', {
            tab: tabIn(w, 'start'),
            field: t(w.workbook, 'field.indicators'),
          }),
        },
      ];
}
