/**
 * Sheet cells arrive as strings, numbers, booleans or Dates, and '' means empty. These helpers turn them into the
 * plain values the schemas expect, leaving anything unreadable as it is so the schema reports it for its field.
 */
import { dayNumber, type IsoDate, isoDateInZone, isoFromDayNumber } from './dates';
import type { Lang, MessageKey } from './i18n/catalog';
import { LANGS } from './i18n/catalog';
import { t } from './i18n/i18n';

export type CellKind = 'text' | 'list' | 'date' | 'boolean' | 'raw';

/** Lower case, no accents, single spaces: how people's names and typed choices are compared. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

// Sheets day 0 is 1899-12-30, i.e. 25569 days before 1970-01-01; its last day is 9999-12-31.
const SHEETS_EPOCH_OFFSET = 25569;
const SHEETS_LAST_DAY = 2958465;

function cellDate(value: unknown, timeZone: string): unknown {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? value : isoDateInZone(value, timeZone);
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= SHEETS_LAST_DAY) {
    return isoFromDayNumber(value - SHEETS_EPOCH_OFFSET);
  }
  if (typeof value !== 'string') return value;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!us) return value.trim();
  const iso: IsoDate = `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
  return Number.isNaN(dayNumber(iso)) ? value : iso;
}

const YES = new Set(['yes', 'y', 'si', 'true', 'x', '1', '✓', '✔']);
const NO = new Set(['no', 'n', 'false', '0']);

function cellBoolean(value: unknown): unknown {
  if (typeof value === 'boolean') return value;
  const folded = fold(String(value));
  return YES.has(folded) ? true : NO.has(folded) ? false : value;
}

function cellText(value: unknown, timeZone: string): unknown {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return isDate(value) ? cellDate(value, timeZone) : value;
}

/** Lists are typed in one cell, separated by semicolons or line breaks (commas occur inside labels). */
function cellList(value: unknown, timeZone: string): unknown {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[;\n]/) : [value];
  return items.map((item) => cellText(item, timeZone)).filter((item) => !isBlank(item));
}

/** Normalizes the cells of a row named in `kinds`; other keys are dropped, blanks become absent. */
export function normalizeCells(
  row: Record<string, unknown>,
  kinds: Record<string, CellKind>,
  timeZone: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, kind] of Object.entries(kinds)) {
    const value = row[key];
    if (isBlank(value) || (Array.isArray(value) && value.length === 0)) continue;
    out[key] =
      kind === 'text'
        ? cellText(value, timeZone)
        : kind === 'list'
          ? cellList(value, timeZone)
          : kind === 'date'
            ? cellDate(value, timeZone)
            : kind === 'boolean'
              ? cellBoolean(value)
              : value;
  }
  return out;
}

/**
 * Reads a typed choice as its id: the id itself or its label in any language, ignoring case and accents.
 * Returns the text unchanged when nothing matches, so the schema names the field.
 */
export function choiceReader<Id extends string>(
  ids: readonly Id[],
  labelKey: (id: Id) => MessageKey,
  aliases: Record<string, Id> = {},
): (value: unknown) => unknown {
  let index: Map<string, Id> | undefined;
  return (value) => {
    if (typeof value !== 'string') return value;
    index ??= new Map<string, Id>([
      ...Object.entries(aliases).map(([alias, id]) => [fold(alias), id] as const),
      ...ids.flatMap((id) => [
        [fold(id), id] as const,
        ...LANGS.map((lang: Lang) => [fold(t(lang, labelKey(id) as 'value.yes')), id] as const),
      ]),
    ]);
    return index.get(fold(value)) ?? value;
  };
}
