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
import {
  COVERAGE_COLUMNS,
  type ColumnRef,
  columnLetter,
  coverageRows,
  loggedHoursFormula,
  summaryRows,
} from '../core/workbook/formulas';
import { PARTNERS_TAB } from '../core/workbook/tabs';
import { styleHeader } from './sheet-format';
import { keepCell, rowFor, type TableSnapshot } from './table-io';
import type { Sheet } from './workbook';

const COLORS = { bad: '#f4c7c3', warn: '#fce8b2', good: '#b7e1cd' } as const;

/** Clears what a generated tab held in its own columns (a person's extra columns to the right are kept). */
function clearBlock(sheet: Sheet, width: number): void {
  const rows = sheet.getMaxRows();
  sheet.getRange(1, 1, rows, width).clearContent();
}

const COVERAGE_HEADERS: Record<(typeof COVERAGE_COLUMNS)[number], MessageKey> = {
  role: 'field.roles',
  level: 'wb.cov.level',
  needed: 'wb.cov.needed',
  selected: 'wb.cov.selected',
  confirmed: 'wb.cov.confirmed',
  status: 'field.status',
};

export function writeCoverage(sheet: Sheet, lang: Lang, ref: ColumnRef): void {
  const rows = coverageRows(lang, ref);
  const width = COVERAGE_COLUMNS.length;
  clearBlock(sheet, width);
  sheet
    .getRange(1, 1, rows.length + 1, width)
    .setValues([COVERAGE_COLUMNS.map((c) => t(lang, COVERAGE_HEADERS[c])), ...rows]);
  sheet.setFrozenRows(1);
  styleHeader(sheet.getRange(1, 1, 1, width));
  sheet.setColumnWidth(1, 360);
  const status = sheet.getRange(2, width, rows.length, 1);
  const rule = (key: MessageKey, color: string) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo(t(lang, key))
      .setBackground(color)
      .setRanges([status])
      .build();
  sheet.setConditionalFormatRules([
    rule('coverage.missing', COLORS.bad),
    rule('coverage.too-few', COLORS.warn),
    rule('coverage.selected', COLORS.warn),
    rule('coverage.confirmed', COLORS.good),
  ]);
}

export function writeSummary(sheet: Sheet, lang: Lang, ref: ColumnRef, indicators: readonly string[]): void {
  const layout = summaryRows(lang, ref, indicators);
  clearBlock(sheet, layout.width);
  sheet.getRange(1, 1, layout.rows.length, layout.width).setValues(layout.rows);
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 300);
  styleHeader(sheet.getRange(1, 1, 1, layout.width));
  const { indicatorRows, totals, stepRows, burnDownRows } = layout;
  styleHeader(sheet.getRange(totals.funded - 1, 1, 1, 2));
  styleHeader(sheet.getRange(stepRows.first - 1, 1, 1, 2));
  styleHeader(sheet.getRange(burnDownRows.first - 1, 1, 1, 3));
  if (indicatorRows.count > 0)
    sheet.getRange(indicatorRows.first, 2, indicatorRows.count, 6).setNumberFormat(HOURS_FORMAT);
  sheet.getRange(totals.funded, 2, totals.beyondCost - totals.funded, 1).setNumberFormat(HOURS_FORMAT);
  sheet.getRange(totals.beyondCost, 2).setNumberFormat(MONEY_FORMAT);
  sheet.getRange(totals.percentUsed, 2).setNumberFormat('0"%"');
  sheet.getRange(stepRows.first, 2, stepRows.count, 1).setNumberFormat(HOURS_FORMAT);
  sheet.getRange(burnDownRows.first, 1, burnDownRows.count, 1).setNumberFormat(DATE_FORMAT);
  sheet.getRange(burnDownRows.first, 2, burnDownRows.count, 2).setNumberFormat(HOURS_FORMAT);
  const over = sheet.getRange(totals.beyond, 2, 2, 1);
  sheet.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThan(0)
      .setBackground(COLORS.bad)
      .setRanges([over])
      .build(),
  ]);
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.LINE)
      .addRange(sheet.getRange(burnDownRows.first - 1, 1, burnDownRows.count + 1, 3))
      .setNumHeaders(1)
      .setPosition(1, layout.width + 2, 0, 0)
      .setOption('title', t(lang, 'wb.sum.chartTitle'))
      .build(),
  );
}

const ACTIVITY_BY_LABEL = new Map<string, ActivityId>(
  ACTIVITIES.flatMap((a) => [
    [fold(a.id), a.id] as const,
    ...LANGS.map((lang) => [fold(activityLabel(lang, a.id)), a.id] as const),
  ]),
);

/** One row per menu activity: the menu's columns refreshed, the staff's columns (status, owner…) kept. */
export function syncActivities(snapshot: TableSnapshot, lang: Lang, ref: ColumnRef): void {
  const activityColumn = snapshot.columns.get('activityId')!;
  const byActivity = new Map<ActivityId, number>();
  snapshot.rows.forEach((row, i) => {
    const id = ACTIVITY_BY_LABEL.get(fold(String(row[activityColumn] ?? '')));
    if (id !== undefined && !byActivity.has(id)) byActivity.set(id, i);
  });
  const rows: unknown[][] = snapshot.rows.map((row, i) =>
    row.map((cell, c) => keepCell(cell, snapshot.formulas[i]?.[c])),
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
  snapshot.sheet
    .getRange(2, 1, rows.length, width)
    .setValues(rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')));
  const max = snapshot.columns.get('maxHours')!;
  const span = snapshot.sheet.getRange(2, 1, rows.length, width);
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

/** Highlights a parent/guardian row marked as a district employee, which the handout does not allow. */
export function highlightPartners(sheet: Sheet, snapshot: TableSnapshot): void {
  const letter = (key: string) => columnLetter(snapshot.columns.get(key)!);
  const parent = LANGS.map((l) => `"${t(l, 'role.parent-guardian')}"`);
  const isParent = (key: string) => parent.map((p) => `$${letter(key)}2=${p}`).join(',');
  const width = Math.max(snapshot.header.length, PARTNERS_TAB.columns.length);
  const range = sheet.getRange(2, 1, Math.max(1, sheet.getMaxRows() - 1), width);
  sheet.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(
        `=AND(OR(${isParent('role')},${isParent('role2')}),$${letter('districtEmployee')}2=TRUE)`,
      )
      .setBackground(COLORS.bad)
      .setRanges([range])
      .build(),
  ]);
}
