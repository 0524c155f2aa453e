/**
 * "Set up workspace": turns the current spreadsheet into the group's workbook, or repairs one. Safe to re-run:
 * values, row order and columns a person added are kept; missing tabs, headers, validation and formulas are put
 * back. The number of service calls is fixed, whatever the data.
 */
import type { Lang } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import type { Meeting } from '../core/meeting';
import type { Member } from '../core/member';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { ENGAGEMENT_MEETINGS } from '../core/workbook/engagement-formulas';
import { type ColumnRef, columnRef, settingCells } from '../core/workbook/formulas';
import {
  ACTIVITIES_TAB,
  type Input,
  MEETINGS_TAB,
  type MeetingsKey,
  PARTNERS_TAB,
  type PartnersKey,
  type RowValues,
  TA_LOG_TAB,
  TAB_KEYS,
  TABLE_TABS,
  type TabKey,
  type TableTab,
  type TaLogKey,
  TEMPLATE_VERSION,
} from '../core/workbook/tabs';
import { emptyAttendance, mergeAttendance, readAttendance, writeAttendance } from './attendance';
import { type FormattedTable, formatTable, protectHeaders } from './sheet-format';
import {
  ensureStart,
  readStart,
  type SettingKey,
  type StartSnapshot,
  settingsOf,
  writeSettings,
} from './start-tab';
import {
  appendRecords,
  asRead,
  emptyTable,
  findColumns,
  readTable,
  records,
  rowFor,
  SPARE_ROWS,
  type TableSnapshot,
  type TableSnapshots,
} from './table-io';
import {
  maxRowsOf,
  nameOf,
  openWorkbook,
  rename,
  type Sheet,
  saveWorkbookProperties,
  sheetByTitle,
  tabName,
  tabTitle,
  type Workbook,
} from './workbook';
import { assignIds, readMeetings, readMembers } from './workbook-data';
import { migrateLegacy } from './workbook-migration';
import {
  highlightPartners,
  syncActivities,
  writeCoverage,
  writeEngagement,
  writeSummary,
} from './workbook-views';

function ensureTabs(workbook: Workbook): void {
  const missing = TAB_KEYS.filter((key) => !workbook.tabs[key]);
  if (missing.length === 0) return;
  // A new spreadsheet's one empty sheet becomes the Start tab rather than staying behind as "Sheet1".
  const { sheets } = workbook;
  const only = sheets[0];
  if (
    workbook.version === 0 &&
    !workbook.tabs.start &&
    sheets.length === 1 &&
    only &&
    only.getLastRow() === 0
  ) {
    workbook.names.start = tabTitle('start', workbook.lang);
    workbook.tabs.start = rename(workbook, only, workbook.names.start);
    workbook.fresh.add('start');
  }
  const named = sheets.map((sheet) => ({ sheet, name: nameOf(workbook, sheet) }));
  for (const key of missing) {
    if (workbook.tabs[key]) continue;
    const found = sheetByTitle(named, key);
    workbook.names[key] = found?.name ?? tabTitle(key, workbook.lang);
    if (found) workbook.tabs[key] = found.sheet;
    else {
      workbook.tabs[key] = workbook.spreadsheet.insertSheet(workbook.names[key]);
      workbook.fresh.add(key);
      workbook.inserted.add(key);
    }
  }
}

/**
 * Puts the layout's headers in place: all of them on a new tab, only the missing ones (at the end) otherwise.
 * `added` holds the keys of the columns it wrote.
 */
export function ensureHeader<K extends string>(
  sheet: Sheet,
  tab: TableTab<K>,
  lang: Lang,
  fresh = false,
  /** Rows a new tab gets under its header in the same write, when its `maxRows` leave room for them. */
  first?: { rows: readonly RowValues<K>[]; maxRows: number },
): TableSnapshot<K> & { added: Set<K>; headerRange?: GoogleAppsScript.Spreadsheet.Range } {
  const snapshot = fresh ? emptyTable(sheet, tab) : readTable(sheet, tab);
  const missing = tab.columns.filter((c) => !snapshot.columns.has(c.key));
  const added = new Set(missing.map((c) => c.key));
  if (missing.length === 0) return { ...snapshot, added };
  const header = snapshot.header.every((cell) => cell === '') ? [] : [...snapshot.header];
  const blank = (i: number) => i >= 0 && i < header.length && String(header[i]) === '';
  const at = (key: K | undefined) => (key === undefined ? -1 : (findColumns(tab, header).get(key) ?? -1));
  for (const column of missing) {
    // A header someone deleted goes back over its own values: the blank header cell next to the column the
    // layout puts before (or after) it. Otherwise the column is added at the end.
    const k = tab.columns.indexOf(column);
    const after = at(tab.columns[k - 1]?.key) + 1;
    const before = at(tab.columns[k + 1]?.key) - 1;
    const place = after > 0 && blank(after) ? after : before >= 0 && blank(before) ? before : header.length;
    header[place] = t(lang, column.header);
  }
  const headerRange = sheet.getRange(1, 1, 1, header.length);
  const result = { ...snapshot, header, columns: findColumns(tab, header), added, headerRange };
  if (fresh && first && first.rows.length > 0 && first.rows.length < first.maxRows) {
    const cells = first.rows.map((values) => rowFor(result, values));
    sheet.getRange(1, 1, cells.length + 1, header.length).setValues([header, ...cells]);
    result.rows = cells.map((row) => row.map(asRead));
  } else headerRange.setValues([header]);
  return result;
}

