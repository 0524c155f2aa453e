/**
 * The Engagement tab: its live formulas, evaluated with HyperFormula, equal the core's measureEngagement and the
 * group report's figures, on the sample and on a roster and schedule edited afterwards (without running setup
 * again), with the workbook in English and in Spanish; its chart draws the table.
 */
import { formatPercent } from '../../src/core/docs/report';
import type { Lang } from '../../src/core/i18n/catalog';
import { t } from '../../src/core/i18n/i18n';
import type { DocNode } from '../fake/document';
import { checkEngagement } from '../fixtures/engagement';
import { SHEETS_FUNCTIONS } from '../fixtures/formulas';
import { type Env, newEnv, rowsByHeader, run, tab, typeRows, values } from '../fixtures/workbook';

type Rpc<T> = { ok: true; value: T } | { ok: false; error: unknown };
function call<T>(env: Env, name: string, arg: unknown): T {
  const answer = env.sb.call(name, JSON.parse(JSON.stringify(arg))) as Rpc<T>;
  if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

function sampleEnv(lang: Lang): Env {
  const env = newEnv({ locale: lang, now: () => new Date('2024-04-16T19:00:00Z') });
  run(env, 'setupWorkspace');
  run(env, 'loadSampleLea');
  return env;
}

/** Members typed on Partners and a meeting held that the series added, checks ticked by hand: no setup re-run. */
function editAfterwards(env: Env, lang: Lang): void {
  const partners = tab(env, 'partners');
  const header = values(partners)[0] as string[];
  const member = (id: string, name: string, role: string, status: string) => {
    const r: unknown[] = header.map(() => '');
    r[header.indexOf(t(lang, 'field.id'))] = id;
    r[header.indexOf(t(lang, 'field.name'))] = `'${name}`;
    r[header.indexOf(t(lang, 'field.roles'))] = `'${t(lang, `role.${role}` as 'app.name')}`;
    r[header.indexOf(t(lang, 'field.status'))] = `'${t(lang, `status.${status}` as 'app.name')}`;
    r[header.indexOf(t(lang, 'field.districtEmployee'))] = false;
    return r;
  };
  typeRows(partners, [
    member('M-901', 'New Parent', 'parent-guardian', 'accepted'),
    member('M-902', 'Declined Parent', 'parent-guardian', 'declined'),
    member('M-903', 'New Teacher', 'teacher-sped', 'invited'),
    member('M-904', 'Proposed Student Rep', 'other', 'proposed'),
  ]);
  // A walk-in at the first meeting held: a new member row, and a check on Attendance, through the sidebar.
  call(env, 'addWalkIn', {
    meetingId: 'MT-001',
    name: 'Walk In Person',
    role: 'parent-guardian',
    requestId: 'engagement-walk-in',
  });
  call(env, 'scheduleMeetings', {
    startDate: '2024-06-04',
    cadence: 'weekly',
    count: 2,
    startTime: '18:00',
    minutes: 90,
    title: 'Summer check-in',
    closures: [],
  });
  const meetings = tab(env, 'meetings');
  const mHeader = values(meetings)[0] as string[];
  const mRow =
    values(meetings).findIndex(
      (r) =>
        r[mHeader.indexOf(t(lang, 'field.date'))] instanceof Date &&
        r[mHeader.indexOf(t(lang, 'wb.col.title'))] === 'Summer check-in',
    ) + 1;
  meetings
    .getRange(mRow, mHeader.indexOf(t(lang, 'field.status')) + 1)
    .setValue(`'${t(lang, 'meeting.held')}`);
  const newId = String(values(meetings)[mRow - 1]![mHeader.indexOf(t(lang, 'field.id'))]);
  // Attendance rows for the members typed by hand come with setup; tick the new meeting for the first rows.
  const attendance = tab(env, 'attendance');
  const aHeader = values(attendance)[0] as string[];
  const column = aHeader.findIndex((h) => String(h).startsWith(`${newId} `)) + 1;
  expect(column).toBeGreaterThan(2);
  attendance.getRange(2, column, 5, 1).setValues([[true], [true], [false], [true], [true]]);
}

describe.each(['en', 'es'] as const)('the Engagement tab, workbook %s', (lang) => {
  test('on the sample, every figure equals the core’s, and the report prints the same shares', () => {
    const env = sampleEnv(lang);
    const { mismatches, engagement } = checkEngagement(env, lang);
    expect(mismatches).toEqual([]);
    expect(engagement.meetings).toHaveLength(3);
    expect(engagement.groups.filter((g) => g.invited > 0).length).toBeGreaterThanOrEqual(4);

    const made = call<{ id: string }>(env, 'makeGroupReport', {});
    const body = env.ws.document(made.id).body;
    const text = (n: DocNode): string =>
      n.type === 'PARAGRAPH' || n.type === 'LIST_ITEM' ? n.text : n.children.map(text).join('\n');
    const table = body.children.find(
      (c) => c.type === 'TABLE' && text(c).startsWith(t(lang, 'doc.col.group')),
    )!;
    const reportRows = table.children.slice(1).map((row) => row.children.map(text));
    // The report's cells ("2/3 (67%)") show the share the tab's formula computes, for every group and meeting.
    engagement.groups.forEach((g, i) => {
      const [label, invited, ...shares] = reportRows[i]!;
      expect(label).toBe(t(lang, `doc.group.${g.group}`));
      expect(Number(invited)).toBe(g.invited);
      shares.forEach((cell, k) => {
        if (g.rates[k] !== null) expect(cell).toContain(formatPercent(lang, g.rates[k]!));
      });
    });
  });

  test('members typed, a walk-in and a meeting held that a series added later: still equal, without setup', () => {
    const env = sampleEnv(lang);
    const before = checkEngagement(env, lang).engagement;
    editAfterwards(env, lang);
    const { mismatches, engagement } = checkEngagement(env, lang);
    expect(mismatches).toEqual([]);
    // The edits changed the figures the formulas follow: more families invited, a fourth meeting held.
    const families = (e: typeof engagement) => e.groups.find((g) => g.group === 'families')!;
    expect(families(engagement).invited).toBeGreaterThan(families(before).invited);
    expect(engagement.meetings).toHaveLength(4);
    expect(engagement.attended[3]).toBeGreaterThan(0);
    expect(engagement.attended[0]).toBeGreaterThan(before.attended[0]!);
    // Running setup again keeps them equal.
    run(env, 'setupWorkspace');
    expect(checkEngagement(env, lang).mismatches).toEqual([]);
  });

  test('the chart draws the table: the meetings held by date, one line per group', () => {
    const env = sampleEnv(lang);
    const sheet = tab(env, 'engagement');
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    const chart = charts[0]!;
    expect(chart.getOptions().get('title')).toBe(t(lang, 'wb.eng.chartTitle'));
    const range = chart.getRanges()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect([range.getRow(), range.getColumn(), range.getNumColumns()]).toEqual([1, 1, 8]);
    const header = values(sheet)[0]!.slice(0, 8);
    expect(header[0]).toBe(t(lang, 'field.date'));
    expect(header.slice(1, 7)).toEqual(
      ['families', 'community', 'teachers', 'site', 'district', 'other'].map((g) =>
        t(lang, `doc.group.${g}` as 'app.name'),
      ),
    );
    // Setup again: one chart still, every formula the same.
    const formulas = sheet.getDataRange().getFormulas();
    run(env, 'setupWorkspace');
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getDataRange().getFormulas()).toEqual(formulas);
  });
});

test('the Engagement tab uses only Google Sheets functions', () => {
  const env = sampleEnv('en');
  const used = new Set<string>();
  for (const row of tab(env, 'engagement').getDataRange().getFormulas())
    for (const formula of row)
      for (const m of formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\s*\(/g))
        used.add(m[1]!);
  expect([...used].filter((f) => !SHEETS_FUNCTIONS.has(f))).toEqual([]);
  expect(rowsByHeader(tab(env, 'engagement')).length).toBeGreaterThan(0);
});
