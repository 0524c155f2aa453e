/**
 * A message speaks the reader's language but names a tab, a column or a cell's value as the workbook shows it,
 * so a Spanish reader of an English workbook reads «Parents/Guardians», the label in the Role column. Runs the
 * sidebar's calls for reader en/es × workbook en/es through the built bundle and asserts the exact names.
 */
import type { Lang } from '../../src/core/i18n/catalog';
import { t } from '../../src/core/i18n/i18n';
import { ROLES, type RoleId, roleLabel } from '../../src/core/roles';
import { activityLabel } from '../../src/core/services-menu';
import { memberStatusLabels } from '../../src/core/workbook/tabs';
import { type Env, run, TAB_NAMES, tab } from '../fixtures/workbook';
import { type Addon, startAddon } from '../harness/addon';

function value<T>(answer: ReturnType<Addon['rpc']>): T {
  if (!answer.ok)
    throw new Error(`RPC failed: ${answer.error.message} ${JSON.stringify(answer.error.issues)}`);
  return answer.value as T;
}

interface Finding {
  rule: string;
  row?: number;
  roleId?: RoleId;
  message: string;
  fix: string;
}
interface RosterView {
  findings: Finding[];
  standing: { missing: string[]; suggested: string[] };
  coverage: { roleId: RoleId; label: string }[];
}
interface HoursView {
  findings: Finding[];
  recent: { activity: string; indicator: string }[];
  undo: { activity: string } | null;
}
interface MeetingView {
  members: { id: string; role: string }[];
  meetings: { id: string; activity: string }[];
}

const MATRIX: [Lang, Lang][] = [
  ['en', 'en'],
  ['es', 'en'],
  ['en', 'es'],
  ['es', 'es'],
];

/** A workbook set up in `workbookLang` and read by a sidebar in `readerLang`. */
function open(readerLang: Lang, workbookLang: Lang): { addon: Addon; env: Env } {
  const addon = startAddon({ locale: workbookLang });
  const env: Env = { ws: addon.ws, sb: addon.sandbox, ss: addon.ws.spreadsheet };
  run(env, 'setupWorkspace');
  value(addon.rpc('setLanguage', { lang: readerLang }));
  return { addon, env };
}