/** One snapshot per table tab, each typed by its own columns. */
function tables(snapshot: <K extends string>(tab: TableTab<K>) => TableSnapshot<K>): TableSnapshots {
  return {
    partners: snapshot(PARTNERS_TAB),
    meetings: snapshot(MEETINGS_TAB),
    activities: snapshot(ACTIVITIES_TAB),
    taLog: snapshot(TA_LOG_TAB),
  };
}

function readTables(workbook: Workbook): TableSnapshots {
  return tables((tab) => readTable(workbook.tabs[tab.key]!, tab));
}

/** A fill's rows for one tab; a fill a failure interrupted is finished, not doubled: rows already there (by id) are skipped. */
function appendMissing<K extends string>(
  snapshot: TableSnapshot<K | 'id'>,
  rows: readonly RowValues<K | 'id'>[] | undefined,
): void {
  if (!rows) return;
  const there = new Set(records(snapshot).map((r) => String(r.values.id)));
  appendRecords(
    snapshot,
    rows.filter((row) => !there.has(String(row.id))),
  );
}

function positions(snapshots: readonly TableSnapshot[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of snapshots) for (const [key, index] of s.columns) out[`${s.tab.key}.${key}`] = index;
  return out;
}

function workbookRef(workbook: Workbook, snapshots: readonly TableSnapshot[]): ColumnRef {
  const titles = Object.fromEntries(TABLE_TABS.map((tab) => [tab.key, tabName(workbook, tab.key)])) as Record<
    TableTab['key'],
    string
  >;
  return columnRef(titles, positions(snapshots));
}

/** The TA Log's indicator dropdown follows the settings: each indicator, or shared. */
function indicatorInput(settings: Settings, lang: Lang): Input {
  const options = [...settings.indicators, t(lang, 'ledger.shared')];
  return { kind: 'choice', options: () => options };
}

/** What the computed tabs are built from, as parsed from the tables or as just written. */
export interface ViewData {
  members: readonly Pick<Member, 'id' | 'name'>[];
  meetings: readonly Pick<Meeting, 'id' | 'date' | 'title'>[];
  /** Members present, by meeting id, to tick in the Attendance grid. */
  present?: Readonly<Record<string, readonly string[]>>;
}

/** Rewrites the computed tabs from the current data: after setup, and after anything that changes settings. */
function refreshViews(
  workbook: Workbook,
  snapshots: TableSnapshots,
  settings: Settings,
  data: ViewData,
  /** Apply the one-time layout to every tab (a first setup), not only to the tabs made in this execution. */
  layout: boolean,
  start: StartSnapshot,
): void {
  const { lang } = workbook;
  const ref = workbookRef(workbook, Object.values(snapshots));
  const view = (key: TabKey) => ({
    layout: layout || workbook.fresh.has(key),
    fresh: workbook.fresh.has(key),
    maxRows: maxRowsOf(workbook, key),
    last: workbook.views[key],
  });
  workbook.views.coverage = writeCoverage(workbook.tabs.coverage!, lang, ref, view('coverage'));
  workbook.views.taSummary = writeSummary(
    workbook.tabs.taSummary!,
    lang,
    ref,
    settings.indicators,
    settingCells(tabName(workbook, 'start'), start.rows),
    view('taSummary'),
  );
  const attendance = workbook.tabs.attendance!;
  const previous = workbook.fresh.has('attendance') ? emptyAttendance() : readAttendance(attendance);
  const grid = mergeAttendance(previous, data.members, data.meetings);
  for (const [meetingId, present] of Object.entries(data.present ?? {})) {
    const column = grid.meetingIds.indexOf(meetingId);
    for (const id of present) {
      const row = grid.memberIds.indexOf(id);
      if (row >= 0 && column >= 0) grid.present[row]![column] = true;
    }
  }
  const size = writeAttendance(attendance, grid, lang, previous, {
    minColumns: 2 + ENGAGEMENT_MEETINGS,
    layout: layout || workbook.fresh.has('attendance'),
    maxRows: maxRowsOf(workbook, 'attendance'),
  });
  // The Engagement formulas read the grid's rows and room for as many walk-ins as a table keeps spare rows.
  workbook.views.engagement = writeEngagement(
    workbook.tabs.engagement!,
    lang,
    ref,
    {
      name: tabName(workbook, 'attendance'),
      rows: Math.min(size.rows, 1 + grid.memberIds.length + SPARE_ROWS),
      columns: size.columns,
    },
    view('engagement'),
  );
}

