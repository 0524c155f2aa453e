/**
 * The tabs the add-on computes or keeps in step with others: Coverage and TA Summary (formulas, rewritten on
 * setup), CIM Activities (one row per menu activity, staff columns kept) and the Attendance grid (members ×
 * meetings, every check kept). Each is one read and one write, whatever the number of rows.
 */
import type { Lang, MessageKey } from '../core/i18n/catalog';
import { LANGS } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import {
  ACTIVITIES,
  type ActivityId,
  activityLabel,
  rangeLabel,
  stepLabel,
  subtaskLabel,
} from '../core/services-menu';
import { fold } from '../core/sheet-values';
import { DATE_FORMAT, HOURS_FORMAT, MONEY_FORMAT } from '../core/workbook/cells';
import { ENGAGEMENT_MEETINGS, engagementRows } from '../core/workbook/engagement-formulas';
import {
  COVERAGE_COLUMNS,
  type ColumnRef,
  columnLetter,
  coverageRows,
  loggedHoursFormula,
  type SettingCells,
  summaryRows,
} from '../core/workbook/formulas';
import { type ActivitiesKey, PARTNERS_TAB, type PartnersKey } from '../core/workbook/tabs';
import { DEFAULT_FORMAT, HEADER_BACKGROUND } from './sheet-format';
import { keepCell, rowFor, type TableSnapshot } from './table-io';
import type { Sheet } from './workbook';

const COLORS = { bad: '#f4c7c3', warn: '#fce8b2', good: '#b7e1cd' } as const;

/**
 * What setup last put on a generated tab besides its values: its block's styles, its highlight rules and its
 * chart, as signatures.
 */
export interface ViewLayout {
  styles: string;
  highlights?: string;
  chart?: string;
}

/**
 * How a generated tab is written: `layout` applies the one-time layout (frozen header row, the first column's
 * width), which a re-run leaves as a person set it; `fresh` says the tab was made in this execution, so it has
 * no chart; `maxRows` is its row count; `last` is what setup last put there (kept in the document properties).
 */
export interface ViewTab {
  layout: boolean;
  fresh: boolean;
  maxRows: number;
  last?: ViewLayout;
}

/** A short fingerprint of a text (FNV-1a, 32 bits): enough to tell whether a block's styles changed. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/** A highlight: cells of `range` (row, column, rows, columns) holding `text`, or a number over 0 without it. */
interface Highlight {
  range: [number, number, number, number];
  text?: string;
  color: string;
}

/**
 * Puts a generated tab's highlight rules in place and returns their signature, which setup keeps. When the tab
 * holds as many rules as setup last put there, with the same signature, they are left as they are (one read
 * instead of a range and a write); a rule a person deleted is put back.
 */
function placeHighlights(sheet: Sheet, view: ViewTab, highlights: readonly Highlight[]): string {
  const signature = fingerprint(JSON.stringify(highlights));
  if (
    !view.fresh &&
    view.last?.highlights === signature &&
    sheet.getConditionalFormatRules().length === highlights.length
  )
    return signature;
  const ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  const rangeOf = (at: Highlight['range']) => {
    const key = at.join();
    if (!ranges.has(key)) ranges.set(key, sheet.getRange(...at));
    return ranges.get(key)!;
  };
  sheet.setConditionalFormatRules(
    highlights.map(({ range, text, color }) => {
      const rule = SpreadsheetApp.newConditionalFormatRule();
      return (text === undefined ? rule.whenNumberGreaterThan(0) : rule.whenTextEqualTo(text))
        .setBackground(color)
        .setRanges([rangeOf(range)])
        .build();
    }),
  );
  return signature;
}

/** A tab's line chart: its data range (row, column, rows, columns), its top-left cell and its options. */
interface LineChart {
  range: [number, number, number, number];
  at: [number, number];
  options: Record<string, string>;
}

/**
 * Puts the tab's line chart in place and returns its signature, which setup keeps. When the tab holds one chart
 * and it was inserted with the same signature, it is left as it is (a person's changes to it stay, as with
 * column widths); otherwise the tab's charts are removed and the chart inserted again.
 */
function placeChart(sheet: Sheet, view: ViewTab, chart: LineChart): string {
  const signature = JSON.stringify(chart);
  const charts = view.fresh ? [] : sheet.getCharts();
  if (charts.length === 1 && view.last?.chart === signature) return signature;
  for (const old of charts) sheet.removeChart(old);
  let builder = sheet
    .newChart()
    .setChartType(Charts.ChartType.LINE)
    .addRange(sheet.getRange(...chart.range))
    .setNumHeaders(1)
    .setPosition(chart.at[0], chart.at[1], 0, 0);
  for (const [key, value] of Object.entries(chart.options)) builder = builder.setOption(key, value);
  sheet.insertChart(builder.build());
  return signature;
}

/**
 * Writes a generated tab's block (its own columns, every row, so what it held before is cleared; a person's
 * extra columns to the right are kept) with one call per property: values, bold, background, number formats.
 * The styles are written only when they differ from the ones setup last wrote there (same signature: same bold
 * and coloured header cells, same formats); returns their signature.
 */
