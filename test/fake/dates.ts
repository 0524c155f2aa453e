/** Time-zone arithmetic and the two date pattern languages Apps Script code meets (Java's and Sheets'). */

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(date)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: date.getUTCMilliseconds(),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? ''),
  };
}

function offsetMs(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return asUtc - date.getTime();
}

/** The instant at which the wall clock in `timeZone` shows the given local time. */
export function fromZoned(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  let t = guess - offsetMs(new Date(guess), timeZone);
  t = guess - offsetMs(new Date(t), timeZone);
  return new Date(t);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function tzName(date: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

function tzOffset(date: Date, timeZone: string, colon: boolean): string {
  const minutes = Math.round(offsetMs(date, timeZone) / 60000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

/**
 * Java SimpleDateFormat patterns, as Utilities.formatDate takes them (English names).
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  return pattern.replace(/'([^']*)'|([a-zA-Z])\2*/g, (token, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted === '' ? "'" : quoted;
    const n = token.length;
    switch (token[0]) {
      case 'y':
        return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
      case 'M':
      case 'L':
        if (n >= 4) return MONTHS[p.month - 1] ?? '';
        if (n === 3) return (MONTHS[p.month - 1] ?? '').slice(0, 3);
        return pad(p.month, n);
      case 'd':
        return pad(p.day, n);
      case 'E':
        return n >= 4 ? (DAYS[p.weekday] ?? '') : (DAYS[p.weekday] ?? '').slice(0, 3);
      case 'u':
        return String(p.weekday === 0 ? 7 : p.weekday);
      case 'H':
        return pad(p.hour, n);
      case 'k':
        return pad(p.hour === 0 ? 24 : p.hour, n);
      case 'h':
        return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
      case 'K':
        return pad(p.hour % 12, n);
      case 'm':
        return pad(p.minute, n);
      case 's':
        return pad(p.second, n);
      case 'S':
        return pad(p.millisecond, 3).slice(0, n).padEnd(n, '0');
      case 'a':
        return p.hour < 12 ? 'AM' : 'PM';
      case 'z':
        return tzName(date, timeZone);
      case 'Z':
        return tzOffset(date, timeZone, false);
      case 'X':
        return offsetMs(date, timeZone) === 0 ? 'Z' : tzOffset(date, timeZone, n >= 3);
      default:
        return token;
    }
  });
}

/** Sheets number-format date patterns ("yyyy-mm-dd", "mmmm d, yyyy", "h:mm am/pm"). */
export function formatSheetsDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  const tokens =
    pattern.match(/"[^"]*"|am\/pm|a\/p|yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|\\.|./gi) ?? [];
  const hasAmPm = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  return tokens
    .map((t, i) => {
      const lower = t.toLowerCase();
      // "m" means minutes right after an hour token or right before a seconds token.
      const prev =
        tokens
          .slice(0, i)
          .reverse()
          .find((x) => /^[a-z]/i.test(x))
          ?.toLowerCase() ?? '';
      const next =
        tokens
          .slice(i + 1)
          .find((x) => /^[a-z]/i.test(x))
          ?.toLowerCase() ?? '';
      const minutes = prev.startsWith('h') || next.startsWith('s');
      switch (lower) {
        case 'yyyy':
          return pad(p.year, 4);
        case 'yy':
          return pad(p.year % 100, 2);
        case 'mmmmm':
          return (MONTHS[p.month - 1] ?? '').slice(0, 1);
        case 'mmmm':
          return MONTHS[p.month - 1] ?? '';
        case 'mmm':
          return (MONTHS[p.month - 1] ?? '').slice(0, 3);
        case 'mm':
          return pad(minutes ? p.minute : p.month, 2);
        case 'm':
          return String(minutes ? p.minute : p.month);
        case 'dddd':
          return DAYS[p.weekday] ?? '';
        case 'ddd':
          return (DAYS[p.weekday] ?? '').slice(0, 3);
        case 'dd':
          return pad(p.day, 2);
        case 'd':
          return String(p.day);
        case 'hh':
          return pad(hasAmPm ? p.hour % 12 || 12 : p.hour, 2);
        case 'h':
          return String(hasAmPm ? p.hour % 12 || 12 : p.hour);
        case 'ss':
          return pad(p.second, 2);
        case 's':
          return String(p.second);
        case 'am/pm':
          return p.hour < 12 ? 'AM' : 'PM';
        case 'a/p':
          return p.hour < 12 ? 'A' : 'P';
        default:
          if (t.startsWith('"')) return t.slice(1, -1);
          if (t.startsWith('\\')) return t.slice(1);
          return t;
      }
    })
    .join('');
}
