/**
 * Text people type stays text through every write path: the layout-1 migration, setup re-writing rows it gives
 * ids to, the Attendance grid copying names and meeting titles, the CIM Activities rewrite, the hours log.
 * Rows that do not parse become findings with their row numbers, never exceptions.
 */
import { LEGACY_HOURS_HEADER, LEGACY_ROSTER_HEADER, la } from '../fixtures/legacy-v1';
import { type Env, newEnv, rowsByHeader, run, tab, typeRows, values } from '../fixtures/workbook';

const HOSTILE = [
  '=IMPORTXML("http://x","//a")',
  '=1+1',
  '+1 555',
  '-5',
  '@name',
  '0123',
  '<img src=x onerror=alert(1)>',
  'x'.repeat(5000),
  'Ana 👩🏽‍🏫 García 🎉',
  "'quoted",
  "''",
  'TRUE',
  '3/5/2024',
  '1e5',
  '50%',
  '  padded  ',
] as const;

/** Every cell holding one of the hostile texts is that exact text and no formula. */
function expectAllText(env: Env, sheetName: string, expected: readonly string[] = HOSTILE) {
  const sheet = env.ss.getSheetByName(sheetName)!;
  const grid = values(sheet);
  const formulas = sheet.getDataRange().getFormulas();
  const found = new Set<string>();
  for (const [r, row] of grid.entries()) {
    for (const [c, cell] of row.entries()) {
      if (typeof cell === 'string' && expected.includes(cell)) {
        found.add(cell);
        expect([sheetName, r + 1, c + 1, formulas[r]![c]]).toEqual([sheetName, r + 1, c + 1, '']);
      }
    }
  }
  // A value that became a formula, a number, a boolean or a date would be missing from the set.
  expect([sheetName, [...expected].filter((h) => !found.has(h))]).toEqual([sheetName, []]);
}

/** As a person's text sits in a cell: stored as text (the apostrophe is not part of the value). */
const typed = (text: string) => `'${text}`;

describe('hostile text through the layout-1 migration', () => {
  let env: Env;
  beforeAll(() => {
    env = newEnv();
    const settings = env.ss.getSheets()[0]!.setName('Settings');
    settings.getRange(1, 1, 3, 2).setValues([
      ['Setting', 'Value'],
      ['LEA name', typed('=IMPORTXML("http://x","//a")')],
      ['Contact phone', typed('+1 555')],
    ]);
    const roster = env.ss.insertSheet('Roster');
    const at = (h: string) => LEGACY_ROSTER_HEADER.indexOf(h);
    roster.getRange(1, 1, 1, LEGACY_ROSTER_HEADER.length).setValues([LEGACY_ROSTER_HEADER]);
    roster.getRange(2, 1, HOSTILE.length, LEGACY_ROSTER_HEADER.length).setValues(
      HOSTILE.map((h) => {
        const row: unknown[] = LEGACY_ROSTER_HEADER.map(() => '');
        row[at('Name')] = typed(h);
        row[at('Role')] = 'Other';
        row[at('Phone')] = typed(h);
        row[at('Notes')] = typed(h);
        row[at('District employee')] = false;
        return row;
      }),
    );
    const hours = env.ss.insertSheet('TA Hours');
    hours.getRange(1, 1, 1, LEGACY_HOURS_HEADER.length).setValues([LEGACY_HOURS_HEADER]);
    hours
      .getRange(2, 1, HOSTILE.length, LEGACY_HOURS_HEADER.length)
      .setValues(HOSTILE.map((h) => [la('2024-02-01'), '', 'CIM Team Meetings', 1, typed(h)]));
    run(env, 'setupWorkspace');
  });

  test('names, phones and notes arrive on Partners as the same text', () => {
    expectAllText(env, 'Partners');
    const rows = rowsByHeader(tab(env, 'partners'));
    expect(rows.map((r) => r.Name)).toEqual([...HOSTILE]);
    expect(rows.map((r) => r.Phone)).toEqual([...HOSTILE]);
  });

  test('notes arrive on the TA Log as the same text, and member names on Attendance', () => {
    expectAllText(env, 'TA Log');
    // The grid shows each member's name as the roster reads it (trimmed).
    expectAllText(
      env,
      'Attendance',
      HOSTILE.filter((h) => h.trim() === h),
    );
  });

  test('settings arrive on Start as the same text', () => {
    expectAllText(env, 'Start', ['=IMPORTXML("http://x","//a")', '+1 555']);
  });
});

