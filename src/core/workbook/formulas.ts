/**
 * The Coverage and TA Summary tabs are formulas over the Partners and TA Log tabs, so they stay live as people
 * edit, with or without the add-on. Each formula mirrors a core rule (coverage in roster.ts, the ledger in
 * ledger.ts); a test evaluates them with a spreadsheet engine and checks they agree with the core.
 * Only functions Google Sheets has are used.
 */
import type { Lang } from '../i18n/catalog';
import { t } from '../i18n/i18n';
import { ROLES } from '../roles';
import { CIM_STEPS } from '../services-menu';
import { fundedIndicators, type Settings } from '../settings';
import { ACTIVITIES_TAB, columnIndex, PARTNERS_TAB, TA_LOG_TAB, type TableTab } from './tabs';

export type Cell = string | number;

/** The Start tab's settings the summary formulas read. */
const FORMULA_SETTINGS = ['hoursPerIndicator', 'hourlyRate', 'fundedEndDate'] as const;

/**
 * Where the summary formulas read each setting: an absolute reference to its value cell on the Start tab, e.g.
 * 'Start'!$B$20. Sheets keeps such a reference pointing at the cell when rows are inserted or the tab renamed,
 * as it would a named range, and it costs setup no call to define.
 */
export type SettingCells = Record<(typeof FORMULA_SETTINGS)[number], string>;

/** A tab's name as a formula writes it before a reference: quoted, a quote doubled. */
function onTab(title: string): string {
  return `'${title.replace(/'/g, "''")}'!`;
}

