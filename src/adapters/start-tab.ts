/**
 * The Start tab: what the workbook is, how to use it, and the LEA's settings as label/value rows. Settings are
 * found by their label (in either language), so rows a person moves or inserts break nothing.
 */
import type { Lang, MessageKey } from '../core/i18n/catalog';
import { LANGS } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import { DEFAULT_SETTINGS, parseSettingsRecord } from '../core/settings';
import { fold } from '../core/sheet-values';
import { dateCell, safeCell } from '../core/workbook/cells';
import { docLinksBlock, docLinksRow, type StartDoc } from '../core/workbook/doc-links';
import { type FormLink, formLinksBlock, formLinksRow } from '../core/workbook/form-links';
import { SETTING_ROWS } from '../core/workbook/tabs';
import { applyInputs, HEADER_BACKGROUND, type InputSpec, runs, setWidths } from './sheet-format';
import { asRead } from './table-io';
import type { Sheet, Workbook } from './workbook';

const GUIDE: readonly MessageKey[] = [
  'wb.start.title',
  'wb.start.intro',
  'wb.start.how1',
  'wb.start.how2',
  'wb.start.how3',
  'wb.start.how4',
  'wb.start.how5',
];

export type SettingKey = (typeof SETTING_ROWS)[number]['key'];
const settingLabel = (lang: Lang, key: string) => t(lang, `field.${key}` as MessageKey);

const LABEL_TO_KEY = new Map<string, SettingKey>(
  SETTING_ROWS.flatMap((s) => LANGS.map((lang) => [fold(settingLabel(lang, s.key)), s.key] as const)),
);

export interface StartSnapshot {
  values: unknown[][];
  /** 1-based row of each setting found. */
  rows: Map<SettingKey, number>;
}

/** Where each setting's label row is in a label/value block (1-based rows). */
export function settingRows(values: readonly unknown[][]): Map<SettingKey, number> {
  const rows = new Map<SettingKey, number>();
  values.forEach((row, i) => {
    const key = LABEL_TO_KEY.get(fold(String(row[0] ?? '')));
    if (key !== undefined && !rows.has(key)) rows.set(key, i + 1);
  });
  return rows;
}

export function readStart(sheet: Sheet): StartSnapshot {
  const values = sheet.getDataRange().getValues();
  return { values, rows: settingRows(values) };
}

export function settingsRecord(snapshot: StartSnapshot): Partial<Record<SettingKey, unknown>> {
  return Object.fromEntries([...snapshot.rows].map(([key, row]) => [key, snapshot.values[row - 1]?.[1]]));
}

export function settingsOf(snapshot: StartSnapshot, timeZone: string) {
  return parseSettingsRecord({ ...settingsRecord(snapshot), timeZone }, timeZone);
}

export function readSettings(sheet: Sheet, timeZone: string) {
  return settingsOf(readStart(sheet), timeZone);
}

function defaultValue(key: SettingKey, lang: Lang): unknown {
  switch (key) {
    case 'leaType':
      return t(lang, 'lea.new');
    case 'hoursPerIndicator':
      return DEFAULT_SETTINGS.quarterHoursPerIndicator / 4;
    case 'hourlyRate':
      return DEFAULT_SETTINGS.hourlyRateCents / 100;
    case 'mouDueDate':
      return dateCell(DEFAULT_SETTINGS.mouDueDate);
    case 'fundedEndDate':
      return dateCell(DEFAULT_SETTINGS.fundedEndDate);
    default:
      return '';
  }
}

/** Rows of the block a first setup writes at the top: the guide, a blank row, the header, the settings. */
const GUIDE_ROWS = GUIDE.length + 2 + SETTING_ROWS.length;

/**
 * The guide's look (title, bold header row, column widths), on the block a first setup writes at the top;
 * returns the block's range.
 */
function styleGuide(
  sheet: Sheet,
  written?: GoogleAppsScript.Spreadsheet.Range,
): GoogleAppsScript.Spreadsheet.Range {
  const header = GUIDE.length + 1;
  const bold = (i: number) => (i === 0 || i === header ? 'bold' : null);
  const range = written ?? sheet.getRange(1, 1, GUIDE_ROWS, 3);
  const grid = Array.from({ length: GUIDE_ROWS }, (_, i) => i);
  range.setFontWeights(grid.map((i) => [bold(i), bold(i), bold(i)]));
  range.setBackgrounds(
    grid.map((i) => Array<string | null>(3).fill(i === header ? HEADER_BACKGROUND : null)),
  );
  // The title stands out; every other cell keeps Sheets' default size.
  range.setFontSizes(grid.map((i) => [i === 0 ? 16 : 10, 10, 10]));
  setWidths(
    sheet,
    new Map([
      [1, 260],
      [2, 260],
      [3, 520],
    ]),
  );
  return range;
}

/** A setting's cell: typed text, so a CDS code keeps its leading zeros and "=…" stays text; dates stay dates. */
function settingCell(value: unknown): unknown {
  return Object.prototype.toString.call(value) === '[object Date]' ? value : safeCell(value);
}

const FREE_TEXT: InputSpec = { input: { kind: 'text' }, help: '' };

