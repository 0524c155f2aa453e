/**
 * The Attendance tab: one row per member, one checkbox column per meeting. Columns are identified by the
 * meeting id at the start of their header ("M-01 · 2024-02-06 · Kickoff") and rows by member id, so syncing
 * with the roster and the schedule keeps every check, including those of members or meetings since removed.
 */
import type { Lang } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import type { Meeting } from '../core/meeting';
import type { Member } from '../core/member';
import { safeCell } from '../core/workbook/cells';
import { styleHeader } from './sheet-format';
import { SPARE_ROWS } from './table-io';
import type { Sheet } from './workbook';

const SEPARATOR = ' · ';

function meetingHeader(meeting: Pick<Meeting, 'id' | 'date' | 'title'>): string {
  return [meeting.id, meeting.date, meeting.title].join(SEPARATOR);
}

const idOf = (cell: unknown): string =>
  String(cell ?? '')
    .split(SEPARATOR)[0]!
    .trim();

export interface AttendanceGrid {
  memberIds: string[];
  memberNames: string[];
  meetingIds: string[];
  meetingHeaders: string[];
  /** present[memberIndex][meetingIndex] */
  present: boolean[][];
  /** As read: each member is on row index + 2, no blank or foreign row between (see writeNewRows). */
  compact?: boolean;
}

export function readAttendance(sheet: Sheet): AttendanceGrid {
  const values = sheet.getDataRange().getValues();
  const header = values[0] ?? [];
  const meetingHeaders = header.slice(2).map(String);
  const body = values.slice(1).filter((row) => idOf(row[0]) !== '');
  return {
    memberIds: body.map((row) => idOf(row[0])),
    memberNames: body.map((row) => String(row[1] ?? '')),
    meetingIds: meetingHeaders.map(idOf),
    meetingHeaders,
    present: body.map((row) => row.slice(2).map((cell) => cell === true)),
    compact: body.length === values.length - 1,
  };
}

/** What readAttendance returns for an empty tab (one made in this execution), without reading it. */
export function emptyAttendance(): AttendanceGrid {
  return { memberIds: [], memberNames: [], meetingIds: [], meetingHeaders: [], present: [] };
}

/** The grid for the current roster and schedule, keeping every existing check (unknown rows/columns last). */
export function mergeAttendance(
  existing: AttendanceGrid,
  members: readonly Pick<Member, 'id' | 'name'>[],
  meetings: readonly Pick<Meeting, 'id' | 'date' | 'title'>[],
): AttendanceGrid {
  const memberIds = [
    ...members.map((m) => m.id),
    ...existing.memberIds.filter((id) => !members.some((m) => m.id === id)),
  ];
  const names = new Map(existing.memberIds.map((id, i) => [id, existing.memberNames[i]!]));
  for (const m of members) names.set(m.id, m.name);
  const headers = new Map(existing.meetingIds.map((id, i) => [id, existing.meetingHeaders[i]!]));
  for (const m of meetings) headers.set(m.id, meetingHeader(m));
  const meetingIds = [
    ...meetings.map((m) => m.id),
    ...existing.meetingIds.filter((id) => !meetings.some((m) => m.id === id)),
  ];
  const was = new Map<string, boolean>();
  existing.memberIds.forEach((member, r) => {
    existing.meetingIds.forEach((meeting, c) => {
      was.set(`${member}\n${meeting}`, existing.present[r]![c]!);
    });
  });
  return {
    memberIds,
    memberNames: memberIds.map((id) => names.get(id) ?? ''),
    meetingIds,
    meetingHeaders: meetingIds.map((id) => headers.get(id)!),
    present: memberIds.map((member) =>
      meetingIds.map((meeting) => was.get(`${member}\n${meeting}`) ?? false),
    ),
  };
}

/** How setup writes the grid (see writeAttendance). */
export interface AttendanceLayout {
  /** The Engagement tab's formulas read that many columns. */
  minColumns?: number;
  /** False on a setup re-run: frozen panes and the header's look stay as they are, unless meetings came or went. */
  layout?: boolean;
  /** The sheet's row count when the caller knows it. */
  maxRows?: number;
}

/**
 * Writes the whole grid with one setValues, clearing what the old grid covered beyond it. The tab is grown to at
 * least `minColumns` columns; returns the tab's size.
 */
