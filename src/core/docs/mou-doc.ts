/**
 * The MOU draft between the LEA and its TA facilitator: the services the CIM Activities tab's agreed hours name,
 * with every figure taken from `planMou`, so the draft and the sidebar can never disagree.
 */
import { formatDate } from '../dates';
import type { Lang } from '../i18n/catalog';
import { t } from '../i18n/i18n';
import { formatMoney } from '../money';
import { type MouItem, type MouPlan, mouItemSchema, planMou } from '../mou';
import { formatHours, hoursNumber, quarterHoursFromTyped } from '../quarter-hours';
import { ACTIVITY_IDS, activityLabel, rangeLabel, stepLabel } from '../services-menu';
import { fundedIndicators, type Settings } from '../settings';
import { choiceReader } from '../sheet-values';
import type { DocModel } from './document';

const readActivity = choiceReader(ACTIVITY_IDS, (id) => `activity.${id}` as const);

/** The CIM Activities tab's rows (activity label, agreed hours as typed) as MOU items; rows without hours are left out. */
export function agreedHours(rows: readonly Record<string, unknown>[]): MouItem[] {
  return rows.flatMap((row) => {
    const parsed = mouItemSchema.safeParse({
      activityId: readActivity(typeof row.activityId === 'string' ? row.activityId.trim() : row.activityId),
      quarterHours: quarterHoursFromTyped(row.mouHours),
    });
    return parsed.success && parsed.data.quarterHours > 0 ? [parsed.data] : [];
  });
}

export function mouDoc(
  agreed: readonly MouItem[],
  settings: Settings,
  lang: Lang,
): { plan: MouPlan; doc: DocModel } {
  const plan = planMou(agreed, settings, lang);
  const indicators = fundedIndicators(settings);
  const flag = (status: string) =>
    status === 'over' ? t(lang, 'doc.mou.over') : status === 'under' ? t(lang, 'doc.mou.under') : '';
  const services = [
    [
      t(lang, 'doc.mou.col.step'),
      t(lang, 'doc.mou.col.activity'),
      t(lang, 'doc.mou.col.hours'),
      t(lang, 'doc.mou.col.range'),
      t(lang, 'doc.mou.col.flag'),
    ],
    ...plan.items.map((item) => [
      stepLabel(lang, item.step),
      activityLabel(lang, item.activityId),
      hoursNumber(lang, item.quarterHours),
      rangeLabel(lang, item.range),
      flag(item.rangeStatus),
    ]),
  ];
  const totals = [
    [t(lang, 'doc.mou.total'), formatHours(lang, plan.totalQuarterHours)],
    [
      t(lang, 'doc.mou.funded'),
      t(lang, 'doc.mou.fundedHow', {
        hours: formatHours(lang, plan.fundedQuarterHours),
        each: formatHours(lang, settings.quarterHoursPerIndicator),
        n: indicators.length,
      }),
    ],
    [t(lang, 'doc.mou.covered'), formatHours(lang, plan.coveredQuarterHours)],
    [
      t(lang, 'doc.mou.extra'),
      t(lang, 'doc.mou.extraHow', {
        hours: formatHours(lang, plan.extraQuarterHours),
        rate: formatMoney(lang, settings.hourlyRateCents),
        cost: formatMoney(lang, plan.extraCostCents),
      }),
    ],
    [t(lang, 'doc.mou.dueDate'), formatDate(lang, settings.mouDueDate)],
    [t(lang, 'doc.mou.endDate'), formatDate(lang, settings.fundedEndDate)],
  ];
  const doc: DocModel = {
    name: t(lang, 'doc.mou.fileName', { lea: settings.leaName, cycle: settings.cycleYear ?? '' }),
    blocks: [
      { kind: 'title', text: t(lang, 'doc.mou.title') },
      {
        kind: 'paragraph',
        text: t(lang, 'doc.mou.parties', {
          lea: settings.leaName,
          facilitator: settings.taFacilitator || t(lang, 'doc.agenda.tbd'),
          cycle: settings.cycleYear ?? '',
        }),
      },
      { kind: 'paragraph', text: t(lang, 'doc.mou.indicators', { list: indicators.join('; ') || '—' }) },
      { kind: 'heading', level: 1, text: t(lang, 'doc.mou.services') },
      { kind: 'table', rows: services },
      { kind: 'heading', level: 1, text: t(lang, 'doc.mou.hoursAndCost') },
      { kind: 'table', rows: totals },
      ...(plan.findings.length > 0
        ? [
            { kind: 'heading', level: 2, text: t(lang, 'doc.mou.check') } as const,
            { kind: 'bullets', items: plan.findings.map((f) => `${f.message} ${f.fix}`) } as const,
          ]
        : []),
      { kind: 'heading', level: 1, text: t(lang, 'doc.mou.signatures') },
      {
        kind: 'table',
        rows: [
          [
            t(lang, 'doc.mou.col.party'),
            t(lang, 'doc.col.name'),
            t(lang, 'doc.col.signature'),
            t(lang, 'doc.col.date'),
          ],
          [t(lang, 'doc.mou.lea', { lea: settings.leaName }), '', '', ''],
          [t(lang, 'doc.mou.facilitator'), settings.taFacilitator ?? '', '', ''],
        ],
      },
    ],
  };
  return { plan, doc };
}
