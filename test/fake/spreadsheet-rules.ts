import type { Expect, NoExtraMembers } from './api-check';
import { tag } from './recorder';

const SERVICE = 'SpreadsheetApp';

function enumOf<K extends string>(...keys: K[]): { readonly [P in K]: P } {
  return Object.freeze(Object.fromEntries(keys.map((k) => [k, k]))) as { readonly [P in K]: P };
}

export const DataValidationCriteria = enumOf(
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
);

export const BooleanCriteria = enumOf(
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
);

export { enumOf };

export interface ValidationSpec {
  type: string;
  values: unknown[];
  helpText: string;
  allowInvalid: boolean;
}

/** The builder keeps one mutable spec; build() snapshots it. New rules allow invalid input until told not to. */
export class FakeDataValidationBuilder {
  #spec: ValidationSpec;

  constructor(spec?: ValidationSpec) {
    this.#spec = spec
      ? { ...spec, values: [...spec.values] }
      : { type: '', values: [], helpText: '', allowInvalid: true };
    tag(this, SERVICE, 'DataValidationBuilder');
  }

  #set(type: string, values: unknown[]): this {
    this.#spec = { ...this.#spec, type, values };
    return this;
  }

  build(): FakeDataValidation {
    if (!this.#spec.type) throw new Error('You must specify a criteria type for the data validation rule.');
    return new FakeDataValidation({ ...this.#spec });
  }
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.#spec);
  }
  getAllowInvalid(): boolean {
    return this.#spec.allowInvalid;
  }
  getCriteriaType(): string {
    return this.#spec.type;
  }
  getCriteriaValues(): unknown[] {
    return [...this.#spec.values];
  }
  getHelpText(): string | null {
    return this.#spec.helpText || null;
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this.#set(DataValidationCriteria.CHECKBOX, values);
  }
  requireDate(): this {
    return this.#set(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }
  requireDateAfter(date: Date): this {
    return this.#set(DataValidationCriteria.DATE_AFTER, [date]);
  }
  requireDateBefore(date: Date): this {
    return this.#set(DataValidationCriteria.DATE_BEFORE, [date]);
  }
  requireDateBetween(start: Date, end: Date): this {
    return this.#set(DataValidationCriteria.DATE_BETWEEN, [start, end]);
  }
  requireDateEqualTo(date: Date): this {
    return this.#set(DataValidationCriteria.DATE_EQUAL_TO, [date]);
  }
  requireDateNotBetween(start: Date, end: Date): this {
    return this.#set(DataValidationCriteria.DATE_NOT_BETWEEN, [start, end]);
  }
  requireDateOnOrAfter(date: Date): this {
    return this.#set(DataValidationCriteria.DATE_ON_OR_AFTER, [date]);
  }
  requireDateOnOrBefore(date: Date): this {
    return this.#set(DataValidationCriteria.DATE_ON_OR_BEFORE, [date]);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.#set(DataValidationCriteria.CUSTOM_FORMULA, [formula]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.#set(DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }
  requireNumberEqualTo(n: number): this {
    return this.#set(DataValidationCriteria.NUMBER_EQUAL_TO, [n]);
  }
  requireNumberGreaterThan(n: number): this {
    return this.#set(DataValidationCriteria.NUMBER_GREATER_THAN, [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.#set(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [n]);
  }
  requireNumberLessThan(n: number): this {
    return this.#set(DataValidationCriteria.NUMBER_LESS_THAN, [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.#set(DataValidationCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, [n]);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this.#set(DataValidationCriteria.NUMBER_NOT_BETWEEN, [start, end]);
  }
  requireNumberNotEqualTo(n: number): this {
    return this.#set(DataValidationCriteria.NUMBER_NOT_EQUAL_TO, [n]);
  }
  requireTextContains(text: string): this {
    return this.#set(DataValidationCriteria.TEXT_CONTAINS, [text]);
  }
  requireTextDoesNotContain(text: string): this {
    return this.#set(DataValidationCriteria.TEXT_DOES_NOT_CONTAIN, [text]);
  }
  requireTextEqualTo(text: string): this {
    return this.#set(DataValidationCriteria.TEXT_EQUAL_TO, [text]);
  }
  requireTextIsEmail(): this {
    return this.#set(DataValidationCriteria.TEXT_IS_VALID_EMAIL, []);
  }
  requireTextIsUrl(): this {
    return this.#set(DataValidationCriteria.TEXT_IS_VALID_URL, []);
  }
  /** Criteria values are [values, showDropdown]; the dropdown shows unless told otherwise. */
  requireValueInList(values: string[], showDropdown = true): this {
    return this.#set(DataValidationCriteria.VALUE_IN_LIST, [[...values], showDropdown]);
  }
  requireValueInRange(range: object, showDropdown = true): this {
    return this.#set(DataValidationCriteria.VALUE_IN_RANGE, [range, showDropdown]);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.#spec = { ...this.#spec, allowInvalid: allowInvalidData };
    return this;
  }
  setHelpText(helpText: string): this {
    this.#spec = { ...this.#spec, helpText };
    return this;
  }
  withCriteria(criteria: string, args: unknown[]): this {
    return this.#set(criteria, [...args]);
  }
}

export class FakeDataValidation {
  readonly #spec: ValidationSpec;

  constructor(spec: ValidationSpec) {
    this.#spec = spec;
    tag(this, SERVICE, 'DataValidation');
  }

  /** For the owning range to store; not part of the API. */
  static specOf(rule: FakeDataValidation): ValidationSpec {
    return rule.#spec;
  }

  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.#spec);
  }
  getAllowInvalid(): boolean {
    return this.#spec.allowInvalid;
  }
  getCriteriaType(): string {
    return this.#spec.type;
  }
  getCriteriaValues(): unknown[] {
    return this.#spec.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }
  getHelpText(): string | null {
    return this.#spec.helpText || null;
  }
}

export interface ConditionalFormatSpec {
  ranges: object[];
  condition: { type: string; values: unknown[] } | null;
  format: {
    background?: string;
    fontColor?: string;
    bold?: boolean;
    italic?: boolean;
    strikethrough?: boolean;
    underline?: boolean;
  };
}

export class FakeConditionalFormatRuleBuilder {
  #spec: ConditionalFormatSpec;

  constructor(spec?: ConditionalFormatSpec) {
    this.#spec = spec
      ? { ranges: [...spec.ranges], condition: spec.condition, format: { ...spec.format } }
      : { ranges: [], condition: null, format: {} };
    tag(this, SERVICE, 'ConditionalFormatRuleBuilder');
  }

  #when(type: string, ...values: unknown[]): this {
    this.#spec.condition = { type, values };
    return this;
  }

  build(): FakeConditionalFormatRule {
    return new FakeConditionalFormatRule({
      ranges: [...this.#spec.ranges],
      condition: this.#spec.condition,
      format: { ...this.#spec.format },
    });
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.#spec);
  }
  getBooleanCondition(): FakeBooleanCondition | null {
    return this.#spec.condition ? new FakeBooleanCondition(this.#spec) : null;
  }
  getRanges(): object[] {
    return [...this.#spec.ranges];
  }
  setBackground(color: string | null): this {
    this.#spec.format.background = color ?? undefined;
    return this;
  }
  setBold(bold: boolean | null): this {
    this.#spec.format.bold = bold ?? undefined;
    return this;
  }
  setFontColor(color: string | null): this {
    this.#spec.format.fontColor = color ?? undefined;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.#spec.format.italic = italic ?? undefined;
    return this;
  }
  setStrikethrough(strikethrough: boolean | null): this {
    this.#spec.format.strikethrough = strikethrough ?? undefined;
    return this;
  }
  setUnderline(underline: boolean | null): this {
    this.#spec.format.underline = underline ?? undefined;
    return this;
  }
  setRanges(ranges: object[]): this {
    this.#spec.ranges = [...ranges];
    return this;
  }
  whenCellEmpty(): this {
    return this.#when(BooleanCriteria.CELL_EMPTY);
  }
  whenCellNotEmpty(): this {
    return this.#when(BooleanCriteria.CELL_NOT_EMPTY);
  }
  whenDateAfter(date: unknown): this {
    return this.#when(BooleanCriteria.DATE_AFTER, date);
  }
  whenDateBefore(date: unknown): this {
    return this.#when(BooleanCriteria.DATE_BEFORE, date);
  }
  whenDateEqualTo(date: unknown): this {
    return this.#when(BooleanCriteria.DATE_EQUAL_TO, date);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.#when(BooleanCriteria.CUSTOM_FORMULA, formula);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.#when(BooleanCriteria.NUMBER_BETWEEN, start, end);
  }
  whenNumberEqualTo(n: number): this {
    return this.#when(BooleanCriteria.NUMBER_EQUAL_TO, n);
  }
  whenNumberGreaterThan(n: number): this {
    return this.#when(BooleanCriteria.NUMBER_GREATER_THAN, n);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.#when(BooleanCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, n);
  }
  whenNumberLessThan(n: number): this {
    return this.#when(BooleanCriteria.NUMBER_LESS_THAN, n);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this.#when(BooleanCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, n);
  }
  whenNumberNotBetween(start: number, end: number): this {
    return this.#when(BooleanCriteria.NUMBER_NOT_BETWEEN, start, end);
  }
  whenNumberNotEqualTo(n: number): this {
    return this.#when(BooleanCriteria.NUMBER_NOT_EQUAL_TO, n);
  }
  whenTextContains(text: string): this {
    return this.#when(BooleanCriteria.TEXT_CONTAINS, text);
  }
  whenTextDoesNotContain(text: string): this {
    return this.#when(BooleanCriteria.TEXT_DOES_NOT_CONTAIN, text);
  }
  whenTextEndsWith(text: string): this {
    return this.#when(BooleanCriteria.TEXT_ENDS_WITH, text);
  }
  whenTextEqualTo(text: string): this {
    return this.#when(BooleanCriteria.TEXT_EQUAL_TO, text);
  }
  whenTextStartsWith(text: string): this {
    return this.#when(BooleanCriteria.TEXT_STARTS_WITH, text);
  }
  withCriteria(criteria: string, args: unknown[]): this {
    return this.#when(criteria, ...args);
  }
}

export class FakeConditionalFormatRule {
  readonly #spec: ConditionalFormatSpec;

  constructor(spec: ConditionalFormatSpec) {
    this.#spec = spec;
    tag(this, SERVICE, 'ConditionalFormatRule');
  }

  /** For the owning sheet to store; not part of the API. */
  static specOf(rule: FakeConditionalFormatRule): ConditionalFormatSpec {
    return rule.#spec;
  }

  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.#spec);
  }
  getBooleanCondition(): FakeBooleanCondition | null {
    return this.#spec.condition ? new FakeBooleanCondition(this.#spec) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): object[] {
    return [...this.#spec.ranges];
  }
}

export class FakeBooleanCondition {
  readonly #spec: ConditionalFormatSpec;

  constructor(spec: ConditionalFormatSpec) {
    this.#spec = spec;
    tag(this, SERVICE, 'BooleanCondition');
  }

  getBackground(): string | null {
    return this.#spec.format.background ?? null;
  }
  getBold(): boolean | null {
    return this.#spec.format.bold ?? null;
  }
  getCriteriaType(): string {
    return this.#spec.condition?.type ?? '';
  }
  getCriteriaValues(): unknown[] {
    return [...(this.#spec.condition?.values ?? [])];
  }
  getFontColor(): string | null {
    return this.#spec.format.fontColor ?? null;
  }
  getItalic(): boolean | null {
    return this.#spec.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.#spec.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.#spec.format.underline ?? null;
  }
}

type S = typeof GoogleAppsScript.Spreadsheet;
export type ApiChecks = [
  Expect<NoExtraMembers<FakeDataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder>>,
  Expect<NoExtraMembers<FakeDataValidation, GoogleAppsScript.Spreadsheet.DataValidation>>,
  Expect<
    NoExtraMembers<
      FakeConditionalFormatRuleBuilder,
      GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder
    >
  >,
  Expect<NoExtraMembers<FakeConditionalFormatRule, GoogleAppsScript.Spreadsheet.ConditionalFormatRule>>,
  Expect<NoExtraMembers<FakeBooleanCondition, GoogleAppsScript.Spreadsheet.BooleanCondition>>,
  Expect<NoExtraMembers<typeof DataValidationCriteria, S['DataValidationCriteria']>>,
];