function writeBlock(
  sheet: Sheet,
  rows: readonly (readonly unknown[])[],
  width: number,
  /** Header rows (0-based) and how many columns of each are styled as a header. */
  style: { headers: ReadonlyMap<number, number>; formats?: (row: number, column: number) => string | null },
  view: ViewTab,
): string {
  const { maxRows } = view;
  const height = Math.max(maxRows, rows.length);
  if (height > maxRows) sheet.insertRowsAfter(maxRows, height - maxRows);
  const grid = <T>(cell: (r: number, c: number) => T, length = height): T[][] =>
    Array.from({ length }, (_, r) => Array.from({ length: width }, (_, c) => cell(r, c)));
  const header = (r: number, c: number) => c < (style.headers.get(r) ?? 0);
  const format = (r: number, c: number) => style.formats?.(r, c) ?? DEFAULT_FORMAT;
  const styles = fingerprint(JSON.stringify([width, [...style.headers], grid(format, rows.length)]));
  const range = sheet.getRange(1, 1, height, width);
  range.setValues(grid((r, c) => rows[r]?.[c] ?? ''));
  if (view.fresh || view.last?.styles !== styles) {
    range.setFontWeights(grid((r, c) => (header(r, c) ? 'bold' : null)));
    range.setBackgrounds(grid((r, c) => (header(r, c) ? HEADER_BACKGROUND : null)));
    if (style.formats) range.setNumberFormats(grid(format));
  }
  return styles;
}

const COVERAGE_HEADERS: Record<(typeof COVERAGE_COLUMNS)[number], MessageKey> = {
  role: 'field.roles',
  level: 'wb.cov.level',
  needed: 'wb.cov.needed',
  selected: 'wb.cov.selected',
  confirmed: 'wb.cov.confirmed',
  status: 'field.status',
};

export function writeCoverage(sheet: Sheet, lang: Lang, ref: ColumnRef, view: ViewTab): ViewLayout {
  const rows = coverageRows(lang, ref);
  const width = COVERAGE_COLUMNS.length;
  const styles = writeBlock(
    sheet,
    [COVERAGE_COLUMNS.map((c) => t(lang, COVERAGE_HEADERS[c])), ...rows],
    width,
    { headers: new Map([[0, width]]) },
    view,
  );
  if (view.layout) {
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 360);
  }
  const status = (key: MessageKey, color: string): Highlight => ({
    range: [2, width, rows.length, 1],
    text: t(lang, key),
    color,
  });
  const highlights = placeHighlights(sheet, view, [
    status('coverage.missing', COLORS.bad),
    status('coverage.suggested', COLORS.warn),
    status('coverage.too-few', COLORS.warn),
    status('coverage.selected', COLORS.warn),
    status('coverage.confirmed', COLORS.good),
  ]);
  return { styles, highlights };
}

export function writeSummary(
  sheet: Sheet,
  lang: Lang,
  ref: ColumnRef,
  indicators: readonly string[],
  settings: SettingCells,
  view: ViewTab,
): ViewLayout {
  const layout = summaryRows(lang, ref, indicators, settings);
  const { indicatorRows, totals, stepRows, burnDownRows } = layout;
  // 0-based block rows: a header row above each section.
  const headers = new Map([
    [0, layout.width],
    [totals.funded - 2, 2],
    [stepRows.first - 2, 2],
    [burnDownRows.first - 2, 3],
  ]);
  const within = (row: number, first: number, count: number) => row + 1 >= first && row + 1 < first + count;
  const format = (r: number, c: number): string | null => {
    if (within(r, indicatorRows.first, indicatorRows.count) && c >= 1 && c <= 6) return HOURS_FORMAT;
    if (c === 1 && within(r, totals.funded, totals.beyondCost - totals.funded)) return HOURS_FORMAT;
    if (c === 1 && r + 1 === totals.beyondCost) return MONEY_FORMAT;
    if (c === 1 && r + 1 === totals.percentUsed) return '0"%"';
    if (c === 1 && within(r, stepRows.first, stepRows.count)) return HOURS_FORMAT;
    if (within(r, burnDownRows.first, burnDownRows.count))
      return c === 0 ? DATE_FORMAT : c <= 2 ? HOURS_FORMAT : null;
    return null;
  };
  const styles = writeBlock(sheet, layout.rows, layout.width, { headers, formats: format }, view);
  if (view.layout) {
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 300);
  }
  // Hours beyond the funding and their cost, in red once there are any.
  const highlights = placeHighlights(sheet, view, [{ range: [totals.beyond, 2, 2, 1], color: COLORS.bad }]);
  const chart = placeChart(sheet, view, {
    range: [burnDownRows.first - 1, 1, burnDownRows.count + 1, 3],
    at: [1, layout.width + 2],
    options: { title: t(lang, 'wb.sum.chartTitle') },
  });
  return { styles, highlights, chart };
}

/**
 * The Engagement tab: attendance by stakeholder group across the meetings held, live formulas over Partners,
 * Meetings and Attendance, and a line chart of it. `attendance` is that tab's name and size.
 */
