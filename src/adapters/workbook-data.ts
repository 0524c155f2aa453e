/**
 * Reads the workbook's data through the core's parsers: every row is checked with zod and a row that does not
 * fit becomes a finding with its row number, never an exception.
 */
import type { Finding } from '../core/findings';
import type { Lang } from '../core/i18n/catalog';
import type { Wording } from '../core/i18n/wording';
import { type LedgerEntry, parseLedgerRow } from '../core/ledger';
import { type Meeting, parseMeetingRow } from '../core/meeting';
import { checkRosterRows, type RosterCheck } from '../core/roster';
import type { Settings } from '../core/settings';
import type { MeetingsKey, PartnersKey, RowValues, TaLogKey } from '../core/workbook/tabs';
import { records, type TableRows, type TableSnapshot, updateRecords } from './table-io';

/** The Partners tab's Role and Second role columns are the member's roles list. */
function memberValues(values: RowValues<PartnersKey>): Record<string, unknown> {
  const { role, role2, ...rest } = values;
  return { ...rest, roles: [role, role2].filter((r) => r !== undefined && r !== '').join(';') };
}

export function readMembers(
  snapshot: TableRows<PartnersKey>,
  settings: Settings,
  voice: Lang | Wording,
  timeZone: string,
): RosterCheck {
  const rows = records(snapshot);
  return checkRosterRows(
    rows.map((r) => memberValues(r.values)),
    { ...settings, timeZone },
    voice,
    rows.map((r) => r.row),
  );
}

function parseAll<T, K extends string>(
  snapshot: TableRows<K>,
  parse: (values: RowValues<K>, row: number) => { ok: T } | { finding: Finding },
): { items: T[]; findings: Finding[] } {
  const items: T[] = [];
  const findings: Finding[] = [];
  for (const { row, values } of records(snapshot)) {
    const parsed = parse(values, row);
    if ('ok' in parsed) items.push(parsed.ok);
    else findings.push(parsed.finding);
  }
  return { items, findings };
}

export function readMeetings(
  snapshot: TableRows<MeetingsKey>,
  voice: Lang | Wording,
  timeZone: string,
): { meetings: Meeting[]; findings: Finding[] } {
  const { items, findings } = parseAll(snapshot, (values, row) =>
    parseMeetingRow(values, row, voice, timeZone),
  );
  return { meetings: items, findings };
}

export function readLedger(
  snapshot: TableRows<TaLogKey>,
  voice: Lang | Wording,
  timeZone: string,
): { entries: LedgerEntry[]; findings: Finding[] } {
  const { items, findings } = parseAll(snapshot, (values, row) =>
    parseLedgerRow(values, row, voice, timeZone),
  );
  return { entries: items, findings };
}

/** Next free id with a prefix, e.g. M-031 after M-030, whatever the order of the rows. */
export function nextIds(taken: Iterable<unknown>, prefix: string, count: number): string[] {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  let max = 0;
  for (const id of taken) {
    const m = pattern.exec(String(id ?? ''));
    if (m) max = Math.max(max, Number(m[1]));
  }
  return Array.from({ length: count }, (_, i) => `${prefix}-${String(max + 1 + i).padStart(3, '0')}`);
}

/**
 * Gives every filled row without an id one, so attendance, undo and RSVPs can point at it (one write), and
 * records the ids in the snapshot as written.
 */
export function assignIds(snapshot: TableSnapshot, prefix: string): void {
  const rows = records(snapshot);
  const missing = rows.filter((r) => String(r.values.id ?? '').trim() === '');
  if (missing.length === 0) return;
  const ids = nextIds(
    rows.map((r) => r.values.id),
    prefix,
    missing.length,
  );
  const updates = new Map(missing.map((r, i) => [r.row, { id: ids[i] }]));
  updateRecords(snapshot, updates);
  const idColumn = snapshot.columns.get('id')!;
  for (const [row, { id }] of updates) snapshot.rows[row - 2]![idColumn] = id;
}
