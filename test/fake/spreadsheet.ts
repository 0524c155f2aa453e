import { type GridRange, parseA1, splitSheetName, toA1 } from './a1';
import type { Expect, NoExtraMembers } from './api-check';
import { displayValue, type Stored, toStored } from './cell-values';
import { type ChartSpec, FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './charts';
import type { CellValue, World } from './context';
import { fromZoned } from './dates';
import { raw, tag } from './recorder';
import {
  BooleanCriteria,
  type ConditionalFormatSpec,
  DataValidationCriteria,
  enumOf,
  FakeConditionalFormatRule,
  FakeConditionalFormatRuleBuilder,
  FakeDataValidation,
  FakeDataValidationBuilder,
  type ValidationSpec,
} from './spreadsheet-rules';
import { FakeUi } from './ui';
import { FakeUser } from './user';

const SERVICE = 'SpreadsheetApp';
export const MIME_SPREADSHEET = 'application/vnd.google-apps.spreadsheet';

export const ProtectionType = enumOf('RANGE', 'SHEET');
export const SheetType = enumOf('GRID', 'OBJECT', 'DATASOURCE');
export const WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');

/** One cell; absent fields mean the Sheets default. */
export interface Cell extends Stored {
  fmt?: string;
  note?: string;
  dv?: ValidationSpec;
  bg?: string;
  fc?: string;
  fw?: string;
  fs?: string;
  size?: number;
  wrap?: string;
  ha?: string;
  va?: string;
}

export interface ProtectionModel {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  grid: GridRange | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: object[];
}

/** The width of a column nobody sized (pixels), as Sheets gives a new sheet's columns. */
export const DEFAULT_COLUMN_WIDTH = 100;

export class SheetModel {
  rows: (Cell | undefined)[][] = [];
  maxColumns: number;
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths = new Map<number, number>();
  hiddenColumns = new Set<number>();
  hiddenRows = new Set<number>();
  tabColor: string | null = null;
  hidden = false;
  conditionalFormats: ConditionalFormatSpec[] = [];
  charts: ChartSpec[] = [];
  merges: GridRange[] = [];

  constructor(
    public id: number,
    public name: string,
    rows = 1000,
    columns = 26,
  ) {
    this.rows = Array.from({ length: rows }, () => []);
    this.maxColumns = columns;
  }

  get maxRows(): number {
    return this.rows.length;
  }

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  ensure(row: number, column: number): Cell {
    const r = this.rows[row - 1]!;
    let c = r[column - 1];
    if (!c) {
      c = {};
      r[column - 1] = c;
    }
    return c;
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if (this.rows[r - 1]!.some(hasContent)) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) for (let c = row.length; c > last; c--) if (hasContent(row[c - 1])) last = c;
    return last;
  }
}

function hasContent(c: Cell | undefined): boolean {
  return c !== undefined && (c.v !== undefined || c.f !== undefined);
}

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  activeSheetId = 0;
  activeRange: { sheetId: number; grid: GridRange } | null = null;
  namedRanges = new Map<string, { sheetId: number; grid: GridRange }>();
  protections: ProtectionModel[] = [];
  nextProtectionId = 1;
  editors: string[] = [];

  constructor(
    public id: string,
    public name: string,
    public timeZone: string,
    public locale: string,
  ) {}

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }
}

/** What the fake throws for a missing spreadsheet, the same for openById and openByUrl. */
function notFound(method: string): Error {
  return new Error(
    `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`,
  );
}

export function createSpreadsheetModel(
  world: World,
  name: string,
  rows = world.newSheetRows,
  columns = 26,
): SpreadsheetModel {
  const id = world.ids.next('SS');
  const model = new SpreadsheetModel(id, name, world.timeZone, world.locale === 'es' ? 'es_US' : 'en_US');
  model.sheets.push(new SheetModel(0, 'Sheet1', rows, columns));
  world.spreadsheets.set(id, model);
  world.drive.addFile({ id, name, mimeType: MIME_SPREADSHEET });
  return model;
}

/** DriveApp makeCopy / Drive.Files.copy: same sheets, values, formats and rules; no editors. */
export function copySpreadsheetModel(world: World, fromId: string, name: string): string {
  const source = world.spreadsheets.get(fromId)!;
  const copy = createSpreadsheetModel(world, name);
  copy.timeZone = source.timeZone;
  copy.locale = source.locale;
  copy.sheets = source.sheets.map((s) => {
    const sheet = Object.assign(new SheetModel(s.id, s.name, 0, s.maxColumns), s);
    sheet.rows = s.rows.map((row) =>
      row.map((c) => (c ? { ...c, v: c.v instanceof Date ? new Date(c.v) : c.v } : c)),
    );
    sheet.columnWidths = new Map(s.columnWidths);
    sheet.hiddenColumns = new Set(s.hiddenColumns);
    sheet.hiddenRows = new Set(s.hiddenRows);
    sheet.conditionalFormats = [...s.conditionalFormats];
    sheet.charts = [...s.charts];
    sheet.merges = s.merges.map((m) => ({ ...m }));
    return sheet;
  });
  copy.activeSheetId = source.sheets[0]!.id;
  copy.namedRanges = new Map(source.namedRanges);
  copy.protections = source.protections.map((p) => ({ ...p, editors: [world.userEmail] }));
  copy.nextProtectionId = source.nextProtectionId;
  return copy.id;
}