export function writeEngagement(
  sheet: Sheet,
  lang: Lang,
  ref: ColumnRef,
  attendance: { name: string; rows: number; columns: number },
  view: ViewTab,
): ViewLayout {
  const layout = engagementRows(
    lang,
    ref,
    `'${attendance.name.replace(/'/g, "''")}'`,
    Math.max(ENGAGEMENT_MEETINGS, attendance.columns - 2),
    attendance.rows,
  );
  const { table, invitedRow, roles, slots, columns } = layout;
  const headers = new Map([
    [0, columns.id],
    [invitedRow - 1, 1],
    [roles.first - 2, 3],
    [slots.first - 2, layout.width - 2],
  ]);
  const within = (row: number, first: number, count: number) => row + 1 >= first && row + 1 < first + count;
  const format = (r: number, c: number): string | null => {
    if (within(r, table.first, table.count) && c + 1 === columns.date) return DATE_FORMAT;
    if (within(r, table.first, table.count) && c + 1 > columns.date && c + 1 <= columns.all) return '0%';
    if (within(r, slots.first, slots.count) && c === 2) return DATE_FORMAT;
    return null;
  };
  const styles = writeBlock(sheet, layout.rows, layout.width, { headers, formats: format }, view);
  if (view.layout) sheet.setFrozenRows(1);
  const chart = placeChart(sheet, view, {
    range: [1, 1, table.count + 1, columns.all],
    at: [table.first, columns.id + 1],
    options: { title: t(lang, 'wb.eng.chartTitle'), 'vAxis.format': 'percent' },
  });
  return { styles, chart };
}

const ACTIVITY_BY_LABEL = new Map<string, ActivityId>(
  ACTIVITIES.flatMap((a) => [
    [fold(a.id), a.id] as const,
    ...LANGS.map((lang) => [fold(activityLabel(lang, a.id)), a.id] as const),
  ]),
);

/** One row per menu activity: the menu's columns refreshed, the staff's columns (status, owner…) kept. */
export function syncActivities(snapshot: TableSnapshot<ActivitiesKey>, lang: Lang, ref: ColumnRef): void {
  const activityColumn = snapshot.columns.get('activityId')!;
  const byActivity = new Map<ActivityId, number>();
  snapshot.rows.forEach((row, i) => {
    const id = ACTIVITY_BY_LABEL.get(fold(String(row[activityColumn] ?? '')));
    if (id !== undefined && !byActivity.has(id)) byActivity.set(id, i);
  });
  const formulas = snapshot.formulas();
  const rows: unknown[][] = snapshot.rows.map((row, i) =>
    row.map((cell, c) => keepCell(cell, formulas[i]?.[c])),
  );
  for (const activity of ACTIVITIES) {
    let index = byActivity.get(activity.id);
    if (index === undefined) {
      index = rows.length;
      rows.push([]);
    }
    rows[index] = rowFor(
      snapshot,
      {
        step: stepLabel(lang, activity.step),
        activityId: activityLabel(lang, activity.id),
        range: rangeLabel(lang, activity.range),
        minHours: activity.range ? activity.range.min / 4 : '',
        maxHours: activity.range ? activity.range.max / 4 : '',
        subtasks: activity.subtasks.map((s) => `• ${subtaskLabel(lang, s)}`).join('\n'),
      },
      rows[index],
    );
  }
  // Formulas must be written as formulas, not as apostrophe-quoted text.
  const logged = snapshot.columns.get('loggedHours')!;
  for (const [i, row] of rows.entries())
    row[logged] = loggedHoursFormula(ref, i + 2, columnLetter(activityColumn));
  const width = Math.max(...rows.map((r) => r.length));
  const span = snapshot.sheet.getRange(2, 1, rows.length, width);
  span.setValues(rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')));
  const max = snapshot.columns.get('maxHours')!;
  snapshot.sheet.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(
        `=AND(ISNUMBER($${columnLetter(max)}2),$${columnLetter(logged)}2>$${columnLetter(max)}2)`,
      )
      .setBackground(COLORS.bad)
      .setRanges([span])
      .build(),
  ]);
}

/**
 * Highlights a parent/guardian row marked as a district employee, which the handout does not allow: over the
 * tab's rows below the header, the range formatTable used when it holds them all.
 */
export function highlightPartners(
  snapshot: TableSnapshot<PartnersKey>,
  { maxRows, body }: { maxRows: number; body?: GoogleAppsScript.Spreadsheet.Range },
): void {
  const letter = (key: PartnersKey) => columnLetter(snapshot.columns.get(key)!);
  const parent = LANGS.map((l) => `"${t(l, 'role.parent-guardian')}"`);
  const isParent = (key: PartnersKey) => parent.map((p) => `$${letter(key)}2=${p}`).join(',');
  const width = Math.max(snapshot.header.length, PARTNERS_TAB.columns.length);
  const range = body ?? snapshot.sheet.getRange(2, 1, Math.max(1, maxRows - 1), width);
  snapshot.sheet.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(
        `=AND(OR(${isParent('role')},${isParent('role2')}),$${letter('districtEmployee')}2=TRUE)`,
      )
      .setBackground(COLORS.bad)
      .setRanges([range])
      .build(),
  ]);
}
