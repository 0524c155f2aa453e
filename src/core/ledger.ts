/**
 * The TA hours ledger: what the facilitator logged against the menu of services, set against the state-funded
 * allotment (hours per indicator × indicators, used as one pool for the LEA's single plan) and the funded end date.
 * Every total is integer quarter hours; money is integer cents.
 */
import * as z from 'zod/mini';
import {
  type ActivityHours,
  beyondFundedFinding,
  hoursByActivity,
  laterStepFindings,
  noIndicatorsFinding,
  rangeFindings,
} from './activity-hours';
import { addDays, daysBetween, formatDate, type IsoDate, isoDateSchema } from './dates';
import { type Finding, sortFindings } from './findings';
import type { Lang } from './i18n/catalog';
import { LANGS } from './i18n/catalog';
import { t } from './i18n/i18n';
import { tabIn, type Wording, wording } from './i18n/wording';
import { type Cents, costCents, formatMoney } from './money';
import { formatHours, type QuarterHours, splitEvenly, typedHoursSchema } from './quarter-hours';
import { ACTIVITY_IDS, activityById, activityIdSchema } from './services-menu';
import { DEFAULT_TIME_ZONE, fundedIndicators, type Settings } from './settings';
import { choiceReader, fold, normalizeCells } from './sheet-values';
import { rowFinding } from './zod-messages';

const optionalText = z.optional(z.string().check(z.trim()));
const positiveQuarters = z.int().check(z.minimum(1, { error: 'zod.hours-positive' }));

const entryFields = {
  id: optionalText,
  /** The sheet row the entry was read from; not a column. */
  row: z.optional(z.int().check(z.positive())),
  date: isoDateSchema,
  facilitator: optionalText,
  /** One of the LEA's indicators; absent or empty means shared across all of them. */
  indicator: optionalText,
  activityId: activityIdSchema,
  note: optionalText,
};

/** Who wrote an entry and how: only the add-on fills these, never a person's input. */
const provenanceFields = {
  enteredBy: optionalText,
  /** Set on entries logged from the sidebar (one per request), so undo never touches a typed or sample row. */
  requestId: optionalText,
};

/** A stored entry; its CIM step always follows from the activity. */
export const ledgerEntrySchema = z.pipe(
  z.object({ ...entryFields, ...provenanceFields, quarterHours: positiveQuarters }),
  z.transform((entry) => ({ ...entry, step: activityById(entry.activityId).step })),
);
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

const typedHours = { hours: z.pipe(typedHoursSchema, positiveQuarters) };
const toQuarterHours = <T extends { hours: number }>({ hours, ...rest }: T) => ({
  ...rest,
  quarterHours: hours,
});

/** An entry as a person types it in the sidebar (hours, e.g. 1.25); who entered it is the server's to say. */
export const ledgerEntryInputSchema = z.pipe(
  z.pipe(z.object({ ...entryFields, ...typedHours }), z.transform(toQuarterHours)),
  ledgerEntrySchema,
);

const ledgerRowSchema = z.pipe(
  z.pipe(z.object({ ...entryFields, ...provenanceFields, ...typedHours }), z.transform(toQuarterHours)),
  ledgerEntrySchema,
);

const LEDGER_CELLS = {
  id: 'text',
  date: 'date',
  facilitator: 'text',
  indicator: 'text',
  activityId: 'text',
  hours: 'raw',
  note: 'text',
  enteredBy: 'text',
  requestId: 'text',
} as const;

const readActivity = choiceReader(ACTIVITY_IDS, (id) => `activity.${id}` as const);
const SHARED_NAMES = new Set(['shared', '*', ...LANGS.map((lang) => fold(t(lang, 'ledger.shared')))]);

/** Reads one row of the TA hours log; a row that does not fit becomes an error finding, never an exception. */
export function parseLedgerRow(
  row: Record<string, unknown>,
  rowNumber: number,
  voice: Lang | Wording = 'en',
  timeZone = DEFAULT_TIME_ZONE,
): { ok: LedgerEntry } | { finding: Finding } {
  const cells = normalizeCells(row, LEDGER_CELLS, timeZone);
  const shared = typeof cells.indicator === 'string' && SHARED_NAMES.has(fold(cells.indicator));
  const result = ledgerRowSchema.safeParse({
    ...cells,
    row: rowNumber,
    activityId: readActivity(cells.activityId),
    indicator: shared ? undefined : cells.indicator,
  });
  return result.success ? { ok: result.data } : { finding: rowFinding(voice, rowNumber, result.error) };
}

export interface IndicatorHours {
  indicator: string;
  fundedQuarterHours: QuarterHours;
  /** Hours dated within the funded window: the indicator's own plus its even share of shared entries. */
  usedQuarterHours: QuarterHours;
  leftQuarterHours: QuarterHours;
  overQuarterHours: QuarterHours;
}