function sheetAlreadyExists(name: string): Error {
  // Wording from Sheets; duplicate names are compared case-insensitively.
  return new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

function read(
  world: World,
  ss: SpreadsheetModel,
  sheet: SheetModel,
  row: number,
  column: number,
): CellValue | '' {
  const c = sheet.cell(row, column);
  if (!c) return '';
  if (c.f !== undefined) {
    const value = world.formulaEvaluator(c.f, { spreadsheetId: ss.id, sheet: sheet.name, row, column }) ?? '';
    return asDateIfFormatted(value, c.fmt, ss.timeZone);
  }
  if (c.v instanceof Date) return new Date(c.v.getTime());
  return asDateIfFormatted(c.v ?? '', c.fmt, ss.timeZone);
}

/** A date or time number format ("yyyy-mm-dd", "M/d/yyyy", "h:mm"), as opposed to a numeric one. */
function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const bare = format.replace(/"[^"]*"/g, '');
  return /[ydhs]|m/i.test(bare) && !/[0#]/.test(bare);
}

/**
 * In Sheets a date is a day serial shown with a date format, and getValue(s) returns a cell with a date or time
 * format as a Date ("The value may be of type Number, Boolean, Date, or String depending on the value of the
 * cell"): https://developers.google.com/apps-script/reference/spreadsheet/range#getValue()
 */
function asDateIfFormatted(
  value: CellValue | '',
  format: string | undefined,
  timeZone: string,
): CellValue | '' {
  if (typeof value !== 'number' || !isDateFormat(format)) return value;
  const wall = new Date(Date.UTC(1899, 11, 30) + Math.round(value * 86_400_000));
  return fromZoned(
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    timeZone,
  );
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'Object[]';
  if (value === null || value === undefined) return 'null';
  return typeof value === 'string' ? 'String' : typeof value === 'number' ? 'number' : 'Object';
}

/** setValues, setFormulas, setNotes, ... all check the data's shape with the same messages. */
function checkShape(data: unknown, numRows: number, numColumns: number, method: string): unknown[][] {
  if (!Array.isArray(data)) {
    throw new Error(
      `The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  if (data.length !== numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
    );
  }
  for (const row of data) {
    if (!Array.isArray(row)) {
      throw new Error(
        `The parameters (Object[]) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (row.length !== numColumns) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numColumns}.`,
      );
    }
  }
  return data as unknown[][];
}

/** Range bounds checks in the order and words Apps Script uses. */
function checkGrid(sheet: SheetModel, g: GridRange): void {
  for (const n of [g.row, g.column, g.numRows, g.numColumns]) {
    if (typeof n !== 'number' || Number.isNaN(n)) throw new Error('Range not found');
  }
  if (g.row < 1) throw new Error('The starting row of the range is too small.');
  if (g.column < 1) throw new Error('The starting column of the range is too small.');
  if (g.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (g.numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
  if (g.row + g.numRows - 1 > sheet.maxRows || g.column + g.numColumns - 1 > sheet.maxColumns) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

export class FakeSpreadsheetApp {
  readonly #world: World;
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly SheetType = SheetType;
  readonly WrapStrategy = WrapStrategy;

  constructor(world: World) {
    this.#world = world;
    tag(this, SERVICE, 'SpreadsheetApp');
  }

  #active(): SpreadsheetModel {
    return this.#world.spreadsheets.get(this.#world.activeSpreadsheetId)!;
  }

  create(name: string, rows?: number, columns?: number): FakeSpreadsheet {
    return new FakeSpreadsheet(this.#world, createSpreadsheetModel(this.#world, name, rows, columns));
  }
  flush(): void {}
  getActive(): FakeSpreadsheet {
    return new FakeSpreadsheet(this.#world, this.#active());
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    return new FakeSpreadsheet(this.#world, this.#active());
  }
  getActiveSheet(): FakeSheet {
    return new FakeSpreadsheet(this.#world, this.#active()).getActiveSheet();
  }
  getActiveRange(): FakeRange | null {
    return new FakeSpreadsheet(this.#world, this.#active()).getActiveRange();
  }
  getUi(): FakeUi {
    return new FakeUi(this.#world, SERVICE);
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder();
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }
  openById(id: string): FakeSpreadsheet {
    const model = this.#world.spreadsheets.get(id);
    if (!model || this.#world.drive.get(id)?.trashed) throw notFound('openById');
    return new FakeSpreadsheet(this.#world, model);
  }
  openByUrl(url: string): FakeSpreadsheet {
    const id = /\/d\/([\w-]+)/.exec(url)?.[1] ?? '';
    const model = this.#world.spreadsheets.get(id);
    if (!model) throw notFound('openByUrl');
    return new FakeSpreadsheet(this.#world, model);
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    return new FakeSpreadsheet(this.#world, this.#active()).setActiveSheet(sheet);
  }
  setActiveSpreadsheet(spreadsheet: FakeSpreadsheet): void {
    this.#world.activeSpreadsheetId = raw(spreadsheet).getId();
  }
}

export class FakeSpreadsheet {
  readonly #world: World;
  readonly #m: SpreadsheetModel;

  constructor(world: World, model: SpreadsheetModel) {
    this.#world = world;
    this.#m = model;
    tag(this, SERVICE, 'Spreadsheet');
  }

  #sheet(s: SheetModel): FakeSheet {
    return new FakeSheet(this.#world, this.#m, s);
  }

  #checkName(name: string, except?: SheetModel): void {
    const clash = this.#m.sheets.find((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
    if (clash) throw sheetAlreadyExists(name);
  }

  addEditor(emailAddress: string): this {
    if (!this.#m.editors.includes(emailAddress)) this.#m.editors.push(emailAddress);
    return this;
  }
  deleteSheet(sheet: FakeSheet): void {
    const id = raw(sheet).getSheetId();
    if (this.#m.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const index = this.#m.sheets.findIndex((s) => s.id === id);
    if (index < 0) throw new Error('Sheet not found');
    this.#m.sheets.splice(index, 1);
    this.#m.protections = this.#m.protections.filter((p) => p.sheetId !== id);
    for (const [name, nr] of this.#m.namedRanges) if (nr.sheetId === id) this.#m.namedRanges.delete(name);
    if (this.#m.activeSheetId === id) this.#m.activeSheetId = this.#m.sheets[Math.max(0, index - 1)]!.id;
  }
  getActiveRange(): FakeRange | null {
    const a = this.#m.activeRange;
    const sheet = a && this.#m.sheetById(a.sheetId);
    if (a && sheet) return new FakeRange(this.#world, this.#m, sheet, a.grid);
    return this.getActiveSheet().getRange(1, 1);
  }
  getActiveSheet(): FakeSheet {
    return this.#sheet(this.#m.sheetById(this.#m.activeSheetId) ?? this.#m.sheets[0]!);
  }
  getEditors(): FakeUser[] {
    return this.#m.editors.map((e) => new FakeUser(SERVICE, e));
  }
  getId(): string {
    return this.#m.id;
  }
  getName(): string {
    return this.#m.name;
  }
  getNamedRanges(): FakeNamedRange[] {
    return [...this.#m.namedRanges.keys()].map((n) => new FakeNamedRange(this.#world, this.#m, n));
  }
  getNumSheets(): number {
    return this.#m.sheets.length;
  }
  getProtections(type: string): FakeProtection[] {
    return this.#m.protections
      .filter((p) => p.type === type)
      .map((p) => new FakeProtection(this.#world, this.#m, p));
  }
  getRange(a1Notation: string): FakeRange {
    const { sheet: name, a1 } = splitSheetName(a1Notation);
    const sheet = name === undefined ? this.getActiveSheet() : this.getSheetByName(name);
    if (!sheet) throw new Error('Range not found');
    return sheet.getRange(a1);
  }
  getRangeByName(name: string): FakeRange | null {
    const nr = this.#m.namedRanges.get(name);
    const sheet = nr && this.#m.sheetById(nr.sheetId);
    return nr && sheet ? new FakeRange(this.#world, this.#m, sheet, nr.grid) : null;
  }
  getSheetById(id: number): FakeSheet | null {
    const s = this.#m.sheetById(id);
    return s ? this.#sheet(s) : null;
  }
  getSheetByName(name: string): FakeSheet | null {
    const s = this.#m.sheets.find((x) => x.name === name);
    return s ? this.#sheet(s) : null;
  }
  getSheets(): FakeSheet[] {
    return this.#m.sheets.map((s) => this.#sheet(s));
  }
  getSpreadsheetLocale(): string {
    return this.#m.locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.#m.timeZone;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.#m.id}/edit`;
  }
  /**
   * insertSheet(), (index), (name), (name, index), with an optional options object last. The index is 0-based
   * and the new sheet becomes the active one.
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer)
   */
  insertSheet(...args: unknown[]): FakeSheet {
    const name = typeof args[0] === 'string' ? args[0] : undefined;
    const index = typeof args[0] === 'number' ? args[0] : typeof args[1] === 'number' ? args[1] : undefined;
    let sheetName = name;
    if (sheetName === undefined) {
      for (let n = this.#m.sheets.length + 1; ; n++) {
        sheetName = `Sheet${n}`;
        if (!this.#m.sheets.some((s) => s.name.toLowerCase() === sheetName!.toLowerCase())) break;
      }
    }
    this.#checkName(sheetName);
    const sheet = new SheetModel(this.#world.ids.number(), sheetName, this.#world.newSheetRows);
    const at =
      index === undefined ? this.#m.sheets.length : Math.max(0, Math.min(index, this.#m.sheets.length));
    this.#m.sheets.splice(at, 0, sheet);
    this.#m.activeSheetId = sheet.id;
    return this.#sheet(sheet);
  }
  moveActiveSheet(pos: number): void {
    const sheets = this.#m.sheets;
    const i = sheets.findIndex((s) => s.id === this.#m.activeSheetId);
    const [s] = sheets.splice(i, 1);
    sheets.splice(Math.max(0, Math.min(pos - 1, sheets.length)), 0, s!);
  }
  removeNamedRange(name: string): void {
    this.#m.namedRanges.delete(name);
  }
  rename(newName: string): void {
    this.#m.name = newName;
    this.#world.drive.rename(this.#m.id, newName);
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.#m.activeSheetId = raw(sheet).getSheetId();
    return this.getActiveSheet();
  }
  /** Names must start with a letter or underscore and hold only letters, digits and underscores. */
  setNamedRange(name: string, range: FakeRange): void {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new Error(`The name "${name}" is not a valid named range.`);
    }
    const r = raw(range);
    this.#m.namedRanges.set(name, { sheetId: r.getSheet().getSheetId(), grid: gridOf(r) });
  }
  setSpreadsheetLocale(locale: string): void {
    this.#m.locale = locale;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.#m.timeZone = timezone;
  }
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.#world.ui.toasts.push({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
}

function gridOf(range: FakeRange): GridRange {
  return {
    row: range.getRow(),
    column: range.getColumn(),
    numRows: range.getNumRows(),
    numColumns: range.getNumColumns(),
  };
}

export class FakeSheet {
  readonly #world: World;
  readonly #ss: SpreadsheetModel;
  readonly #m: SheetModel;

  constructor(world: World, ss: SpreadsheetModel, model: SheetModel) {
    this.#world = world;
    this.#ss = ss;
    this.#m = model;
    tag(this, SERVICE, 'Sheet');
  }

  #range(g: GridRange): FakeRange {
    checkGrid(this.#m, g);
    return new FakeRange(this.#world, this.#ss, this.#m, g);
  }

  #checkRows(start: number, count: number): void {
    if (start < 1 || count < 1 || start + count - 1 > this.#m.maxRows)
      throw new Error('Those rows are out of bounds.');
  }

  #checkColumns(start: number, count: number): void {
    if (start < 1 || count < 1 || start + count - 1 > this.#m.maxColumns) {
      throw new Error('Those columns are out of bounds.');
    }
  }

  #insertRows(index0: number, count: number): void {
    this.#m.rows.splice(index0, 0, ...Array.from({ length: count }, () => []));
  }

  #insertColumns(index0: number, count: number): void {
    for (const row of this.#m.rows) if (row.length > index0) row.splice(index0, 0, ...new Array(count));
    this.#m.maxColumns += count;
  }

  activate(): this {
    this.#ss.activeSheetId = this.#m.id;
    return this;
  }
  /** Writes after the last row with content, adding a row when the sheet is full. */
  appendRow(rowContents: unknown[]): this {
    const row = this.#m.lastRow() + 1;
    if (row > this.#m.maxRows) this.#insertRows(this.#m.maxRows, 1);
    if (rowContents.length > this.#m.maxColumns)
      this.#insertColumns(this.#m.maxColumns, rowContents.length - this.#m.maxColumns);
    rowContents.forEach((value, j) => {
      const cell = this.#m.ensure(row, j + 1);
      const stored = toStored(value, cell.fmt, this.#ss.locale, this.#ss.timeZone);
      cell.v = stored.v;
      cell.f = stored.f;
    });
    return this;
  }
  autoResizeColumns(_startColumn: number, _numColumns: number): this {
    return this;
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    if (options?.contentsOnly) return this.clearContents();
    if (options?.formatOnly) return this.clearFormats();
    this.#m.rows = this.#m.rows.map(() => []);
    return this;
  }
  clearConditionalFormatRules(): void {
    this.#m.conditionalFormats = [];
  }
  clearContents(): this {
    for (const row of this.#m.rows) {
      for (const c of row) {
        if (c) {
          c.v = undefined;
          c.f = undefined;
        }
      }
    }
    return this;
  }
  clearFormats(): this {
    for (const row of this.#m.rows) {
      row.forEach((c, j) => {
        if (c) row[j] = { v: c.v, f: c.f, note: c.note, dv: c.dv };
      });
    }
    return this;
  }
  clearNotes(): this {
    for (const row of this.#m.rows) for (const c of row) if (c) delete c.note;
    return this;
  }
  deleteColumn(columnPosition: number): this {
    return this.deleteColumns(columnPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany = 1): this {
    this.#checkColumns(columnPosition, howMany);
    if (howMany >= this.#m.maxColumns) throw new Error("You can't delete all the columns on the sheet.");
    for (const row of this.#m.rows) row.splice(columnPosition - 1, howMany);
    this.#m.maxColumns -= howMany;
    return this;
  }
  deleteRow(rowPosition: number): this {
    return this.deleteRows(rowPosition, 1);
  }
  deleteRows(rowPosition: number, howMany = 1): this {
    this.#checkRows(rowPosition, howMany);
    if (howMany >= this.#m.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.#m.rows.splice(rowPosition - 1, howMany);
    return this;
  }
  getCharts(): FakeEmbeddedChart[] {
    return this.#m.charts.map((c) => new FakeEmbeddedChart(c));
  }
  getColumnWidth(columnPosition: number): number {
    return this.#m.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return this.#m.conditionalFormats.map((s) => new FakeConditionalFormatRule(s));
  }
  /** The range from A1 to the last row and column with content; A1 on an empty sheet. */
  getDataRange(): FakeRange {
    return this.#range({
      row: 1,
      column: 1,
      numRows: Math.max(1, this.#m.lastRow()),
      numColumns: Math.max(1, this.#m.lastColumn()),
    });
  }
  getFrozenColumns(): number {
    return this.#m.frozenColumns;
  }
  getFrozenRows(): number {
    return this.#m.frozenRows;
  }
  getIndex(): number {
    return this.#ss.sheets.indexOf(this.#m) + 1;
  }
  getLastColumn(): number {
    return this.#m.lastColumn();
  }
  getLastRow(): number {
    return this.#m.lastRow();
  }
  getMaxColumns(): number {
    return this.#m.maxColumns;
  }
  getFormUrl(): string | null {
    // The form whose answers land on this sheet (by id: a sheet unlinked from its form returns null).
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFormUrl()
    const form = [...this.#world.forms.values()].find(
      (f) => f.destinationId === this.#ss.id && f.destinationSheetId === this.#m.id,
    );
    return form ? `https://docs.google.com/forms/d/${form.id}/viewform` : null;
  }
  getMaxRows(): number {
    return this.#m.maxRows;
  }
  getName(): string {
    return this.#m.name;
  }
  getNamedRanges(): FakeNamedRange[] {
    return [...this.#ss.namedRanges]
      .filter(([, nr]) => nr.sheetId === this.#m.id)
      .map(([n]) => new FakeNamedRange(this.#world, this.#ss, n));
  }
  getParent(): FakeSpreadsheet {
    return new FakeSpreadsheet(this.#world, this.#ss);
  }
  getProtections(type: string): FakeProtection[] {
    return this.#ss.protections
      .filter((p) => p.type === type && p.sheetId === this.#m.id)
      .map((p) => new FakeProtection(this.#world, this.#ss, p));
  }
  getRange(...args: unknown[]): FakeRange {
    if (typeof args[0] === 'string') {
      const { sheet, a1 } = splitSheetName(args[0]);
      if (sheet !== undefined && sheet !== this.#m.name) return this.getParent().getRange(args[0]);
      const g = parseA1(a1, this.#m.maxRows, this.#m.maxColumns);
      if (!g) throw new Error('Range not found');
      return this.#range(g);
    }
    const [row, column, numRows = 1, numColumns = 1] = args as number[];
    return this.#range({ row: row!, column: column!, numRows, numColumns });
  }
  getSheetId(): number {
    return this.#m.id;
  }
  getSheetName(): string {
    return this.#m.name;
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? this.#m.lastRow() - startRow + 1 : numRows;
    const columns = numColumns === -1 ? this.#m.lastColumn() - startColumn + 1 : numColumns;
    return this.#range({
      row: startRow,
      column: startColumn,
      numRows: rows,
      numColumns: columns,
    }).getValues();
  }
  getTabColor(): string | null {
    return this.#m.tabColor;
  }
  getType(): string {
    return SheetType.GRID;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.#m.hiddenColumns.add(c);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.#m.hiddenRows.add(r);
  }
  hideSheet(): this {
    this.#m.hidden = true;
    return this;
  }
  insertChart(chart: FakeEmbeddedChart): void {
    const spec = FakeEmbeddedChart.specOf(raw(chart));
    spec.id = spec.id || `u${this.#world.ids.number()}`;
    this.#m.charts.push(spec);
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.#checkColumns(afterPosition, 1);
    this.#insertColumns(afterPosition, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.#checkColumns(beforePosition, 1);
    this.#insertColumns(beforePosition - 1, howMany);
    return this;
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.#checkRows(afterPosition, 1);
    this.#insertRows(afterPosition, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.#checkRows(beforePosition, 1);
    this.#insertRows(beforePosition - 1, howMany);
    return this;
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.#m.hiddenColumns.has(columnPosition);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.#m.hiddenRows.has(rowPosition);
  }
  isSheetHidden(): boolean {
    return this.#m.hidden;
  }
  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder();
  }
  /**
   * A sheet holds at most one sheet-level protection, so protecting again returns it. The current user starts
   * as its only editor.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()
   */
  protect(): FakeProtection {
    let p = this.#ss.protections.find((x) => x.type === 'SHEET' && x.sheetId === this.#m.id);
    if (!p) {
      p = newProtection(this.#world, this.#ss, 'SHEET', this.#m.id, null);
      this.#ss.protections.push(p);
    }
    return new FakeProtection(this.#world, this.#ss, p);
  }
  removeChart(chart: FakeEmbeddedChart): void {
    const id = FakeEmbeddedChart.specOf(raw(chart)).id;
    this.#m.charts = this.#m.charts.filter((c) => c.id !== id);
  }
  setActiveRange(range: FakeRange): FakeRange {
    const r = raw(range);
    this.#ss.activeSheetId = this.#m.id;
    this.#ss.activeRange = { sheetId: this.#m.id, grid: gridOf(r) };
    return r;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.#m.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.#m.columnWidths.set(c, width);
    return this;
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.#m.conditionalFormats = rules.map((r) => FakeConditionalFormatRule.specOf(raw(r)));
  }
  setFrozenColumns(columns: number): void {
    if (columns > this.#m.maxColumns) throw new Error('Those columns are out of bounds.');
    this.#m.frozenColumns = columns;
  }
  setFrozenRows(rows: number): void {
    if (rows > this.#m.maxRows) throw new Error('Those rows are out of bounds.');
    this.#m.frozenRows = rows;
  }
  setName(name: string): this {
    const clash = this.#ss.sheets.find((s) => s !== this.#m && s.name.toLowerCase() === name.toLowerCase());
    if (clash) throw sheetAlreadyExists(name);
    this.#m.name = name;
    return this;
  }
  setTabColor(color: string | null): this {
    this.#m.tabColor = color;
    return this;
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.#m.hiddenColumns.delete(c);
  }
  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.#m.hiddenRows.delete(r);
  }
  showSheet(): this {
    this.#m.hidden = false;
    return this;
  }
  updateChart(chart: FakeEmbeddedChart): void {
    const spec = FakeEmbeddedChart.specOf(raw(chart));
    this.#m.charts = this.#m.charts.map((c) => (c.id === spec.id ? spec : c));
  }
}

function newProtection(
  world: World,
  ss: SpreadsheetModel,
  type: 'RANGE' | 'SHEET',
  sheetId: number,
  grid: GridRange | null,
): ProtectionModel {
  return {
    id: ss.nextProtectionId++,
    type,
    sheetId,
    grid,
    description: '',
    warningOnly: false,
    editors: [world.userEmail],
    domainEdit: false,
    unprotected: [],
  };
}

export class FakeRange {
  readonly #world: World;
  readonly #ss: SpreadsheetModel;
  readonly #sheet: SheetModel;
  readonly #g: GridRange;

  constructor(world: World, ss: SpreadsheetModel, sheet: SheetModel, grid: GridRange) {
    this.#world = world;
    this.#ss = ss;
    this.#sheet = sheet;
    this.#g = grid;
    tag(this, SERVICE, 'Range');
  }

  /** Visits every cell row by row, creating cells for writers. */
  #write(fn: (cell: Cell, i: number, j: number) => void): this {
    const { row, column, numRows, numColumns } = this.#g;
    for (let i = 0; i < numRows; i++)
      for (let j = 0; j < numColumns; j++) fn(this.#sheet.ensure(row + i, column + j), i, j);
    return this;
  }

  #read<T>(fn: (cell: Cell | undefined, row: number, column: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.#g;
    const out: T[][] = [];
    for (let i = 0; i < numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < numColumns; j++)
        line.push(fn(this.#sheet.cell(row + i, column + j), row + i, column + j));
      out.push(line);
    }
    return out;
  }

  #store(cell: Cell, value: unknown): void {
    const s = toStored(value, cell.fmt, this.#ss.locale, this.#ss.timeZone);
    cell.v = s.v;
    cell.f = s.f;
  }

  #first<T>(grid: T[][]): T {
    return grid[0]![0]!;
  }

  activate(): this {
    this.#ss.activeSheetId = this.#sheet.id;
    this.#ss.activeRange = { sheetId: this.#sheet.id, grid: { ...this.#g } };
    return this;
  }
  breakApart(): this {
    this.#sheet.merges = this.#sheet.merges.filter((m) => toA1(m) !== toA1(this.#g));
    return this;
  }
  /** Sets every checkbox in the range to checked. */
  check(): this {
    return this.#write((c) => {
      if (c.dv?.type === 'CHECKBOX') c.v = c.dv.values.length > 0 ? (c.dv.values[0] as CellValue) : true;
    });
  }
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }) {
    if (options?.contentsOnly) return this.clearContent();
    if (options?.formatOnly) return this.clearFormat();
    if (options?.validationsOnly) return this.clearDataValidations();
    return this.#write((c, i, j) => {
      this.#sheet.rows[this.#g.row + i - 1]![this.#g.column + j - 1] =
        c.note === undefined ? undefined : { note: c.note };
    });
  }
  clearContent(): this {
    return this.#write((c) => {
      c.v = undefined;
      c.f = undefined;
    });
  }
  clearDataValidations(): this {
    return this.#write((c) => {
      c.dv = undefined;
    });
  }
  clearFormat(): this {
    return this.#write((c) => {
      for (const k of ['fmt', 'bg', 'fc', 'fw', 'fs', 'size', 'wrap', 'ha', 'va'] as const) delete c[k];
    });
  }
  clearNote(): this {
    return this.#write((c) => {
      c.note = undefined;
    });
  }
  getA1Notation(): string {
    return toA1(this.#g);
  }
  getBackground(): string {
    return this.#first(this.getBackgrounds());
  }
  getBackgrounds(): string[][] {
    return this.#read((c) => c?.bg ?? '#ffffff');
  }
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.#g.numRows || column > this.#g.numColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.#world, this.#ss, this.#sheet, {
      row: this.#g.row + row - 1,
      column: this.#g.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }
  getColumn(): number {
    return this.#g.column;
  }
  getDataValidation(): FakeDataValidation | null {
    return this.#first(this.getDataValidations());
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.#read((c) => (c?.dv ? new FakeDataValidation(c.dv) : null));
  }
  getDisplayValue(): string {
    return this.#first(this.getDisplayValues());
  }
  getDisplayValues(): string[][] {
    return this.#read((c, r, col) =>
      displayValue(
        read(this.#world, this.#ss, this.#sheet, r, col),
        c?.fmt,
        this.#ss.locale,
        this.#ss.timeZone,
      ),
    );
  }
  getFontWeight(): string {
    return this.#first(this.getFontWeights());
  }
  getFontWeights(): string[][] {
    return this.#read((c) => c?.fw ?? 'normal');
  }
  getFormula(): string {
    return this.#first(this.getFormulas());
  }
  getFormulas(): string[][] {
    return this.#read((c) => c?.f ?? '');
  }
  getGridId(): number {
    return this.#sheet.id;
  }
  getHeight(): number {
    return this.#g.numRows;
  }
  getHorizontalAlignment(): string {
    return this.#first(this.getHorizontalAlignments());
  }
  getHorizontalAlignments(): string[][] {
    return this.#read((c) => c?.ha ?? 'general');
  }
  getLastColumn(): number {
    return this.#g.column + this.#g.numColumns - 1;
  }
  getLastRow(): number {
    return this.#g.row + this.#g.numRows - 1;
  }
  getMergedRanges(): FakeRange[] {
    return this.#sheet.merges.map((m) => new FakeRange(this.#world, this.#ss, this.#sheet, m));
  }
  getNote(): string {
    return this.#first(this.getNotes());
  }
  getNotes(): string[][] {
    return this.#read((c) => c?.note ?? '');
  }
  getNumColumns(): number {
    return this.#g.numColumns;
  }
  getNumRows(): number {
    return this.#g.numRows;
  }
  getNumberFormat(): string {
    return this.#first(this.getNumberFormats());
  }
  getNumberFormats(): string[][] {
    return this.#read((c) => c?.fmt ?? 'General');
  }
  getRow(): number {
    return this.#g.row;
  }
  getRowIndex(): number {
    return this.#g.row;
  }
  getSheet(): FakeSheet {
    return new FakeSheet(this.#world, this.#ss, this.#sheet);
  }
  getValue(): CellValue | '' {
    return read(this.#world, this.#ss, this.#sheet, this.#g.row, this.#g.column);
  }
  /** Empty cells read as '', dates as Date objects, formula cells as the test's formula evaluator says. */
  getValues(): (CellValue | '')[][] {
    return this.#read((_c, r, col) => read(this.#world, this.#ss, this.#sheet, r, col));
  }
  getWidth(): number {
    return this.#g.numColumns;
  }
  getWrap(): boolean {
    return this.#first(this.getWraps());
  }
  getWraps(): boolean[][] {
    return this.#read((c) => c?.wrap === 'WRAP');
  }
  /**
   * Checkbox validation in every cell and every value set to unchecked: false, or '' with a custom checked
   * value only. https://developers.google.com/apps-script/reference/spreadsheet/range#insertCheckboxes()
   */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    const dv: ValidationSpec = { type: 'CHECKBOX', values, helpText: '', allowInvalid: true };
    const unchecked = values.length === 0 ? false : (values[1] as CellValue | undefined);
    return this.#write((c) => {
      c.dv = dv;
      c.f = undefined;
      c.v = unchecked;
    });
  }
  isBlank(): boolean {
    return this.#read((c) => hasContent(c)).every((row) => row.every((x) => !x));
  }
  /** True when every cell is a checked checkbox, false when all are unchecked, null otherwise. */
  isChecked(): boolean | null {
    const states = this.#read((c) => {
      if (c?.dv?.type !== 'CHECKBOX') return null;
      const checked = c.dv.values.length > 0 ? c.dv.values[0] : true;
      return c.v === checked;
    }).flat();
    if (states.some((s) => s === null)) return null;
    if (states.every((s) => s === true)) return true;
    return states.every((s) => s === false) ? false : null;
  }
  isPartOfMerge(): boolean {
    return this.#sheet.merges.some(
      (m) =>
        m.row <= this.getLastRow() &&
        this.#g.row <= m.row + m.numRows - 1 &&
        m.column <= this.getLastColumn() &&
        this.#g.column <= m.column + m.numColumns - 1,
    );
  }
  merge(): this {
    this.#sheet.merges.push({ ...this.#g });
    return this;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    const g = {
      row: this.#g.row + rowOffset,
      column: this.#g.column + columnOffset,
      numRows: numRows ?? this.#g.numRows,
      numColumns: numColumns ?? this.#g.numColumns,
    };
    checkGrid(this.#sheet, g);
    return new FakeRange(this.#world, this.#ss, this.#sheet, g);
  }
  protect(): FakeProtection {
    const p = newProtection(this.#world, this.#ss, 'RANGE', this.#sheet.id, { ...this.#g });
    this.#ss.protections.push(p);
    return new FakeProtection(this.#world, this.#ss, p);
  }
  removeCheckboxes(): this {
    return this.#write((c) => {
      if (c.dv?.type !== 'CHECKBOX') return;
      c.dv = undefined;
      c.v = undefined;
    });
  }
  setBackground(color: string | null): this {
    return this.#write((c) => {
      c.bg = color ?? undefined;
    });
  }
  setBackgrounds(color: (string | null)[][]): this {
    const data = checkShape(color, this.#g.numRows, this.#g.numColumns, 'setBackgrounds');
    return this.#write((c, i, j) => {
      c.bg = (data[i]![j] as string | null) ?? undefined;
    });
  }
  setBorder(..._args: unknown[]): this {
    return this;
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    const spec = rule ? FakeDataValidation.specOf(raw(rule)) : undefined;
    return this.#write((c) => {
      c.dv = spec;
    });
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    const data = checkShape(rules, this.#g.numRows, this.#g.numColumns, 'setDataValidations');
    return this.#write((c, i, j) => {
      const rule = data[i]![j] as FakeDataValidation | null;
      c.dv = rule ? FakeDataValidation.specOf(raw(rule)) : undefined;
    });
  }
  setFontColor(color: string | null): this {
    return this.#write((c) => {
      c.fc = color ?? undefined;
    });
  }
  setFontColors(colors: (string | null)[][]): this {
    const data = checkShape(colors, this.#g.numRows, this.#g.numColumns, 'setFontColors');
    return this.#write((c, i, j) => {
      c.fc = (data[i]![j] as string | null) ?? undefined;
    });
  }
  setFontSize(size: number): this {
    return this.#write((c) => {
      c.size = size;
    });
  }
  setFontSizes(sizes: number[][]): this {
    const data = checkShape(sizes, this.#g.numRows, this.#g.numColumns, 'setFontSizes');
    return this.#write((c, i, j) => {
      c.size = data[i]![j] as number;
    });
  }
  setFontStyle(fontStyle: string | null): this {
    return this.#write((c) => {
      c.fs = fontStyle ?? undefined;
    });
  }
  setFontWeight(fontWeight: string | null): this {
    return this.#write((c) => {
      c.fw = fontWeight ?? undefined;
    });
  }
  setFontWeights(fontWeights: (string | null)[][]): this {
    const data = checkShape(fontWeights, this.#g.numRows, this.#g.numColumns, 'setFontWeights');
    return this.#write((c, i, j) => {
      c.fw = (data[i]![j] as string | null) ?? undefined;
    });
  }
  /** The same formula text in every cell (Sheets would shift relative references; the fake does not). */
  setFormula(formula: string): this {
    return this.#write((c) => this.#store(c, formula));
  }
  setFormulas(formulas: string[][]): this {
    const data = checkShape(formulas, this.#g.numRows, this.#g.numColumns, 'setFormulas');
    return this.#write((c, i, j) => this.#store(c, data[i]![j]));
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.#write((c) => {
      c.ha = alignment ?? undefined;
    });
  }
  setHorizontalAlignments(alignments: (string | null)[][]): this {
    const data = checkShape(alignments, this.#g.numRows, this.#g.numColumns, 'setHorizontalAlignments');
    return this.#write((c, i, j) => {
      c.ha = (data[i]![j] as string | null) ?? undefined;
    });
  }
  setNote(note: string | null): this {
    return this.#write((c) => {
      c.note = note ? String(note) : undefined;
    });
  }
  setNotes(notes: (string | null)[][]): this {
    const data = checkShape(notes, this.#g.numRows, this.#g.numColumns, 'setNotes');
    return this.#write((c, i, j) => {
      const n = data[i]![j];
      c.note = n ? String(n) : undefined;
    });
  }
  setNumberFormat(numberFormat: string): this {
    return this.#write((c) => {
      c.fmt = numberFormat;
    });
  }
  setNumberFormats(numberFormats: string[][]): this {
    const data = checkShape(numberFormats, this.#g.numRows, this.#g.numColumns, 'setNumberFormats');
    return this.#write((c, i, j) => {
      c.fmt = String(data[i]![j]);
    });
  }
  /** Every cell of the range gets the value; see toStored for how strings are read. */
  setValue(value: unknown): this {
    return this.#write((c) => this.#store(c, value));
  }
  setValues(values: unknown[][]): this {
    const data = checkShape(values, this.#g.numRows, this.#g.numColumns, 'setValues');
    return this.#write((c, i, j) => this.#store(c, data[i]![j]));
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.#write((c) => {
      c.va = alignment ?? undefined;
    });
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.#write((c) => {
      c.wrap = isWrapEnabled ? 'WRAP' : 'OVERFLOW';
    });
  }
  setWrapStrategy(strategy: string): this {
    return this.#write((c) => {
      c.wrap = strategy;
    });
  }
  setWraps(isWrapEnabled: boolean[][]): this {
    const data = checkShape(isWrapEnabled, this.#g.numRows, this.#g.numColumns, 'setWraps');
    return this.#write((c, i, j) => {
      c.wrap = data[i]![j] ? 'WRAP' : 'OVERFLOW';
    });
  }
  /**
   * Sorts the rows of the range by absolute column numbers: a number, {column, ascending}, or a list of them.
   * Empty cells sort last; numbers before text as in Sheets.
   */
  sort(sortSpecObj: unknown): this {
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((s) =>
      typeof s === 'number' ? { column: s, ascending: true } : (s as { column: number; ascending?: boolean }),
    );
    const { row, column, numRows } = this.#g;
    const rows = this.#sheet.rows.slice(row - 1, row - 1 + numRows);
    const key = (r: (Cell | undefined)[], col: number) => r[col - 1]?.v;
    const rank = (v: unknown) =>
      v === undefined ? 3 : typeof v === 'number' || v instanceof Date ? 0 : typeof v === 'boolean' ? 2 : 1;
    const sorted = rows
      .map((r, i) => ({ r, i }))
      .sort((a, b) => {
        for (const s of specs) {
          const [x, y] = [key(a.r, s.column), key(b.r, s.column)];
          const d = rank(x) - rank(y);
          if (d !== 0) return d;
          if (x === undefined) continue;
          const cmp = x < (y as CellValue) ? -1 : x > (y as CellValue) ? 1 : 0;
          if (cmp !== 0) return s.ascending === false ? -cmp : cmp;
        }
        return a.i - b.i;
      });
    sorted.forEach(({ r }, i) => {
      const target = this.#sheet.rows[row - 1 + i]!;
      const source = [...r];
      for (let j = column - 1; j < column - 1 + this.#g.numColumns; j++) target[j] = source[j];
    });
    return this;
  }
  uncheck(): this {
    return this.#write((c) => {
      if (c.dv?.type === 'CHECKBOX') c.v = c.dv.values.length === 2 ? (c.dv.values[1] as CellValue) : false;
    });
  }
}