/**
 * The guide and settings rows, missing ones added with `cells` where given (the sample's settings), else the
 * defaults; `firstSetup` (the workbook was never set up to the end) styles the guide, so a first setup a failure
 * interrupted gets it on the next run. The snapshot returned holds the rows written as Sheets returns them, so
 * nothing is read back. `written` is the settings whose `cells` went in with the new rows.
 */
export function ensureStart(
  workbook: Workbook,
  firstSetup = false,
  cells: Partial<Record<SettingKey, unknown>> = {},
): StartSnapshot & { written: ReadonlySet<SettingKey> } {
  const { lang } = workbook;
  const sheet = workbook.tabs.start!;
  const fresh = workbook.fresh.has('start');
  const snapshot: StartSnapshot = fresh ? { values: [], rows: new Map() } : readStart(sheet);
  const missing = SETTING_ROWS.filter((s) => !snapshot.rows.has(s.key));
  const guide = snapshot.rows.size === 0;
  const written = new Set<SettingKey>();
  let block: unknown[][] = [];
  let range: GoogleAppsScript.Spreadsheet.Range | undefined;
  if (missing.length > 0) {
    block = guide
      ? [
          ...GUIDE.map((key) => [t(lang, key), '', '']),
          ['', '', ''],
          [t(lang, 'wb.start.setting'), t(lang, 'wb.start.value'), t(lang, 'wb.start.help')],
        ]
      : [];
    const first = (guide ? 0 : snapshot.values.length) + 1;
    const settingsFirst = first + block.length;
    missing.forEach((s, i) => {
      const given = s.key in cells;
      if (given) written.add(s.key);
      const value = given ? cells[s.key] : defaultValue(s.key, lang);
      block.push([settingLabel(lang, s.key), settingCell(value), t(lang, s.note)]);
      snapshot.rows.set(s.key, settingsFirst + i);
    });
    range = sheet.getRange(first, 1, block.length, 3);
    range.setValues(block);
    snapshot.values = [...(guide ? [] : snapshot.values), ...block.map((row) => row.map(asRead))];
  }
  // A first setup that a failure interrupted wrote the guide but maybe not its look: style it again. The
  // settings in the guide's block get their inputs on the same range (its other cells are free text).
  const styled = guide || firstSetup ? styleGuide(sheet, guide ? range : undefined) : undefined;
  const spec = new Map(
    SETTING_ROWS.map((s) => [snapshot.rows.get(s.key)!, { input: s.input, help: t(lang, s.note) }]),
  );
  const inBlock = (row: number) => styled !== undefined && row <= GUIDE_ROWS;
  if (styled) {
    const specs = Array.from({ length: GUIDE_ROWS }, (_, i) => [
      FREE_TEXT,
      spec.get(i + 1) ?? FREE_TEXT,
      FREE_TEXT,
    ]);
    applyInputs(sheet, 1, 1, specs, lang, fresh, styled);
  }
  for (const run of runs(
    [...spec].filter(([row]) => !inBlock(row)),
    ([row]) => row,
  ))
    applyInputs(
      sheet,
      run[0]![0],
      2,
      run.map(([, s]) => [s]),
      lang,
      fresh,
    );
  return { ...snapshot, written };
}

/**
 * A links block under the settings (header row, then label | link | what it is): rewritten where `find` sees
 * its header, else added two rows under the tab's content with its header styled. `start` is the tab as this
 * call read it (with the settings, under the document lock), so one read serves both and the block is one
 * write: a re-run or a retry leaves one block with the current links.
 */
function writeLinksBlock(
  sheet: Sheet,
  start: StartSnapshot,
  find: (values: readonly (readonly unknown[])[]) => number | null,
  block: (current: readonly (readonly unknown[])[]) => unknown[][],
): void {
  const { values } = start;
  const found = find(values);
  const row = found ?? values.length + 2;
  const rows = block(found === null ? [] : values.slice(found - 1));
  // A new block's heading is styled before its values are written: a block found by its values is whole.
  if (found === null) sheet.getRange(row, 1, 1, 3).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.getRange(row, 1, rows.length, 3).setValues(rows);
}

/** The forms' links block (core/workbook/form-links). */
export function writeFormLinks(
  sheet: Sheet,
  start: StartSnapshot,
  lang: Lang,
  links: readonly FormLink[],
): void {
  writeLinksBlock(sheet, start, formLinksRow, () => formLinksBlock(lang, links));
}

/** A generated Doc's link in the Documents block (core/workbook/doc-links), the other Doc's link kept. */
export function writeDocLink(
  sheet: Sheet,
  start: StartSnapshot,
  lang: Lang,
  doc: StartDoc,
  url: string,
): void {
  writeLinksBlock(sheet, start, docLinksRow, (current) => docLinksBlock(lang, { [doc]: url }, current));
}

/** Writes setting values (as cells) into their rows with one setValues over the settings block. */
export function writeSettings(
  sheet: Sheet,
  snapshot: StartSnapshot,
  values: Partial<Record<SettingKey, unknown>>,
): void {
  const rows = [...snapshot.rows.values()];
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const block: unknown[][] = [];
  for (let r = first; r <= last; r++) {
    const key = [...snapshot.rows].find(([, row]) => row === r)?.[0];
    const current = snapshot.values[r - 1]?.[1] ?? '';
    const value = key !== undefined && key in values ? values[key] : current;
    block.push([settingCell(value)]);
  }
  sheet.getRange(first, 2, block.length, 1).setValues(block);
}