export function writeAttendance(
  sheet: Sheet,
  grid: AttendanceGrid,
  lang: Lang,
  previous?: AttendanceGrid,
  { minColumns = 0, layout = true, maxRows = sheet.getMaxRows() }: AttendanceLayout = {},
): { rows: number; columns: number } {
  const width = 2 + grid.meetingIds.length;
  const height = 1 + grid.memberIds.length;
  const rows: unknown[][] = [
    [t(lang, 'field.id'), t(lang, 'field.name'), ...grid.meetingHeaders.map(safeCell)],
    ...grid.memberIds.map((id, r) => [safeCell(id), safeCell(grid.memberNames[r]), ...grid.present[r]!]),
  ];
  // A range past the sheet's last row or column throws: grow the grid first (a roster bigger than the
  // 1,000 rows a new tab has, or more meetings than its 26 columns).
  // With room to spare, so the next walk-in or new member does not grow it again.
  const rowsAfter = height > maxRows ? height + SPARE_ROWS : maxRows;
  if (rowsAfter > maxRows) sheet.insertRowsAfter(maxRows, rowsAfter - maxRows);
  const maxColumns = sheet.getMaxColumns();
  const columnsAfter = Math.max(maxColumns, width, minColumns);
  if (columnsAfter > maxColumns) sheet.insertColumnsAfter(maxColumns, columnsAfter - maxColumns);
  // The checkboxes come from a rule, which keeps the values (insertCheckboxes would set every check to
  // false), and go first with the header's look: once the values are written the grid is complete, and a run
  // that finds every meeting's column there has nothing left to do. The old grid's leftovers are cleared only
  // after the new one is in, so a failure at any step loses no one's mark.
  if (grid.memberIds.length > 0 && grid.meetingIds.length > 0) {
    sheet
      .getRange(2, 3, grid.memberIds.length, grid.meetingIds.length)
      .setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
  }
  if (layout) {
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
  }
  const header = sheet.getRange(1, 1, 1, width);
  if (layout || previous?.meetingIds.length !== grid.meetingIds.length) styleHeader(header);
  header.setNotes([[t(lang, 'wb.att.present'), ...Array<string>(width - 1).fill('')]]);
  sheet.getRange(1, 1, height, width).setValues(rows);
  if (previous) {
    const oldWidth = 2 + previous.meetingIds.length;
    const oldHeight = 1 + previous.memberIds.length;
    if (oldHeight > height) sheet.getRange(height + 1, 1, oldHeight - height, oldWidth).clearContent();
    if (oldWidth > width)
      sheet.getRange(1, width + 1, Math.min(oldHeight, height), oldWidth - width).clearContent();
  }
  return { rows: rowsAfter, columns: columnsAfter };
}

/**
 * Writes `grid` when it is `previous` with members added at the end and the same meetings: only the new rows
 * (their checkboxes first, as writeAttendance does). Else rewrites the whole grid.
 */
export function writeNewRows(sheet: Sheet, grid: AttendanceGrid, lang: Lang, previous: AttendanceGrid): void {
  const added = grid.memberIds.length - previous.memberIds.length;
  const same = (a: readonly string[], b: readonly string[]) => a.every((id, i) => b[i] === id);
  if (
    added <= 0 ||
    !previous.compact ||
    previous.memberIds.length === 0 ||
    grid.meetingIds.length !== previous.meetingIds.length ||
    !same(grid.meetingIds, previous.meetingIds) ||
    !same(previous.memberIds, grid.memberIds)
  ) {
    writeAttendance(sheet, grid, lang, previous);
    return;
  }
  const first = previous.memberIds.length + 2;
  const last = first + added - 1;
  const maxRows = sheet.getMaxRows();
  if (last > maxRows) sheet.insertRowsAfter(maxRows, last - maxRows + SPARE_ROWS);
  const rows = grid.memberIds
    .slice(-added)
    .map((id, k) => [
      safeCell(id),
      safeCell(grid.memberNames[first - 2 + k]),
      ...grid.present[first - 2 + k]!,
    ]);
  if (grid.meetingIds.length > 0) {
    sheet
      .getRange(first, 3, added, grid.meetingIds.length)
      .setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
  }
  sheet.getRange(first, 1, added, rows[0]!.length).setValues(rows);
}

/** Sets who attended one meeting (a single column write); other meetings' checks are untouched. */
export function markMeeting(
  sheet: Sheet,
  grid: AttendanceGrid,
  meetingId: string,
  presentIds: ReadonlySet<string>,
): void {
  const column = grid.meetingIds.indexOf(meetingId);
  if (column < 0 || grid.memberIds.length === 0) return;
  sheet
    .getRange(2, 3 + column, grid.memberIds.length, 1)
    .setValues(grid.memberIds.map((id) => [presentIds.has(id)]));
}

/** Who is marked present at one meeting (member ids); nobody when the meeting has no column yet. */
export function presentAt(grid: AttendanceGrid, meetingId: string): Set<string> {
  const column = grid.meetingIds.indexOf(meetingId);
  return new Set(column < 0 ? [] : grid.memberIds.filter((_, r) => grid.present[r]![column]));
}
