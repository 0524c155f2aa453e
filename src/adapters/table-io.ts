/**
 * The repository layer for the workbook's table tabs: one getValues to read a tab, columns found by header (in
 * either language) so reordered or added columns break nothing, and one setValues to write a batch of rows.
 */
import { LANGS } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import { fold } from '../core/sheet-values';
import { type CellValue, dateCell, safeCell, textCell } from '../core/workbook/cells';
import type {
  ActivitiesKey,
  Column,
  MeetingsKey,
  PartnersKey,
  RowValues,
  TableTab,
  TaLogKey,
} from '../core/workbook/tabs';

/** Rows added beyond what a write needs when a tab is full, so the next writes need not grow it again. */
export const SPARE_ROWS = 100;

/** One read of a table tab; `K` is its column keys, so code naming a column the tab lacks does not compile. */
export interface TableSnapshot<K extends string = string> {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  tab: TableTab<K>;
  /** Header row as found (may hold staff's own columns). */
  header: unknown[];
  /** Column index (0-based) of each layout column present in the header. */
  columns: Map<K, number>;
  /** Data rows under the header, as read. */
  rows: unknown[][];
  /**
   * The same rows' formulas ('' where a cell holds a plain value), so a rewrite keeps them live: read from the
   * same range when first asked, so a reader that writes no row back never pays for them.
   */
  formulas: () => string[][];
  /** The sheet's row count when already known in this execution (setup formats the tab first). */
  maxRows?: number;
}

/** One snapshot per table tab, each typed by its own columns. */
export interface TableSnapshots {
  partners: TableSnapshot<PartnersKey>;
  meetings: TableSnapshot<MeetingsKey>;
  activities: TableSnapshot<ActivitiesKey>;
  taLog: TableSnapshot<TaLogKey>;
}

export interface TableRecord<K extends string = string> {
  /** 1-based sheet row. */
  row: number;
  values: RowValues<K>;
}

function headerIndex<K extends string>(tab: TableTab<K>): Map<string, K> {
  const index = new Map<string, K>();
  for (const column of tab.columns) {
    index.set(fold(column.key), column.key);
    for (const lang of LANGS) index.set(fold(t(lang, column.header)), column.key);
  }
  return index;
}

export function findColumns<K extends string>(tab: TableTab<K>, header: readonly unknown[]): Map<K, number> {
  const index = headerIndex(tab);
  const columns = new Map<K, number>();
  header.forEach((cell, i) => {
    const key = index.get(fold(String(cell)));
    if (key !== undefined && !columns.has(key)) columns.set(key, i);
  });
  return columns;
}

/** A table tab's values without formulas: for code that reads rows and never writes them back. */
export type TableRows<K extends string = string> = Omit<TableSnapshot<K>, 'formulas'>;

function rowsOf<K extends string>(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  tab: TableTab<K>,
  values: unknown[][],
): TableRows<K> {
  const header = values[0] ?? [];
  return { sheet, tab, header, columns: findColumns(tab, header), rows: values.slice(1) };
}

/** One read (values only) of a tab whose rows are not written back. */
export function readTableValues<K extends string>(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  tab: TableTab<K>,
): TableRows<K> {
  return rowsOf(sheet, tab, sheet.getDataRange().getValues());
}

/** One read of a tab, values and formulas, so rows written back keep their formulas. */
export function readTable<K extends string>(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  tab: TableTab<K>,
): TableSnapshot<K> {
  const range = sheet.getDataRange();
  let formulas: string[][] | undefined;
  return {
    ...rowsOf(sheet, tab, range.getValues()),
    formulas: () => {
      formulas ??= range.getFormulas().slice(1);
      return formulas;
    },
  };
}

/** What readTable returns for a sheet known to be empty (made in this execution), without reading it. */
export function emptyTable<K extends string>(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  tab: TableTab<K>,
): TableSnapshot<K> {
  return { sheet, tab, header: [''], columns: new Map(), rows: [], formulas: () => [] };
}

const isBlankRow = (row: readonly unknown[]): boolean => row.every((cell) => cell === '' || cell === null);