describe.each(MATRIX)('reader %s, workbook %s', (reader, workbook) => {
  const role = (id: RoleId) => roleLabel(workbook, id);

  test('roster findings, the standing line and coverage name roles as the Role column shows them', () => {
    const { addon } = open(reader, workbook);
    const view = value<RosterView>(addon.rpc('getRosterCheck'));
    const missing = view.findings.find((f) => f.rule === 'role-missing' && f.roleId === 'parent-guardian');
    expect(missing?.message).toBe(t(reader, 'rule.role-missing', { role: role('parent-guardian') }));
    expect(view.coverage.map((c) => c.label)).toEqual(ROLES.map((r) => role(r.id)));
    expect(view.standing.missing).toContain(role('parent-guardian'));
    expect(view.standing.suggested).toContain(role('principal'));
    const suggested = view.findings.find((f) => f.rule === 'recommended-missing' && f.roleId === 'principal');
    expect(suggested?.message).toBe(t(reader, 'rule.recommended-missing', { role: role('principal') }));
  });

  test('a row that does not read names its column and the choices as the workbook has them', () => {
    const { addon, env } = open(reader, workbook);
    const partners = tab(env, 'partners');
    const header = partners.getRange(1, 1, 1, partners.getLastColumn()).getValues()[0]!.map(String);
    const row = new Array(header.length).fill('');
    row[header.indexOf(t(workbook, 'field.name'))] = 'Ana Ruiz';
    row[header.indexOf(t(workbook, 'field.roles'))] = role('parent-guardian');
    row[header.indexOf(t(workbook, 'field.districtEmployee'))] = true;
    row[header.indexOf(t(workbook, 'field.status'))] = 'maybe';
    partners.getRange(2, 1, 1, row.length).setValues([row]);
    partners
      .getRange(3, 1, 1, row.length)
      .setValues([row.map((c, i) => (i === row.indexOf('maybe') ? '' : c))]);
    const view = value<RosterView>(addon.rpc('getRosterCheck'));
    const unreadable = view.findings.find((f) => f.rule === 'row-invalid');
    const problem = t(reader, 'zod.choose', { options: memberStatusLabels(workbook).join(', ') });
    expect(unreadable?.message).toBe(
      t(reader, 'rule.row-invalid', {
        row: 2,
        problems: t(reader, 'error.field', { field: t(workbook, 'field.status'), problem }),
      }),
    );
    const employee = view.findings.find((f) => f.rule === 'parent-is-employee');
    expect(employee?.message).toBe(
      t(reader, 'rule.parent-is-employee', { name: 'Ana Ruiz', role: role('parent-guardian') }),
    );
  });

  test('hours: entries, findings and refusals name activities, labels and tabs as the workbook does', () => {
    const { addon } = open(reader, workbook);
    const before = value<HoursView>(addon.rpc('getHours'));
    expect(before.findings.find((f) => f.rule === 'no-indicators')?.fix).toBe(
      t(reader, 'fix.no-indicators', {
        tab: TAB_NAMES[workbook].start,
        field: t(workbook, 'field.indicators'),
      }),
    );
    const view = value<HoursView>(
      addon.rpc('logHours', { date: '2024-05-02', activityId: 'case-study', hours: 30 }),
    );
    expect(view.recent[0]).toMatchObject({
      activity: activityLabel(workbook, 'case-study'),
      indicator: t(workbook, 'ledger.shared'),
    });
    expect(view.undo?.activity).toBe(activityLabel(workbook, 'case-study'));
    const over = view.findings.find((f) => f.rule === 'activity-over-range');
    expect(over?.message).toContain(
      reader === 'es'
        ? `«${activityLabel(workbook, 'case-study')}»`
        : `“${activityLabel(workbook, 'case-study')}”`,
    );
    const refused = addon.rpc('logHours', {
      date: '2024-05-02',
      activityId: 'budget',
      hours: 1,
      indicator: 'Placement',
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error.message).toBe(
        t(reader, 'hours.unknownIndicator', {
          indicator: 'Placement',
          tab: TAB_NAMES[workbook].start,
          shared: t(reader, 'ledger.shared'),
        }),
      );
  });

  test('refusals and answers of the invitation tools name tabs as the workbook does', () => {
    const { addon, env } = open(reader, workbook);
    run(env, 'loadSampleLea');
    const refused = addon.rpc('makePrintedLetters', { onlySelectedRows: true, newBatch: false });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error.message).toBe(
        t(reader, 'letters.selectRows', { tab: TAB_NAMES[workbook].partners }),
      );
    value(addon.rpc('updateInvitations'));
    const view = value<{ unmatchedTab: string; statuses: { status: string; label: string }[] }>(
      addon.rpc('getInvitations'),
    );
    expect(view.unmatchedTab).toBe(t(workbook, 'inv.unmatchedTab'));
    for (const s of view.statuses) expect(memberStatusLabels(workbook)).toContain(s.label);
  });

  test('meeting mode names members’ roles and meetings’ activities as their tabs show them', () => {
    const { addon, env } = open(reader, workbook);
    run(env, 'loadSampleLea');
    const view = value<MeetingView>(addon.rpc('getMeetingView'));
    expect(view.members.length).toBeGreaterThan(5);
    const roleLabels = new Set(ROLES.map((r) => role(r.id)));
    for (const m of view.members) expect(roleLabels).toContain(m.role);
    const activities = view.meetings.map((m) => m.activity).filter(Boolean);
    expect(activities.length).toBeGreaterThan(0);
    expect(activities).toContain(activityLabel(workbook, 'partners-meetings'));
  });
});
