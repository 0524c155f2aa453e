/** A workbook made by template version 1 is migrated by "Set up workspace" with no data lost. */
import {
  LEGACY_HOURS,
  LEGACY_HOURS_HEADER,
  LEGACY_ROSTER,
  LEGACY_ROSTER_HEADER,
  LEGACY_SETTINGS,
  STAFF_NOTES,
  STAFF_TAB,
  seedLegacyV1,
} from '../fixtures/legacy-v1';
import {
  type Env,
  newEnv,
  rowsByHeader,
  run,
  settingsReadBySummary,
  tab,
  values,
} from '../fixtures/workbook';

const dayOf = (d: unknown) =>
  d instanceof Date ? new Date(d.getTime() - 8 * 3600_000).toISOString().slice(0, 10) : d;

describe('migration from layout version 1', () => {
  let env: Env;
  let legacy: Record<string, unknown[][]>;

  beforeAll(() => {
    env = newEnv();
    seedLegacyV1(env.ss);
    legacy = Object.fromEntries(env.ss.getSheets().map((s) => [s.getName(), values(s)]));
    run(env, 'setupWorkspace');
  });

  test('every roster row is on Partners, in order, with each field under its new header', () => {
    const partners = rowsByHeader(tab(env, 'partners'));
    expect(partners).toHaveLength(LEGACY_ROSTER.length);
    LEGACY_ROSTER.forEach((old, i) => {
      const byOld = Object.fromEntries(LEGACY_ROSTER_HEADER.map((h, c) => [h, old[c]]));
      const row = partners[i]!;
      expect(row.ID).toBe(`M-00${i + 1}`);
      expect(row.Name).toBe(byOld.Name);
      expect(row.Role).toBe(byOld.Role);
      expect(row.Email).toBe(byOld.Email);
      expect(row.Phone).toBe(byOld.Phone);
      expect(row['Preferred language']).toBe(byOld.Language);
      expect(row['District employee']).toBe(byOld['District employee']);
      expect(row.Status).toBe(byOld.Status);
      expect(row.Notes).toBe(byOld.Notes);
    });
  });

  test('every hours row is on the TA Log with its date, indicator, activity, hours and note', () => {
    const log = rowsByHeader(tab(env, 'taLog'));
    expect(log).toHaveLength(LEGACY_HOURS.length);
    LEGACY_HOURS.forEach((old, i) => {
      const byOld = Object.fromEntries(LEGACY_HOURS_HEADER.map((h, c) => [h, old[c]]));
      const row = log[i]!;
      expect(dayOf(row.Date)).toBe(dayOf(byOld.Date));
      expect(row.Indicator).toBe(byOld.Indicator);
      expect(row.Activity).toBe(byOld.Activity);
      expect(row.Hours).toBe(byOld.Hours);
      expect(row.Note).toBe(byOld.Notes);
      expect(row.ID).toBe(`TA-00${i + 1}`);
    });
  });

  test('the legacy tabs are kept, untouched, under archive names; a staff tab is left alone', () => {
    expect(values(env.ss.getSheetByName('Roster (layout 1, kept)')!)).toEqual(legacy.Roster);
    expect(values(env.ss.getSheetByName('TA Hours (layout 1, kept)')!)).toEqual(legacy['TA Hours']);
    expect(values(env.ss.getSheetByName('Settings (layout 1, kept)')!)).toEqual(legacy.Settings);
    expect(values(env.ss.getSheetByName(STAFF_TAB)!)).toEqual(legacy[STAFF_TAB]);
    expect(dayOf(legacy[STAFF_TAB]![0]![1])).toBe(dayOf(STAFF_NOTES[0]![1]));
    for (const name of ['Roster', 'TA Hours', 'Settings']) expect(env.ss.getSheetByName(name)).toBeNull();
  });

  test('settings are carried over to the Start tab, where TA Summary reads them', () => {
    const start = values(tab(env, 'start'));
    const value = (label: string) => start.find((r) => r[0] === label)?.[1];
    for (const [label, old] of LEGACY_SETTINGS.slice(1)) {
      if (old instanceof Date) expect([label, dayOf(value(String(label)))]).toEqual([label, dayOf(old)]);
      else expect([label, value(String(label))]).toEqual([label, old]);
    }
    expect(settingsReadBySummary(env)).toEqual({
      'Funded hours per indicator': '24.00',
      'Hourly rate': '$120.00',
      'Funded TA end date': '2024-06-28',
    });
  });

  test('running setup again migrates nothing twice', () => {
    const before = ['partners', 'taLog', 'start'].map((k) => values(tab(env, k as 'partners')));
    run(env, 'setupWorkspace');
    expect(['partners', 'taLog', 'start'].map((k) => values(tab(env, k as 'partners')))).toEqual(before);
    expect(env.ss.getSheets()).toHaveLength(9 + 3 + 1);
  });
});
