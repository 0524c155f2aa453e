/**
 * The workbook's tabs that hold form answers: each form's response tab (made by Forms, found by the form it
 * belongs to) and the "Unmatched answers" tab the add-on keeps. One read per tab, one write per batch.
 */
import { safeCell } from '../core/workbook/cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function formIdOf(url: string | null): string | null {
  return /\/forms\/d\/(?:e\/)?([\w-]+)/.exec(url ?? '')?.[1] ?? null;
}

/** The tab the form's answers land on: the remembered one if it still belongs to the form, else a search. */
export function responseSheet(sheets: readonly Sheet[], formId: string, rememberedId?: number): Sheet | null {
  const remembered = sheets.find((s) => s.getSheetId() === rememberedId);
  if (remembered && formIdOf(remembered.getFormUrl()) === formId) return remembered;
  return sheets.find((s) => formIdOf(s.getFormUrl()) === formId) ?? null;
}

/** Names a tab, adding a number when another tab has the name already (Sheets names are unique). */
export function nameTab(spreadsheet: Spreadsheet, sheet: Sheet, name: string): void {
  if (sheet.getName() === name) return;
  const taken = new Set(spreadsheet.getSheets().map((s) => s.getName()));
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} ${n}`;
  sheet.setName(candidate);
}

export function readRows(sheet: Sheet): { header: unknown[]; rows: unknown[][] } {
  const values = sheet.getDataRange().getValues();
  return { header: values[0] ?? [], rows: values.slice(1) };
}

/**
 * The Unmatched answers tab and its rows: the remembered tab, else the one of that name (a run that stopped
 * before remembering it made it), else a new one, headed in the workbook's language. The header's values are
 * written last, so a tab that has them is finished; every step is safe to repeat.
 */
export function unmatchedSheet(
  spreadsheet: Spreadsheet,
  rememberedId: number | undefined,
  title: string,
  header: string[],
  note: string,
): { sheet: Sheet; rows: unknown[][] } {
  const sheets = spreadsheet.getSheets();
  const sheet =
    sheets.find((s) => s.getSheetId() === rememberedId) ??
    sheets.find((s) => s.getName() === title) ??
    spreadsheet.insertSheet(title);
  const read = readRows(sheet);
  if (header.some((h, i) => String(read.header[i] ?? '') !== h)) {
    const head = sheet.getRange(1, 1, 1, header.length);
    head.setFontWeight('bold');
    head.setNote(note);
    sheet.setFrozenRows(1);
    head.setValues([header.map((h) => safeCell(h))]);
  }
  return { sheet, rows: read.rows };
}

/** Appends rows under the last one in one write: typed text stays text, dates stay dates. */
export function appendRows(sheet: Sheet, rows: readonly unknown[][]): void {
  if (rows.length === 0) return;
  const values = rows.map((row) => row.map((cell) => (cell instanceof Date ? cell : safeCell(cell))));
  sheet.getRange(sheet.getLastRow() + 1, 1, values.length, values[0]!.length).setValues(values);
}
