/**
 * Native Sheets features that keep the workbook useful without the add-on: dropdowns, checkboxes, date and
 * number validation with help text, frozen and protected headers (warning only, so staff are warned, not
 * locked out), header notes. Each call covers a whole column, so the count does not grow with rows.
 */
import type { Lang } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import { DATE_FORMAT, HOURS_FORMAT, MONEY_FORMAT } from '../core/workbook/cells';
import type { Column, Input } from '../core/workbook/tabs';
import type { Sheet } from './workbook';

const HEADER_BACKGROUND = '#d2e3fc';
const PROTECTION_MARK = 'Educational Partners Toolkit: header';

/** The column's rule, or null for free text; builders are only made for columns that get a rule. */
function validation(input: Input, lang: Lang, help: string, range: GoogleAppsScript.Spreadsheet.Range) {
  if (input.kind === 'text' || input.kind === 'auto') return null;
  const builder = SpreadsheetApp.newDataValidation().setHelpText(help);
  switch (input.kind) {
    case 'choice':
      return builder.requireValueInList(input.options(lang), true).setAllowInvalid(false).build();
    case 'date':
      return builder.requireDate().setAllowInvalid(false).build();
    case 'hours': {
      // Quarter hours only, as the ledger counts them; the reference is relative, so each cell checks itself.
      const firstCell = range.getCell(1, 1).getA1Notation();
      return builder
        .requireFormulaSatisfied(
          `=AND(ISNUMBER(${firstCell}),${firstCell}>0,${firstCell}<=24,MOD(${firstCell}*4,1)=0)`,
        )
        .setAllowInvalid(false)
        .build();
    }
    case 'money':
      return builder.requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build();
    case 'checkbox':
      return builder.requireCheckbox().build();
    // Contact details are checked by the roster rules with a fix; a typo must not block typing.
    case 'email':
      return builder.requireTextIsEmail().setAllowInvalid(true).build();
    case 'url':
      return builder.requireTextIsUrl().setAllowInvalid(true).build();
  }
}

function numberFormat(input: Input): string | null {
  switch (input.kind) {
    case 'date':
      return DATE_FORMAT;
    case 'hours':
      return HOURS_FORMAT;
    case 'money':
      return MONEY_FORMAT;
    default:
      return null;
  }
}

/** Applies one input rule (validation and number format) to a cell range. */
export function applyInput(
  range: GoogleAppsScript.Spreadsheet.Range,
  input: Input,
  lang: Lang,
  help: string,
): void {
  const rule = validation(input, lang, help, range);
  if (rule) range.setDataValidation(rule);
  else range.clearDataValidations();
  const format = numberFormat(input);
  if (format) range.setNumberFormat(format);
}

/** Formats a table tab whose header row is in place; `positions` is each layout column's 0-based index. */
export function formatTable(
  sheet: Sheet,
  columns: readonly Column[],
  positions: ReadonlyMap<string, number>,
  lang: Lang,
  width: number,
): void {
  const maxRows = sheet.getMaxRows();
  sheet.setFrozenRows(1);
  const header = sheet.getRange(1, 1, 1, width);
  header.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
  const notes = Array.from({ length: width }, () => '');
  for (const column of columns) {
    const index = positions.get(column.key);
    if (index === undefined) continue;
    notes[index] = t(lang, column.note);
    sheet.setColumnWidth(index + 1, column.width);
    if (maxRows > 1)
      applyInput(sheet.getRange(2, index + 1, maxRows - 1, 1), column.input, lang, t(lang, column.note));
  }
  header.setNotes([notes]);
  protectHeader(sheet, width);
}

/** A warning-only protection on the header row, added once. */
export function protectHeader(sheet: Sheet, width: number): void {
  const existing = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .some((p) => p.getDescription() === PROTECTION_MARK);
  if (existing) return;
  sheet.getRange(1, 1, 1, width).protect().setDescription(PROTECTION_MARK).setWarningOnly(true);
}

/** Styles a block's header row (bold on the header colour). */
export function styleHeader(range: GoogleAppsScript.Spreadsheet.Range): void {
  range.setFontWeight('bold').setBackground(HEADER_BACKGROUND);
}
