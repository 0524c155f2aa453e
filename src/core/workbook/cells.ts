/**
 * How domain values become cell values. Text must stay exactly as typed: Sheets parses a written string as if
 * typed in the grid, so "=…", "+…", "-…" or "@…" would become a formula and "0123" a number. Every string is
 * therefore written with the leading apostrophe Sheets reads as "plain text" (it is not part of the value).
 * Dates are written as Sheets day serials with a date format, which no time zone can shift.
 */
import { dayNumber, type IsoDate } from '../dates';

// Sheets day 0 is 1899-12-30, 25569 days before 1970-01-01.
const SHEETS_EPOCH_OFFSET = 25569;

export type CellValue = string | number | boolean;

export function textCell(text: string): string {
  return text === '' ? '' : `'${text}`;
}

export function dateCell(iso: IsoDate | undefined): number | '' {
  if (iso === undefined) return '';
  const day = dayNumber(iso);
  return Number.isNaN(day) ? '' : day + SHEETS_EPOCH_OFFSET;
}

/** Any plain value a person gave, safe to write: strings as text, numbers and booleans as they are. */
export function safeCell(value: unknown): CellValue {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return textCell(String(value));
}

export const DATE_FORMAT = 'yyyy-mm-dd';
export const HOURS_FORMAT = '0.00';
export const MONEY_FORMAT = '$#,##0.00';