export interface LedgerSummary {
  indicators: IndicatorHours[];
  fundedQuarterHours: QuarterHours;
  totalQuarterHours: QuarterHours;
  fundedUsedQuarterHours: QuarterHours;
  fundedLeftQuarterHours: QuarterHours;
  /** Everything the state does not fund: hours past the allotment plus hours dated after the funded end date. */
  beyondFundedQuarterHours: QuarterHours;
  afterEndQuarterHours: QuarterHours;
  beyondFundedCostCents: Cents;
  /** Whole percent of the funded hours used; null when nothing is funded. */
  percentUsed: number | null;
  activities: ActivityHours[];
  /** Funded hours left after each day with entries, for a burn-down chart. */
  burnDown: { date: IsoDate; fundedLeftQuarterHours: QuarterHours }[];
  /** Quarter hours per week, averaged from the first entry to today (over at least a week). */
  weeklyBurnQuarterHours: number;
  projectedRunOutDate: IsoDate | null;
  daysToMouDue: number;
  daysToFundedEnd: number;
  findings: Finding[];
}

function percentFindings(
  funded: QuarterHours,
  used: QuarterHours,
  settings: Settings,
  lang: Lang,
): Finding[] {
  if (funded === 0) return [];
  if (used >= funded) {
    const rate = formatMoney(lang, settings.hourlyRateCents);
    return [
      {
        severity: 'warning',
        rule: 'funded-100',
        message: t(lang, 'rule.funded-100'),
        fix: t(lang, 'fix.funded-100', { rate }),
      },
    ];
  }
  // 80% without floating point: used / funded >= 4 / 5.
  if (used * 5 < funded * 4) return [];
  const percent = Math.floor((used * 100) / funded);
  return [
    {
      severity: 'warning',
      rule: 'funded-80',
      message: t(lang, 'rule.funded-80', { percent, left: formatHours(lang, funded - used) }),
      fix: t(lang, 'fix.funded-80'),
    },
  ];
}

/**
 * Everything the hours view shows, as of `today` (an ISO date in the LEA's time zone); findings speak to the
 * reader and name activities, tabs and labels as the workbook shows them.
 */
