/**
 * "Set up workspace": turns the current spreadsheet into the group's workbook, or repairs one. Safe to re-run:
 * values, row order and columns a person added are kept; missing tabs, headers, validation and formulas are put
 * back. The number of service calls is fixed, whatever the data.
 */
import type { Lang } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { type ColumnRef, columnRef } from '../core/workbook/formulas';
import {
  ACTIVITIES_TAB,
  MEETINGS_TAB,
  PARTNERS_TAB,
  TA_LOG_TAB,
  TAB_KEYS,
  TABLE_TABS,
  type TableTab,
  TEMPLATE_VERSION,
} from '../core/workbook/tabs';
import { mergeAttendance, readAttendance, writeAttendance } from './attendance';
import { applyInput, formatTable } from './sheet-format';
import { ensureStart, readSettings } from './start-tab';
import { findColumns, readTable, type TableSnapshot } from './table-io';
import {
  openWorkbook,
  type Sheet,
  saveWorkbookProperties,
  sheetByTitle,
  tabTitle,
  type Workbook,
} from './workbook';
import { assignIds, readMeetings, readMembers } from './workbook-data';
import { migrateLegacy } from './workbook-migration';
import { highlightPartners, syncActivities, writeCoverage, writeSummary } from './workbook-views';

function ensureTabs(workbook: Workbook): void {
  // A new spreadsheet's one empty sheet becomes the Start tab rather than staying behind as "Sheet1".
  const sheets = workbook.spreadsheet.getSheets();
  const only = sheets[0];
  if (
    workbook.version === 0 &&
    !workbook.tabs.start &&
    sheets.length === 1 &&
    only &&
    only.getLastRow() === 0
  ) {
    workbook.tabs.start = only.setName(tabTitle('start', workbook.lang));
  }
  for (const key of TAB_KEYS) {
    if (workbook.tabs[key]) continue;
    workbook.tabs[key] =
      sheetByTitle(workbook.spreadsheet, key) ??
      workbook.spreadsheet.insertSheet(tabTitle(key, workbook.lang));
  }
}

/** Puts the layout's headers in place: all of them on a new tab, only the missing ones (at the end) otherwise. */
export function ensureHeader(sheet: Sheet, tab: TableTab, lang: Lang): TableSnapshot {
  const snapshot = readTable(sheet, tab);
  const missing = tab.columns.filter((c) => !snapshot.columns.has(c.key));
  if (missing.length === 0) return snapshot;
  const header = snapshot.header.every((cell) => cell === '') ? [] : [...snapshot.header];
  const blank = (i: number) => i >= 0 && i < header.length && String(header[i]) === '';
  const at = (key: string | undefined) =>
    key === undefined ? -1 : (findColumns(tab, header).get(key) ?? -1);
  for (const column of missing) {
    // A header someone deleted goes back over its own values: the blank header cell next to the column the
    // layout puts before (or after) it. Otherwise the column is added at the end.
    const k = tab.columns.indexOf(column);
    const after = at(tab.columns[k - 1]?.key) + 1;
    const before = at(tab.columns[k + 1]?.key) - 1;
    const place = after > 0 && blank(after) ? after : before >= 0 && blank(before) ? before : header.length;
    header[place] = t(lang, column.header);
  }
  sheet.getRange(1, 1, 1, header.length).setValues([header]);
  return { ...snapshot, header, columns: findColumns(tab, header) };
}

export function readTables(workbook: Workbook): Record<TableTab['key'], TableSnapshot> {
  return Object.fromEntries(
    TABLE_TABS.map((tab) => [tab.key, readTable(workbook.tabs[tab.key]!, tab)]),
  ) as Record<TableTab['key'], TableSnapshot>;
}

function positions(snapshots: readonly TableSnapshot[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of snapshots) for (const [key, index] of s.columns) out[`${s.tab.key}.${key}`] = index;
  return out;
}

export function workbookRef(workbook: Workbook, snapshots: readonly TableSnapshot[]): ColumnRef {
  const titles = Object.fromEntries(
    TABLE_TABS.map((tab) => [tab.key, workbook.tabs[tab.key]?.getName() ?? tabTitle(tab.key, workbook.lang)]),
  ) as Record<TableTab['key'], string>;
  return columnRef(titles, positions(snapshots));
}

/** The TA Log's indicator dropdown follows the settings: each indicator, or shared. */
function indicatorDropdown(snapshot: TableSnapshot, settings: Settings, lang: Lang): void {
  const column = snapshot.columns.get('indicator')!;
  const rows = snapshot.sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const options = [...settings.indicators, t(lang, 'ledger.shared')];
  applyInput(
    snapshot.sheet.getRange(2, column + 1, rows, 1),
    { kind: 'choice', options: () => options },
    lang,
    t(lang, 'wb.note.indicator'),
  );
}

/** Rewrites the computed tabs from the current data: after setup, and after anything that changes settings. */
export function refreshViews(
  workbook: Workbook,
  snapshots: Record<TableTab['key'], TableSnapshot>,
  settings: Settings,
): void {
  const { lang } = workbook;
  const ref = workbookRef(workbook, Object.values(snapshots));
  writeCoverage(workbook.tabs.coverage!, lang, ref);
  writeSummary(workbook.tabs.taSummary!, lang, ref, settings.indicators);
  indicatorDropdown(snapshots.taLog, settings, lang);
  const members = readMembers(snapshots.partners, settings, lang, workbook.timeZone).members;
  const meetings = readMeetings(snapshots.meetings, lang, workbook.timeZone).meetings;
  const attendance = workbook.tabs.attendance!;
  const previous = readAttendance(attendance);
  writeAttendance(attendance, mergeAttendance(previous, members, meetings), lang, previous);
}

export function setupWorkbook(lang: Lang): Workbook {
  const workbook = openWorkbook(lang);
  const legacy = workbook.version === 0 ? migrateLegacy(workbook) : undefined;
  ensureTabs(workbook);
  const start = workbook.tabs.start!;
  ensureStart(start, workbook.lang);

  let snapshots = {} as Record<TableTab['key'], TableSnapshot>;
  for (const tab of TABLE_TABS) {
    const sheet = workbook.tabs[tab.key]!;
    const snapshot = ensureHeader(sheet, tab, workbook.lang);
    formatTable(sheet, tab.columns, snapshot.columns, workbook.lang, snapshot.header.length);
    snapshots[tab.key] = snapshot;
  }
  if (legacy) {
    legacy(snapshots, start);
    snapshots = readTables(workbook);
  }
  const parsed = readSettings(start, workbook.timeZone);
  const settings = parsed.success ? parsed.data : DEFAULT_SETTINGS;
  for (const [tab, prefix] of [
    [PARTNERS_TAB, 'M'],
    [MEETINGS_TAB, 'MT'],
    [TA_LOG_TAB, 'TA'],
  ] as const) {
    snapshots[tab.key] = assignIds(snapshots[tab.key], prefix);
  }
  const ref = workbookRef(workbook, Object.values(snapshots));
  syncActivities(snapshots[ACTIVITIES_TAB.key], workbook.lang, ref);
  highlightPartners(workbook.tabs.partners!, snapshots.partners);
  refreshViews(workbook, snapshots, settings);
  workbook.spreadsheet.setActiveSheet(start);
  saveWorkbookProperties(workbook, TEMPLATE_VERSION);
  return workbook;
}