/** Non-blank data rows as records keyed by layout column. */
export function records<K extends string>(snapshot: TableRows<K>): TableRecord<K>[] {
  const out: TableRecord<K>[] = [];
  snapshot.rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    const values: RowValues<K> = {};
    for (const [key, index] of snapshot.columns) values[key] = row[index];
    out.push({ row: i + 2, values });
  });
  return out;
}

function toCell(column: Column, value: unknown): CellValue | Date {
  if (value === undefined || value === null) return '';
  // A date read from a sheet goes back as the same date.
  if (value instanceof Date) return value;
  if (column.input.kind === 'date' && typeof value === 'string') return dateCell(value);
  return safeCell(value);
}

/**
 * A cell as read, to write back unchanged: its formula if it has one, text as text (a string read back has lost
 * the apostrophe that kept "=…", "-5" or "0123" from being parsed), anything else as it is.
 */
export function keepCell(value: unknown, formula: string | undefined): unknown {
  if (formula) return formula;
  return typeof value === 'string' ? textCell(value) : value;
}

/** A cell as Sheets returns it once written: text without the apostrophe that kept it text. */
export function asRead(cell: unknown): unknown {
  return typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell;
}

/** The width a written row needs: the header's, which already holds every layout column after setup. */
function width(snapshot: TableRows): number {
  return Math.max(snapshot.header.length, ...[...snapshot.columns.values()].map((i) => i + 1));
}

/** A full sheet row for a record, keeping `base` (the row as it was) in every column the record does not set. */
export function rowFor<K extends string>(
  snapshot: TableRows<K>,
  values: RowValues<K>,
  base: readonly unknown[] = [],
): unknown[] {
  const row = Array.from({ length: width(snapshot) }, (_, i) => base[i] ?? '');
  for (const column of snapshot.tab.columns) {
    const index = snapshot.columns.get(column.key);
    if (index !== undefined && column.key in values) row[index] = toCell(column, values[column.key]);
  }
  return row;
}

/** Appends records under the last row with one setValues, growing a full tab; returns the first new row. */
export function appendRecords<K extends string>(
  snapshot: TableRows<K>,
  values: readonly RowValues<K>[],
): number {
  const first = snapshot.rows.length + 2;
  if (values.length === 0) return first;
  const rows = values.map((v) => rowFor(snapshot, v));
  // A range past the sheet's last row throws: a tab whose rows are all filled grows first, with room to spare
  // (empty rows added by a fault before the write are harmless, the retry fills them).
  const maxRows = snapshot.maxRows ?? snapshot.sheet.getMaxRows();
  const last = first + rows.length - 1;
  if (last > maxRows) {
    snapshot.sheet.insertRowsAfter(maxRows, last - maxRows + SPARE_ROWS);
    snapshot.maxRows = last + SPARE_ROWS;
  }
  snapshot.sheet.getRange(first, 1, rows.length, rows[0]!.length).setValues(rows);
  return first;
}

/** Rewrites the given data rows in one setValues over the span they cover, keeping the rows between as read. */
export function updateRecords<K extends string>(
  snapshot: TableSnapshot<K>,
  updates: ReadonlyMap<number, RowValues<K>>,
): void {
  if (updates.size === 0) return;
  const rowNumbers = [...updates.keys()];
  const first = Math.min(...rowNumbers);
  const last = Math.max(...rowNumbers);
  const rows: unknown[][] = [];
  const formulas = snapshot.formulas();
  for (let r = first; r <= last; r++) {
    const base = (snapshot.rows[r - 2] ?? []).map((cell, i) => keepCell(cell, formulas[r - 2]?.[i]));
    const update = updates.get(r);
    rows.push(update ? rowFor(snapshot, update, base) : rowFor(snapshot, {}, base));
  }
  snapshot.sheet.getRange(first, 1, rows.length, rows[0]!.length).setValues(rows);
}

/** Writes one cell of a record's row (two calls): for a mark that must land before the next step runs. */
export function writeCell(snapshot: TableSnapshot, row: number, key: string, value: unknown): void {
  const index = snapshot.columns.get(key);
  const column = snapshot.tab.columns.find((c) => c.key === key);
  if (index === undefined || !column) throw new Error(`No ${key} column on ${snapshot.sheet.getName()}`);
  snapshot.sheet.getRange(row, index + 1).setValue(toCell(column, value));
}