export function summarizeLedger(
  entries: readonly LedgerEntry[],
  settings: Settings,
  today: IsoDate,
  voice: Lang | Wording,
): LedgerSummary {
  const w = wording(voice);
  const lang = w.reader;
  const indicators = fundedIndicators(settings);
  const byFolded = new Map(indicators.map((name) => [fold(name), name]));
  const perIndicator = settings.quarterHoursPerIndicator;
  const funded = indicators.length * perIndicator;
  const end = settings.fundedEndDate;

  let total = 0;
  let inWindow = 0;
  let afterEnd = 0;
  let afterEndCount = 0;
  let shared = 0;
  let usedToDate = 0;
  let firstDate: IsoDate | undefined;
  const direct = new Map<string, QuarterHours>();
  const byDate = new Map<IsoDate, QuarterHours>();
  const unknown = new Set<string>();
  for (const e of entries) {
    total += e.quarterHours;
    if (e.date > end) {
      afterEnd += e.quarterHours;
      afterEndCount++;
      continue;
    }
    inWindow += e.quarterHours;
    byDate.set(e.date, (byDate.get(e.date) ?? 0) + e.quarterHours);
    if (e.date <= today) {
      usedToDate += e.quarterHours;
      if (firstDate === undefined || e.date < firstDate) firstDate = e.date;
    }
    const indicator = e.indicator ? byFolded.get(fold(e.indicator)) : undefined;
    if (e.indicator && indicator === undefined) unknown.add(e.indicator);
    if (indicator === undefined) shared += e.quarterHours;
    else direct.set(indicator, (direct.get(indicator) ?? 0) + e.quarterHours);
  }

  // Shared hours are split once, over their sum, so at most one quarter per indicator is ever rounded.
  const shares = splitEvenly(shared, indicators.length);
  const indicatorHours = indicators.map((indicator, i): IndicatorHours => {
    const used = (direct.get(indicator) ?? 0) + shares[i]!;
    return {
      indicator,
      fundedQuarterHours: perIndicator,
      usedQuarterHours: used,
      leftQuarterHours: Math.max(0, perIndicator - used),
      overQuarterHours: Math.max(0, used - perIndicator),
    };
  });

  const fundedUsed = Math.min(inWindow, funded);
  const fundedLeft = funded - fundedUsed;
  const beyond = total - fundedUsed;
  const beyondCost = costCents(beyond, settings.hourlyRateCents);

  let cumulative = 0;
  const burnDown = [...byDate.keys()].sort().map((date) => {
    cumulative += byDate.get(date)!;
    return { date, fundedLeftQuarterHours: Math.max(0, funded - cumulative) };
  });

  const spanDays = firstDate === undefined ? 0 : Math.max(7, daysBetween(firstDate, today) + 1);
  const weeklyBurn = spanDays === 0 ? 0 : (usedToDate * 7) / spanDays;
  let runOut: IsoDate | null = null;
  if (funded > 0 && fundedLeft === 0)
    runOut = burnDown.find((p) => p.fundedLeftQuarterHours === 0)?.date ?? null;
  else if (funded > 0 && usedToDate > 0)
    runOut = addDays(today, Math.ceil((fundedLeft * spanDays) / usedToDate));

  const daysToFundedEnd = daysBetween(today, end);
  const findings: Finding[] = [
    ...noIndicatorsFinding(settings, w),
    ...percentFindings(funded, fundedUsed, settings, lang),
    ...beyondFundedFinding(beyond, formatMoney(lang, beyondCost), lang, 'warning'),
  ];
  if (afterEndCount > 0) {
    findings.push({
      severity: 'info',
      rule: 'after-funded-end',
      message: t(lang, 'rule.after-funded-end', { count: afterEndCount, date: formatDate(lang, end) }),
      fix: t(lang, 'fix.after-funded-end'),
    });
  }
  for (const indicator of unknown) {
    findings.push({
      severity: 'warning',
      rule: 'unknown-indicator',
      indicator,
      message: t(lang, 'rule.unknown-indicator', { indicator }),
      fix: t(lang, 'fix.unknown-indicator', {
        tab: tabIn(w, 'start'),
        shared: t(w.workbook, 'ledger.shared'),
      }),
    });
  }
  const activities = hoursByActivity(entries);
  findings.push(...rangeFindings(activities, w, false), ...laterStepFindings(activities, settings, w));
  if (runOut !== null && runOut > end && daysToFundedEnd >= 0) {
    const unused = fundedLeft - Math.floor((usedToDate * daysToFundedEnd) / spanDays);
    if (unused > 0) {
      findings.push({
        severity: 'info',
        rule: 'burn-slow',
        message: t(lang, 'rule.burn-slow', { hours: formatHours(lang, unused), date: formatDate(lang, end) }),
        fix: t(lang, 'fix.burn-slow'),
      });
    }
  }

  return {
    indicators: indicatorHours,
    fundedQuarterHours: funded,
    totalQuarterHours: total,
    fundedUsedQuarterHours: fundedUsed,
    fundedLeftQuarterHours: fundedLeft,
    beyondFundedQuarterHours: beyond,
    afterEndQuarterHours: afterEnd,
    beyondFundedCostCents: beyondCost,
    percentUsed: funded === 0 ? null : Math.floor((fundedUsed * 100) / funded),
    activities,
    burnDown,
    weeklyBurnQuarterHours: weeklyBurn,
    projectedRunOutDate: runOut,
    daysToMouDue: daysBetween(today, settings.mouDueDate),
    daysToFundedEnd,
    findings: sortFindings(findings),
  };
}

/**
 * The entry a user may undo: the last one they logged from the sidebar (`lastRequestId`), while it is still in
 * the log and still theirs. Once undone there is none, rather than an older entry taking its place unannounced.
 */
export function undoableEntry(
  entries: readonly LedgerEntry[],
  user: string,
  lastRequestId: string | null,
): LedgerEntry | null {
  if (!lastRequestId) return null;
  return entries.find((e) => e.requestId === lastRequestId && e.enteredBy === user) ?? null;
}

export interface EntryFunding {
  /** Quarter hours of the entry the state will not fund. */
  beyondQuarterHours: QuarterHours;
  costCents: Cents;
  /** Why: the entry is dated after the funded end date, or the funded hours left do not cover it. */
  reason: 'after-funded-end' | 'funded-used' | null;
}

/**
 * What a new entry will cost before it is saved: all of it when dated after the funded end date, else the part
 * the funded hours left do not cover (the same pool summarizeLedger draws down).
 */
export function entryFunding(
  entry: { date: IsoDate; quarterHours: QuarterHours },
  funding: { fundedEndDate: IsoDate; fundedLeftQuarterHours: QuarterHours; hourlyRateCents: Cents },
): EntryFunding {
  const afterEnd = entry.date > funding.fundedEndDate;
  const beyond = afterEnd
    ? entry.quarterHours
    : Math.max(0, entry.quarterHours - funding.fundedLeftQuarterHours);
  return {
    beyondQuarterHours: beyond,
    costCents: costCents(beyond, funding.hourlyRateCents),
    reason: beyond === 0 ? null : afterEnd ? 'after-funded-end' : 'funded-used',
  };
}