/** The setting cells of a Start tab named `title` whose settings are on `rows` (value in column B). */
export function settingCells(title: string, rows: ReadonlyMap<string, number>): SettingCells {
  return Object.fromEntries(
    FORMULA_SETTINGS.map((key) => [key, `${onTab(title)}$B$${rows.get(key)}`]),
  ) as SettingCells;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A formula string literal; Sheets escapes a quote by doubling it. */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Whole-column reference to a table column on a named tab, e.g. 'Partners'!C:C. */
export type ColumnRef = <K extends string>(tab: TableTab<K>, key: NoInfer<K>) => string;
export function columnRef(
  titles: Record<TableTab['key'], string>,
  positions?: Partial<Record<string, number>>,
): ColumnRef {
  return (tab, key) => {
    const index = positions?.[`${tab.key}.${key}`] ?? columnIndex(tab, key);
    const letter = columnLetter(index);
    return `${onTab(titles[tab.key])}${letter}:${letter}`;
  };
}

export const COVERAGE_COLUMNS = ['role', 'level', 'needed', 'selected', 'confirmed', 'status'] as const;

/** One row per role: a member with two roles counts in both, a role listed twice counts once. */
export function coverageRows(lang: Lang, ref: ColumnRef): Cell[][] {
  const role = ref(PARTNERS_TAB, 'role');
  const role2 = ref(PARTNERS_TAB, 'role2');
  const status = ref(PARTNERS_TAB, 'status');
  const name = ref(PARTNERS_TAB, 'name');
  const employee = ref(PARTNERS_TAB, 'districtEmployee');
  const notGone = `${status},"<>"&${quote(t(lang, 'status.declined'))},${status},"<>"&${quote(t(lang, 'status.withdrawn'))}`;
  const accepted = `${status},${quote(t(lang, 'status.accepted'))}`;
  const label = (key: Parameters<typeof t>[1]) => quote(t(lang, key as 'app.name'));
  return ROLES.map((r, i) => {
    const row = i + 2;
    const holders = (criteria: string) =>
      `COUNTIFS(${name},"<>",${role},$A${row},${criteria})+COUNTIFS(${name},"<>",${role2},$A${row},${role},"<>"&$A${row},${criteria})`;
    // A member counts only where they qualify (qualifies() in roster.ts): minus the district employees for
    // roles that exclude them. A boolean criterion, since a checkbox holds TRUE.
    const both = (criteria: string) =>
      r.districtEmployee === 'error'
        ? `(${holders(criteria)}-(${holders(`${criteria},${employee},TRUE()`)}))`
        : holders(criteria);
    const none = label(r.level === 'recommended' ? 'coverage.suggested' : 'coverage.missing');
    return [
      t(lang, `role.${r.id}` as 'app.name'),
      t(lang, `level.${r.level}` as 'app.name'),
      r.min,
      `=${both(notGone)}`,
      `=${both(accepted)}`,
      `=IF(C${row}=0,IF(D${row}=0,${label('coverage.optional')},IF(E${row}>0,${label('coverage.confirmed')},${label('coverage.selected')})),` +
        `IF(D${row}=0,${none},IF(D${row}<C${row},${label('coverage.too-few')},IF(E${row}<C${row},${label('coverage.selected')},${label('coverage.confirmed')}))))`,
    ];
  });
}

export interface SummaryLayout {
  rows: Cell[][];
  /** Rows (1-based) of the blocks, for formatting, the chart and tests. */
  indicatorRows: { first: number; count: number };
  totals: Record<(typeof TOTAL_KEYS)[number], number>;
  stepRows: { first: number; count: number };
  burnDownRows: { first: number; count: number };
  width: number;
}

const TOTAL_KEYS = [
  'funded',
  'logged',
  'inWindow',
  'afterEnd',
  'shared',
  'fundedUsed',
  'fundedLeft',
  'beyond',
  'beyondCost',
  'percentUsed',
] as const;

export const BURN_DOWN_WEEKS = 16;

/**
 * The TA Summary tab: per indicator (own hours plus an even share of shared hours, split over their sum so no
 * quarter hour is lost), the LEA totals, hours per CIM step, and weekly burn-down data for the chart.
 */
export function summaryRows(
  lang: Lang,
  ref: ColumnRef,
  listed: readonly string[],
  settings: SettingCells,
): SummaryLayout {
  // An indicator listed twice is funded once, as the core's fundedIndicators() counts it.
  const indicators = fundedIndicators({ indicators: [...listed] } as Settings);
  const hours = ref(TA_LOG_TAB, 'hours');
  const date = ref(TA_LOG_TAB, 'date');
  const indicator = ref(TA_LOG_TAB, 'indicator');
  const perIndicator = settings.hoursPerIndicator;
  const end = settings.fundedEndDate;
  const n = indicators.length;
  const width = 7;
  const pad = (cells: Cell[]): Cell[] => [...cells, ...Array<Cell>(width - cells.length).fill('')];
  const rows: Cell[][] = [];
  const push = (cells: Cell[]) => rows.push(pad(cells));

  push([
    t(lang, 'field.indicator'),
    t(lang, 'wb.sum.funded'),
    t(lang, 'wb.sum.own'),
    t(lang, 'wb.sum.shareOfShared'),
    t(lang, 'wb.sum.used'),
    t(lang, 'wb.sum.left'),
    t(lang, 'wb.sum.over'),
  ]);
  const firstIndicator = 2;
  const totalsHeader = firstIndicator + n + 1;
  const totals = Object.fromEntries(
    TOTAL_KEYS.map((key, i) => [key, totalsHeader + 1 + i]),
  ) as SummaryLayout['totals'];
  const at = (key: keyof typeof totals) => `$B$${totals[key]}`;
  const sharedQuarters = `ROUND(${at('shared')}*4,0)`;
  indicators.forEach((name, k) => {
    const row = firstIndicator + k;
    push([
      name,
      `=${perIndicator}`,
      `=SUMIFS(${hours},${indicator},$A${row},${date},"<="&${end})`,
      `=(INT(${sharedQuarters}/${n})+IF(${k + 1}<=MOD(${sharedQuarters},${n}),1,0))/4`,
      `=C${row}+D${row}`,
      `=MAX(0,B${row}-E${row})`,
      `=MAX(0,E${row}-B${row})`,
    ]);
  });
  push([]);
  push([t(lang, 'wb.sum.measure'), t(lang, 'wb.sum.value')]);
  const ownSum = n > 0 ? `SUM(C${firstIndicator}:C${firstIndicator + n - 1})` : '0';
  const totalFormulas: Record<(typeof TOTAL_KEYS)[number], string> = {
    funded: `=${n}*${perIndicator}`,
    logged: `=SUM(${hours})`,
    inWindow: `=SUMIFS(${hours},${date},"<="&${end})`,
    afterEnd: `=SUMIFS(${hours},${date},">"&${end})`,
    shared: `=${at('inWindow')}-${ownSum}`,
    fundedUsed: `=MIN(${at('inWindow')},${at('funded')})`,
    fundedLeft: `=${at('funded')}-${at('fundedUsed')}`,
    beyond: `=${at('logged')}-${at('fundedUsed')}`,
    beyondCost: `=${at('beyond')}*${settings.hourlyRate}`,
    percentUsed: `=IF(${at('funded')}=0,"",INT(${at('fundedUsed')}*100/${at('funded')}))`,
  };
  for (const key of TOTAL_KEYS) push([t(lang, `wb.total.${key}`), totalFormulas[key]]);

  push([]);
  push([t(lang, 'field.step'), t(lang, 'wb.col.loggedHours')]);
  const stepFirst = rows.length + 1;
  const activityStep = ref(ACTIVITIES_TAB, 'step');
  const activityLogged = ref(ACTIVITIES_TAB, 'loggedHours');
  for (const step of CIM_STEPS) {
    const row = rows.length + 1;
    push([t(lang, `step.${step}`), `=SUMIFS(${activityLogged},${activityStep},$A${row})`]);
  }

  push([]);
  push([t(lang, 'wb.sum.weekEnding'), t(lang, 'wb.sum.fundedLeft'), t(lang, 'wb.sum.evenPace')]);
  const burnFirst = rows.length + 1;
  for (let w = 0; w < BURN_DOWN_WEEKS; w++) {
    const row = burnFirst + w;
    const weeksBeforeEnd = BURN_DOWN_WEEKS - 1 - w;
    push([
      `=${end}-${7 * weeksBeforeEnd}`,
      `=MAX(0,${at('funded')}-SUMIFS(${hours},${date},"<="&A${row}))`,
      `=${at('funded')}*${weeksBeforeEnd}/${BURN_DOWN_WEEKS - 1}`,
    ]);
  }
  return {
    rows,
    indicatorRows: { first: firstIndicator, count: n },
    totals,
    stepRows: { first: stepFirst, count: CIM_STEPS.length },
    burnDownRows: { first: burnFirst, count: BURN_DOWN_WEEKS },
    width,
  };
}

/** Hours logged per activity, for the CIM Activities tab's computed column. */
export function loggedHoursFormula(ref: ColumnRef, row: number, activityColumnLetter: string): string {
  return `=SUMIFS(${ref(TA_LOG_TAB, 'hours')},${ref(TA_LOG_TAB, 'activityId')},$${activityColumnLetter}${row})`;
}