describe('hostile text through setup re-writing rows, meetings and activities', () => {
  let env: Env;
  beforeAll(() => {
    env = newEnv();
    run(env, 'setupWorkspace');
    const partners = tab(env, 'partners');
    const header = values(partners)[0] as string[];
    // Rows typed by people (as text), with no ids: setup gives them ids in one write over the rows.
    typeRows(
      partners,
      HOSTILE.map((h) => {
        const row: unknown[] = header.map(() => '');
        row[header.indexOf('Name')] = typed(h);
        row[header.indexOf('Role')] = 'Other';
        row[header.indexOf('Other role (describe)')] = typed(h);
        row[header.indexOf('Notes')] = typed(h);
        row[header.indexOf('District employee')] = false;
        return row;
      }),
    );
    const meetings = tab(env, 'meetings');
    const mHeader = values(meetings)[0] as string[];
    typeRows(
      meetings,
      HOSTILE.slice(0, 8).map((h, i) => {
        const row: unknown[] = mHeader.map(() => '');
        row[mHeader.indexOf('Date')] = la(`2024-03-${String(i + 10)}`);
        row[mHeader.indexOf('Title')] = typed(h);
        row[mHeader.indexOf('Location or link')] = typed(h);
        row[mHeader.indexOf('Status')] = 'Planned';
        return row;
      }),
    );
    const activities = tab(env, 'activities');
    const owner = (values(activities)[0] as string[]).indexOf('Owner') + 1;
    activities.getRange(2, owner, HOSTILE.length, 1).setValues(HOSTILE.map((h) => [typed(h)]));
    run(env, 'setupWorkspace');
    run(env, 'setupWorkspace');
  });

  test('Partners keeps every typed text, now with ids', () => {
    expectAllText(env, 'Partners');
    const rows = rowsByHeader(tab(env, 'partners'));
    expect(rows.map((r) => r.ID)).toEqual(HOSTILE.map((_, i) => `M-${String(i + 1).padStart(3, '0')}`));
  });

  test('Meetings keeps titles and places; Attendance copies names as text', () => {
    expectAllText(env, 'Meetings', HOSTILE.slice(0, 8));
    expectAllText(
      env,
      'Attendance',
      HOSTILE.filter((h) => h.trim() === h),
    );
    const header = values(tab(env, 'attendance'))[0] as string[];
    expect(header.filter((h) => h.startsWith('MT-'))).toHaveLength(8);
  });

  test('CIM Activities keeps the owners staff typed', () => {
    expectAllText(env, 'CIM Activities');
  });
});

describe('hostile text through the hours log', () => {
  test('each note is stored as the same text', () => {
    const env = newEnv();
    run(env, 'loadSampleLea');
    for (const note of HOSTILE) {
      const answer = env.sb.call('logHours', {
        date: '2024-05-02',
        activityId: 'case-study',
        hours: 0.25,
        note,
      }) as { ok: boolean };
      expect([note.slice(0, 20), answer.ok]).toEqual([note.slice(0, 20), true]);
    }
    expectAllText(
      env,
      'TA Log',
      HOSTILE.filter((h) => h.trim() === h),
    );
  });
});

describe('rows that do not parse', () => {
  test('become findings naming their rows, and setup and the roster check still finish', () => {
    const env = newEnv({ locale: 'es' });
    run(env, 'loadSampleLea');
    const partners = tab(env, 'partners');
    const header = values(partners)[0] as string[];
    const row = (name: string, role: string, status: string, invited: unknown) => {
      const r: unknown[] = header.map(() => '');
      r[header.indexOf('Nombre')] = typed(name);
      r[header.indexOf('Función')] = typed(role);
      r[header.indexOf('Estado')] = typed(status);
      r[header.indexOf('Fecha de invitación')] = invited;
      return r;
    };
    typeRows(partners, [
      row('Sin función', '', 'Aceptó', ''),
      row('Función inventada', 'Astronaut', 'Aceptó', ''),
      row('Estado raro', 'Otra función', 'maybe', ''),
      row('Fecha mala', 'Otra función', 'Invitado', typed('next Tuesday')),
      row('=1+1', 'Otra función', '', ''),
    ]);
    run(env, 'setupWorkspace');
    const answer = env.sb.call('getRosterCheck', {}) as {
      ok: boolean;
      value: { findings: { rule: string; row?: number; message: string }[] };
    };
    expect(answer.ok).toBe(true);
    const invalid = answer.value.findings.filter((f) => f.rule === 'row-invalid');
    expect(invalid.map((f) => f.row).sort()).toEqual([32, 33, 34, 35]);
    for (const f of invalid) expect(f.message).toContain(String(f.row));
    expect(rowsByHeader(partners).map((r) => r.Nombre)).toContain('=1+1');

    const log = tab(env, 'taLog');
    typeRows(log, [['', typed('not a date'), '', '', '', typed('No such activity'), typed('lots')]]);
    const hours = env.sb.call('getHours', {}) as {
      ok: boolean;
      value: { findings: { rule: string; row?: number }[] };
    };
    expect(hours.ok).toBe(true);
    expect(hours.value.findings.filter((f) => f.rule === 'row-invalid').map((f) => f.row)).toEqual([12]);
  });
});
