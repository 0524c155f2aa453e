/**
 * Native Sheets features that keep the workbook useful without the add-on: dropdowns, checkboxes, date and
 * number validation with help text, frozen and protected headers (warning only, so staff are warned, not
 * locked out), header notes. Each property is one call over a block of columns (2-D arrays), so the count
 * grows neither with rows nor with columns.
 */
import type { Lang } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import { DATE_FORMAT, HOURS_FORMAT, MONEY_FORMAT } from '../core/workbook/cells';
import { columnLetter } from '../core/workbook/formulas';
import type { Column, Input } from '../core/workbook/tabs';
import type { Sheet } from './workbook';

export const HEADER_BACKGROUND = '#d2e3fc';
const PROTECTION_MARK = 'Educational Partners Toolkit: header';
/** The width Sheets gives a new sheet's columns (pixels): a new tab's column of that width needs no call. */
const NEW_COLUMN_WIDTH = 100;
/** The format of a cell nobody formatted, as getNumberFormats reports it. */
export const DEFAULT_FORMAT = 'General';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** The cell rule for an input, or null for free text; `firstCell` is the A1 of the rule's top cell. */
function validation(input: Input, lang: Lang, help: string, firstCell: string): Rule | null {
  if (input.kind === 'text' || input.kind === 'auto') return null;
  const builder = SpreadsheetApp.newDataValidation().setHelpText(help);
  switch (input.kind) {
    case 'choice':
      return builder.requireValueInList(input.options(lang), true).setAllowInvalid(false).build();
    case 'date':
      return builder.requireDate().setAllowInvalid(false).build();
    case 'hours':
      // Quarter hours only, as the ledger counts them; the reference is relative, so each cell checks itself.
      return builder
        .requireFormulaSatisfied(
          `=AND(ISNUMBER(${firstCell}),${firstCell}>0,${firstCell}<=24,MOD(${firstCell}*4,1)=0)`,
        )
        .setAllowInvalid(false)
        .build();
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

/** One input over a cell block: what the cells accept and the help text shown when they refuse a value. */
export interface InputSpec {
  input: Input;
  help: string;
}

/** Consecutive runs of `items` by a 1-based position, so each run is one rectangular range. */
export function runs<T>(items: readonly T[], position: (item: T) => number): T[][] {
  const sorted = [...items].sort((a, b) => position(a) - position(b));
  const out: T[][] = [];
  for (const item of sorted) {
    const last = out[out.length - 1];
    if (last && position(last[last.length - 1]!) + 1 === position(item)) last.push(item);
    else out.push([item]);
  }
  return out;
}

/**
 * Applies inputs to a block whose cells are `specs` (rows × columns): one setDataValidations (free text clears
 * its rule, as a person's column rules never live inside a block), and, when some cell has a number format, one
 * read and one write of the formats so cells without one keep theirs (no read on a `fresh` sheet, made in this
 * execution, whose cells all have the default format; no write when the formats read are already right).
 * `range` is the block's range when the caller holds it.
 */
export function applyInputs(
  sheet: Sheet,
  top: number,
  left: number,
  specs: readonly (readonly InputSpec[])[],
  lang: Lang,
  fresh = false,
  held?: GoogleAppsScript.Spreadsheet.Range,
): GoogleAppsScript.Spreadsheet.Range {
  const range = held ?? sheet.getRange(top, left, specs.length, specs[0]!.length);
  // A rule whose formula names its own cell cannot be shared down a column (each cell would check the top one):
  // it goes on the column's range with setDataValidation, which keeps the reference relative.
  const relative = (spec: InputSpec) => spec.input.kind === 'hours' && specs.length > 1;
  const built = new Map<InputSpec, Rule | null>();
  const rule = (spec: InputSpec, column: number): Rule | null => {
    if (!built.has(spec))
      built.set(spec, validation(spec.input, lang, spec.help, `${columnLetter(column - 1)}${top}`));
    return built.get(spec)!;
  };
  range.setDataValidations(
    specs.map((row) => row.map((spec, j) => (relative(spec) ? null : rule(spec, left + j)))),
  );
  specs[0]!.forEach((spec, j) => {
    if (relative(spec))
      sheet.getRange(top, left + j, specs.length, 1).setDataValidation(rule(spec, left + j));
  });
  if (!specs.some((row) => row.some((spec) => numberFormat(spec.input) !== null))) return range;
  const formats = fresh ? specs.map((row) => row.map(() => DEFAULT_FORMAT)) : range.getNumberFormats();
  const wanted = formats.map((row, i) =>
    row.map((current, j) => numberFormat(specs[i]![j]!.input) ?? current),
  );
  if (fresh || wanted.some((row, i) => row.some((format, j) => format !== formats[i]![j])))
    range.setNumberFormats(wanted);
  return range;
}

/** Column widths with one setColumnWidths per run of neighbouring columns of the same width. */
export function setWidths(sheet: Sheet, widths: ReadonlyMap<number, number>): void {
  const sorted = [...widths].sort(([a], [b]) => a - b);
  let i = 0;
  while (i < sorted.length) {
    const [start, width] = sorted[i]!;
    let n = 1;
    while (sorted[i + n] && sorted[i + n]![0] === start + n && sorted[i + n]![1] === width) n++;
    sheet.setColumnWidths(start, n, width);
    i += n;
  }
}

/** How formatTable treats a tab: see its parameters. */
export interface TableFormat {
  /** Header width (cells of the header row, a person's columns included). */
  width: number;
  /** Overrides of a column's input (the TA Log's indicator dropdown follows the settings). */
  inputs?: Readonly<Record<string, Input>>;
  /** The columns just added, which get the layout's width; every column when undefined. */
  added?: ReadonlySet<string>;
  /** The tab was made in this execution: it has no formats or protections to read. */
  fresh?: boolean;
  /** The header row's range when the caller already holds it (it just wrote the header). */
  header?: GoogleAppsScript.Spreadsheet.Range;
  /**
   * Apply the one-time layout (frozen header row, the header's look): on a first setup or a new tab. A re-run
   * keeps what a person changed of it, as it keeps their column widths; a header just written is styled anyway.
   */
  layout?: boolean;
  /** The sheet's row count. */
  maxRows: number;
}

/** What formatTable leaves for the steps after it: the tab's row count and the ranges it used. */
export interface FormattedTable {
  maxRows: number;
  header: GoogleAppsScript.Spreadsheet.Range;
  /** Rows 2 to the last, across the header's width; undefined on a tab of one row. */
  body?: GoogleAppsScript.Spreadsheet.Range;
}

/**
 * Formats a table tab whose header row is in place; `positions` is each layout column's 0-based index. Header
 * notes (the cells' help) and validations are put back on every run; see `layout` for the rest.
 */
export function formatTable(
  sheet: Sheet,
  columns: readonly Column[],
  positions: ReadonlyMap<string, number>,
  lang: Lang,
  { width, inputs = {}, added, fresh = false, header: held, layout = true, maxRows }: TableFormat,
): FormattedTable {
  const notes = Array.from({ length: width }, () => '');
  const widths = new Map<number, number>();
  const placed: { index: number; spec: InputSpec }[] = [];
  for (const column of columns) {
    const index = positions.get(column.key);
    if (index === undefined) continue;
    notes[index] = t(lang, column.note);
    // Only a column just added gets the layout's width: a width a person chose stays.
    if ((!added || added.has(column.key)) && !(fresh && column.width === NEW_COLUMN_WIDTH))
      widths.set(index + 1, column.width);
    placed.push({ index, spec: { input: inputs[column.key] ?? column.input, help: notes[index]! } });
  }
  const header = held ?? sheet.getRange(1, 1, 1, width);
  if (layout || held) {
    sheet.setFrozenRows(1);
    header.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
  }
  header.setNotes([notes]);
  setWidths(sheet, widths);
  if (maxRows <= 1) return { maxRows, header };
  // The whole body when the layout's columns are neighbours (always, unless a person inserted a column between
  // them): one range for the validations, the formats and the steps after. Otherwise one per run, so a
  // person's own column between two of ours keeps its rules.
  const blocks = runs(placed, (p) => p.index);
  const whole = blocks.length === 1 && blocks[0]!.length === width && blocks[0]![0]!.index === 0;
  let body: GoogleAppsScript.Spreadsheet.Range | undefined;
  for (const run of blocks) {
    const row = run.map((p) => p.spec);
    const range = applyInputs(
      sheet,
      2,
      run[0]!.index + 1,
      Array.from({ length: maxRows - 1 }, () => row),
      lang,
      fresh,
    );
    if (whole) body = range;
  }
  return { maxRows, header, body };
}

/**
 * A warning-only protection on each table tab's header row (staff are warned, not locked out), added once.
 * Protections are listed once for the whole spreadsheet and recognised by their description, which names the
 * tab; a tab whose mark is not found once is looked at on its own: there a mark from before descriptions named
 * the tab is renamed, and one on exactly the header row with no description (protect() landed, the rest did not
 * when a setup failed) is finished, rather than adding a second.
 */
export function protectHeaders(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tabs: readonly {
    key: string;
    sheet: Sheet;
    header: GoogleAppsScript.Spreadsheet.Range;
    width: number;
    fresh: boolean;
  }[],
): void {
  const mark = (key: string) => `${PROTECTION_MARK} (${key})`;
  const seen = new Map<string, number>();
  if (tabs.some((tab) => !tab.fresh)) {
    for (const p of spreadsheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      const description = p.getDescription();
      seen.set(description, (seen.get(description) ?? 0) + 1);
    }
  }
  for (const { key, sheet, header, width, fresh } of tabs) {
    if (seen.get(mark(key)) === 1) continue;
    const protections = fresh ? [] : sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    const descriptions = protections.map((p) => p.getDescription());
    const ours = descriptions.findIndex((d) => d === mark(key) || d === PROTECTION_MARK);
    if (ours >= 0) {
      if (descriptions[ours] !== mark(key)) protections[ours]!.setDescription(mark(key));
      continue;
    }
    const a1 = width === 1 ? 'A1' : `A1:${columnLetter(width - 1)}1`;
    const unfinished = protections.find(
      (p, i) => descriptions[i] === '' && p.getRange().getA1Notation() === a1,
    );
    (unfinished ?? header.protect()).setWarningOnly(true).setDescription(mark(key));
  }
}

/** Styles a block's header row (bold on the header colour). */
export function styleHeader(range: GoogleAppsScript.Spreadsheet.Range): void {
  range.setFontWeight('bold').setBackground(HEADER_BACKGROUND);
}
