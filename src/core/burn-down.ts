/**
 * Funded hours left per indicator after each day with entries, for the sidebar's burn-down charts. Uses the
 * ledger's rules: an indicator's use is its own hours plus its even share of the shared hours to date.
 */
import type { IsoDate } from './dates';
import type { LedgerEntry } from './ledger';
import { type QuarterHours, splitEvenly } from './quarter-hours';
import { fundedIndicators, type Settings } from './settings';
import { fold } from './sheet-values';

export interface IndicatorBurnDown {
  indicator: string;
  fundedQuarterHours: QuarterHours;
  points: { date: IsoDate; leftQuarterHours: QuarterHours }[];
}

export function indicatorBurnDown(entries: readonly LedgerEntry[], settings: Settings): IndicatorBurnDown[] {
  const indicators = fundedIndicators(settings);
  const index = new Map(indicators.map((name, i) => [fold(name), i]));
  const byDate = new Map<IsoDate, LedgerEntry[]>();
  for (const e of entries) {
    if (e.date > settings.fundedEndDate) continue;
    byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
  }
  const own = indicators.map(() => 0);
  let shared = 0;
  const series: IndicatorBurnDown[] = indicators.map((indicator) => ({
    indicator,
    fundedQuarterHours: settings.quarterHoursPerIndicator,
    points: [],
  }));
  for (const date of [...byDate.keys()].sort()) {
    for (const e of byDate.get(date)!) {
      const i = e.indicator === undefined ? undefined : index.get(fold(e.indicator));
      if (i === undefined) shared += e.quarterHours;
      else own[i]! += e.quarterHours;
    }
    const shares = splitEvenly(shared, indicators.length);
    series.forEach((s, i) => {
      s.points.push({ date, leftQuarterHours: Math.max(0, s.fundedQuarterHours - own[i]! - shares[i]!) });
    });
  }
  return series;
}
