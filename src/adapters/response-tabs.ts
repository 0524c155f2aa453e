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

/** The Unmatched answers tab: the remembered one, else a new one headed in the workbook's language. */
export function unmatchedSheet(
  spreadsheet: Spreadsheet,
  rememberedId: number | undefined,
  title: string,
  header: string[],
  note: string,
): Sheet {
  const found = spreadsheet.getSheets().find((s) => s.getSheetId() === rememberedId);
  if (found) return found;
  const sheet = spreadsheet.insertSheet(title);
  const head = sheet.getRange(1, 1, 1, header.length);
  head.setValues([header.map((h) => safeCell(h))]);
  head.setFontWeight('bold');
  head.setNote(note);
  sheet.setFrozenRows(1);
  return sheet;
}

/** Appends rows under the last one in one write: typed text stays text, dates stay dates. */
export function appendRows(sheet: Sheet, rows: readonly unknown[][]): void {
  if (rows.length === 0) return;
  const values = rows.map((row) => row.map((cell) => (cell instanceof Date ? cell : safeCell(cell))));
  sheet.getRange(sheet.getLastRow() + 1, 1, values.length, values[0]!.length).setValues(values);
}