/** Data a command puts into the workbook while setup builds it (the sample LEA), so no tab is read twice. */
export interface Fill {
  /** Setting cells to write, by setting key, and the settings they parse to. */
  settingCells: Partial<Record<SettingKey, unknown>>;
  settings: Settings;
  /** Records to append under each table's header. */
  records: {
    partners?: readonly RowValues<PartnersKey>[];
    meetings?: readonly RowValues<MeetingsKey>[];
    taLog?: readonly RowValues<TaLogKey>[];
  };
  views: ViewData;
}

export function setupWorkbook(lang: Lang, opened?: Workbook, fill?: Fill): Workbook {
  const workbook = opened ?? openWorkbook(lang);
  // The version is saved last: until then this is a first setup, perhaps one a failure interrupted, and the
  // one-time layout (widths, the guide's look) is applied again so running it again finishes it.
  const firstSetup = workbook.version === 0;
  const legacy = firstSetup ? migrateLegacy(workbook) : undefined;
  ensureTabs(workbook);
  const start = workbook.tabs.start!;
  const { written: settingsWritten, ...started } = ensureStart(workbook, firstSetup, fill?.settingCells);
  let startSnapshot: StartSnapshot = started;

  const added: Partial<Record<TableTab['key'], ReadonlySet<string>>> = {};
  const headers: Partial<Record<TableTab['key'], GoogleAppsScript.Spreadsheet.Range>> = {};
  const maxRows = Object.fromEntries(TABLE_TABS.map((tab) => [tab.key, maxRowsOf(workbook, tab.key)]));
  let snapshots = tables((tab) => {
    const fillRows: readonly RowValues<string>[] | undefined =
      tab.key === 'activities' ? undefined : fill?.records[tab.key];
    const {
      added: keys,
      headerRange,
      ...snapshot
    } = ensureHeader(
      workbook.tabs[tab.key]!,
      tab,
      workbook.lang,
      workbook.fresh.has(tab.key),
      fillRows && { rows: fillRows, maxRows: maxRows[tab.key]! },
    );
    added[tab.key] = keys;
    if (headerRange) headers[tab.key] = headerRange;
    return snapshot;
  });
  if (legacy) {
    legacy(snapshots, start);
    snapshots = readTables(workbook);
    startSnapshot = readStart(start);
  }
  if (fill && (legacy || Object.keys(fill.settingCells).some((key) => !settingsWritten.has(key))))
    writeSettings(start, startSnapshot, fill.settingCells);
  const parsed = settingsOf(startSnapshot, workbook.timeZone);
  const settings = fill?.settings ?? (parsed.success ? parsed.data : DEFAULT_SETTINGS);
  const formatted = {} as Record<TableTab['key'], FormattedTable>;
  for (const tab of TABLE_TABS) {
    const snapshot = snapshots[tab.key];
    const inputs: Record<string, Input> =
      tab === TA_LOG_TAB ? { indicator: indicatorInput(settings, workbook.lang) } : {};
    const fresh = workbook.fresh.has(tab.key);
    formatted[tab.key] = formatTable(snapshot.sheet, tab.columns, snapshot.columns, workbook.lang, {
      width: snapshot.header.length,
      inputs,
      added: firstSetup ? undefined : added[tab.key],
      fresh,
      header: headers[tab.key],
      layout: firstSetup || fresh,
      maxRows: maxRows[tab.key]!,
    });
    // Appending below knows the tab's size without asking again.
    snapshot.maxRows = formatted[tab.key].maxRows;
  }
  protectHeaders(
    workbook.spreadsheet,
    TABLE_TABS.map((tab) => ({
      key: tab.key,
      sheet: snapshots[tab.key].sheet,
      header: formatted[tab.key].header,
      width: snapshots[tab.key].header.length,
      fresh: workbook.fresh.has(tab.key),
    })),
  );
  assignIds(snapshots.partners, 'M');
  assignIds(snapshots.meetings, 'MT');
  assignIds(snapshots.taLog, 'TA');
  appendMissing(snapshots.partners, fill?.records.partners);
  appendMissing(snapshots.meetings, fill?.records.meetings);
  appendMissing(snapshots.taLog, fill?.records.taLog);
  const ref = workbookRef(workbook, Object.values(snapshots));
  syncActivities(snapshots.activities, workbook.lang, ref);
  highlightPartners(snapshots.partners, formatted.partners);
  refreshViews(
    workbook,
    snapshots,
    settings,
    fill?.views ?? {
      members: readMembers(snapshots.partners, settings, workbook.lang, workbook.timeZone).members,
      meetings: readMeetings(snapshots.meetings, workbook.lang, workbook.timeZone).meetings,
    },
    firstSetup,
    startSnapshot,
  );
  // A new workbook opens on its guide; a re-run leaves the person where they are.
  if (firstSetup) workbook.spreadsheet.setActiveSheet(start);
  saveWorkbookProperties(workbook, TEMPLATE_VERSION);
  return workbook;
}
