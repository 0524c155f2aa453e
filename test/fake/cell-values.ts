import type { CellValue } from './context';
import { formatSheetsDate, fromZoned } from './dates';

/** What `setValue` stores: a value, or a formula whose value the fake does not compute. */
export interface Stored {
  v?: CellValue;
  f?: string;
}

function decimalComma(locale: string): boolean {
  return /^(es_ES|es_AR|es_CO|es_CL|fr|de|it|pt|nl)/.test(locale);
}

function parseNumber(text: string, locale: string): number | undefined {
  const comma = decimalComma(locale);
  const group = comma ? '\\.' : ',';
  const dec = comma ? ',' : '\\.';
  const m = new RegExp(
    `^([+-]?)(\\$?)(\\d{1,3}(?:${group}\\d{3})+|\\d*)(?:${dec}(\\d+))?([eE][+-]?\\d+)?(%?)$`,
  ).exec(text);
  if (!m) return undefined;
  const [, sign, , int = '', frac, exp, pct] = m;
  if (int === '' && frac === undefined) return undefined;
  const n = Number(`${sign}${int.replace(/[.,]/g, '') || '0'}.${frac ?? '0'}${exp ?? ''}`);
  return pct ? n / 100 : n;
}

function parseDate(text: string, locale: string, timeZone: string): Date | undefined {
  const time = (h?: string, mi?: string, s?: string, ampm?: string): [number, number, number] => {
    let hour = Number(h ?? 0);
    if (ampm) hour = (hour % 12) + (/p/i.test(ampm) ? 12 : 0);
    return [hour, Number(mi ?? 0), Number(s ?? 0)];
  };
  const valid = (y: number, mo: number, d: number, t: [number, number, number]) =>
    mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && t[0] < 24 && t[1] < 60 && t[2] < 60
      ? fromZoned(y, mo, d, t[0], t[1], t[2], timeZone)
      : undefined;
  const clock = '(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(am|pm)?)?';
  let m = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${clock}$`, 'i').exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]), time(m[4], m[5], m[6], m[7]));
  m = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})${clock}$`, 'i').exec(text);
  if (m) {
    const monthFirst = locale === 'en_US' || locale === 'en';
    const [a, b] = [Number(m[1]), Number(m[2])];
    return valid(Number(m[3]), monthFirst ? a : b, monthFirst ? b : a, time(m[4], m[5], m[6], m[7]));
  }
  // A time alone is a time of day on Sheets' day zero, 1899-12-30.
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(text);
  if (m) return valid(1899, 12, 30, time(m[1], m[2], m[3], m[4]));
  return undefined;
}

/**
 * setValue(s) behave like typing into the cell: "=..." becomes a formula, a leading apostrophe forces text and
 * is not part of the value, and text that looks like a number, boolean, percentage or date is converted
 * (so "02134" reads back as 2134). A cell formatted as plain text ("@") keeps strings as they are.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption (USER_ENTERED)
 */
export function toStored(
  value: unknown,
  numberFormat: string | undefined,
  locale: string,
  timeZone: string,
): Stored {
  if (value === null || value === undefined || value === '') return {};
  if (value instanceof Date) return { v: new Date(value.getTime()) };
  if (typeof value === 'number' || typeof value === 'boolean') return { v: value };
  if (typeof value === 'object' && Object.prototype.toString.call(value) === '[object Date]') {
    return { v: new Date((value as Date).getTime()) };
  }
  const text = String(value);
  if (numberFormat === '@') return { v: text };
  if (text.startsWith('=') && text.length > 1) return { f: text };
  if (text.startsWith("'")) return text.length > 1 ? { v: text.slice(1) } : {};
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return { v: trimmed.toLowerCase() === 'true' };
  const n = parseNumber(trimmed, locale);
  if (n !== undefined && Number.isFinite(n)) return { v: n };
  const d = parseDate(trimmed, locale, timeZone);
  if (d) return { v: d };
  return { v: text };
}

function formatNumber(n: number, pattern: string): string {
  const section = pattern.split(';')[n < 0 ? 1 : 0] ?? pattern;
  const body = /[0#?][0#?,]*(?:\.[0#?]+)?%?/.exec(section);
  if (!body) return String(n);
  const [prefix, suffix] = [section.slice(0, body.index), section.slice(body.index + body[0].length)];
  const literal = (s: string) => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const decimals = /\.([0#?]+)/.exec(body[0])?.[1]?.length ?? 0;
  const pct = body[0].endsWith('%');
  const value = Math.abs(pct ? n * 100 : n);
  let text = value.toFixed(decimals);
  if (body[0].includes(',')) {
    const [i = '', f] = text.split('.');
    text = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f ? `.${f}` : '');
  }
  const sign = n < 0 && !pattern.includes(';') ? '-' : '';
  return `${sign}${literal(prefix)}${text}${pct ? '%' : ''}${literal(suffix)}`;
}

/** What getDisplayValue shows, for the common formats; unusual formats fall back to plain text. */
export function displayValue(
  value: CellValue | '',
  numberFormat: string | undefined,
  locale: string,
  timeZone: string,
) {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const general = numberFormat === undefined || numberFormat === '' || numberFormat === 'General';
  if (value instanceof Date) {
    if (!general && numberFormat !== '@') return formatSheetsDate(value, timeZone, numberFormat);
    const monthFirst = locale === 'en_US' || locale === 'en';
    const date = monthFirst ? 'M/d/yyyy' : 'd/M/yyyy';
    const hasTime = formatSheetsDate(value, timeZone, 'hh:mm:ss') !== '00:00:00';
    return formatSheetsDate(
      value,
      timeZone,
      hasTime ? `${date.replace(/M/, 'm')} h:mm:ss` : date.replace(/M/, 'm'),
    );
  }
  if (typeof value === 'number') {
    if (general || numberFormat === '@')
      return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
    if (/[yd]|m(?![^"]*")/i.test(numberFormat.replace(/"[^"]*"/g, '')) && !/[0#]/.test(numberFormat)) {
      return String(value);
    }
    return formatNumber(value, numberFormat);
  }
  return value;
}