export class FakeProtection {
  readonly #world: World;
  readonly #ss: SpreadsheetModel;
  readonly #p: ProtectionModel;

  constructor(world: World, ss: SpreadsheetModel, p: ProtectionModel) {
    this.#world = world;
    this.#ss = ss;
    this.#p = p;
    tag(this, SERVICE, 'Protection');
  }

  addEditor(emailAddress: string): this {
    if (!this.#p.editors.includes(emailAddress)) this.#p.editors.push(emailAddress);
    return this;
  }
  addEditors(emailAddresses: string[]): this {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }
  canDomainEdit(): boolean {
    return this.#p.domainEdit;
  }
  canEdit(): boolean {
    return this.#p.editors.includes(this.#world.userEmail);
  }
  getDescription(): string {
    return this.#p.description;
  }
  getEditors(): FakeUser[] {
    return this.#p.editors.map((e) => new FakeUser(SERVICE, e));
  }
  getProtectionType(): string {
    return this.#p.type;
  }
  /** A sheet protection covers the whole sheet. */
  getRange(): FakeRange {
    const sheet = this.#ss.sheetById(this.#p.sheetId)!;
    const grid = this.#p.grid ?? { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
    return new FakeRange(this.#world, this.#ss, sheet, grid);
  }
  getUnprotectedRanges(): object[] {
    return [...this.#p.unprotected];
  }
  isWarningOnly(): boolean {
    return this.#p.warningOnly;
  }
  remove(): void {
    this.#ss.protections = this.#ss.protections.filter((p) => p !== this.#p);
  }
  removeEditor(emailAddress: string): this {
    this.#p.editors = this.#p.editors.filter((e) => e !== emailAddress);
    return this;
  }
  removeEditors(emailAddresses: string[]): this {
    this.#p.editors = this.#p.editors.filter((e) => !emailAddresses.includes(e));
    return this;
  }
  setDescription(description: string): this {
    this.#p.description = description;
    return this;
  }
  setDomainEdit(editable: boolean): this {
    this.#p.domainEdit = editable;
    return this;
  }
  setUnprotectedRanges(ranges: object[]): this {
    if (this.#p.type !== 'SHEET')
      throw new Error('Unprotected ranges can only be set on a sheet protection.');
    this.#p.unprotected = [...ranges];
    return this;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.#p.warningOnly = warningOnly;
    return this;
  }
}

export class FakeNamedRange {
  readonly #world: World;
  readonly #ss: SpreadsheetModel;
  #name: string;

  constructor(world: World, ss: SpreadsheetModel, name: string) {
    this.#world = world;
    this.#ss = ss;
    this.#name = name;
    tag(this, SERVICE, 'NamedRange');
  }

  getName(): string {
    return this.#name;
  }
  getRange(): FakeRange {
    const nr = this.#ss.namedRanges.get(this.#name)!;
    return new FakeRange(this.#world, this.#ss, this.#ss.sheetById(nr.sheetId)!, nr.grid);
  }
  remove(): void {
    this.#ss.namedRanges.delete(this.#name);
  }
  setName(name: string): this {
    const nr = this.#ss.namedRanges.get(this.#name)!;
    this.#ss.namedRanges.delete(this.#name);
    this.#ss.namedRanges.set(name, nr);
    this.#name = name;
    return this;
  }
  setRange(range: FakeRange): this {
    const r = raw(range);
    this.#ss.namedRanges.set(this.#name, { sheetId: r.getSheet().getSheetId(), grid: gridOf(r) });
    return this;
  }
}

type SS = typeof GoogleAppsScript.Spreadsheet;
export type ApiChecks = [
  Expect<NoExtraMembers<FakeSpreadsheetApp, GoogleAppsScript.Spreadsheet.SpreadsheetApp>>,
  Expect<NoExtraMembers<FakeSpreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet>>,
  Expect<NoExtraMembers<FakeSheet, GoogleAppsScript.Spreadsheet.Sheet>>,
  Expect<NoExtraMembers<FakeRange, GoogleAppsScript.Spreadsheet.Range>>,
  Expect<NoExtraMembers<FakeProtection, GoogleAppsScript.Spreadsheet.Protection>>,
  Expect<NoExtraMembers<FakeNamedRange, GoogleAppsScript.Spreadsheet.NamedRange>>,
  Expect<NoExtraMembers<typeof ProtectionType, SS['ProtectionType']>>,
];
