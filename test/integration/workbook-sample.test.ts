/** "Load sample LEA": a demo district on an empty workbook, and a refusal that leaves a filled one alone. */

import { type Env, newEnv, rowsByHeader, run, tab, typeRows, values } from '../fixtures/workbook';
import { startSampleAddon } from '../harness/addon';

const EN_REFUSAL =
  'This workbook already has partners or hours. The sample LEA loads only into an empty workbook, so nothing of yours is overwritten.';
const ES_REFUSAL =
  'Este libro ya tiene integrantes u horas registradas. El distrito de ejemplo solo se carga en un libro vacío, para no sobrescribir su información.';

const snapshot = (env: Env) =>
  env.ss.getSheets().map((s) => [s.getName(), values(s), s.getDataRange().getFormulas()]);

describe('the sample LEA on an empty workbook', () => {
  let env: Env;
  beforeAll(() => {
    env = newEnv();
    run(env, 'loadSampleLea');
  });

  test('about 30 members across every role, some deliberately incomplete', () => {
    const members = rowsByHeader(tab(env, 'partners'));
    expect(members.length).toBeGreaterThanOrEqual(28);
    expect(members.length).toBeLessThanOrEqual(32);
    const roles = new Set(members.flatMap((m) => [m.Role, m['Second role']]).filter(Boolean));
    expect(roles.size).toBe(15);
    expect(members.some((m) => m.Email === '')).toBe(true);
    expect(members.every((m) => /^M-\d{3}$/.test(String(m.ID)))).toBe(true);
  });

  test('six meetings with dates, and a TA log across two indicators plus shared time', () => {
    const meetings = rowsByHeader(tab(env, 'meetings'));
    expect(meetings).toHaveLength(6);
    expect(meetings.every((m) => m.Date instanceof Date)).toBe(true);
    const log = rowsByHeader(tab(env, 'taLog'));
    expect(log).toHaveLength(10);
    const indicators = new Set(log.map((e) => e.Indicator));
    expect(indicators).toEqual(
      new Set([
        'Disproportionate identification: Specific Learning Disability',
        'Discipline: suspension over 10 days',
        'All indicators (shared)',
      ]),
    );
    expect(log.reduce((sum, e) => sum + Number(e.Hours), 0)).toBe(21);
  });

  test('attendance is checked for the three meetings held, none for the planned ones', () => {
    const grid = values(tab(env, 'attendance'));
    const header = grid[0] as string[];
    const checks = (id: string) => {
      const c = header.findIndex((h) => h.startsWith(id));
      return grid.slice(1).filter((r) => r[c] === true).length;
    };
    expect(['MT-001', 'MT-002', 'MT-003', 'MT-004', 'MT-005', 'MT-006'].map(checks)).toEqual([
      12, 10, 8, 0, 0, 0,
    ]);
    expect(grid.length - 1).toBe(rowsByHeader(tab(env, 'partners')).length);
  });

  test('the settings are the sample district’s, and the roster check reads every member', () => {
    const start = values(tab(env, 'start'));
    expect(start.find((r) => r[0] === 'LEA name')?.[1]).toBe('Sample Unified School District');
    expect(start.find((r) => r[0] === 'CDS code')?.[1]).toBe('01234560000000');
    const answer = env.sb.call('getRosterCheck', {}) as { ok: boolean; value: { memberCount: number } };
    expect(answer.ok).toBe(true);
    expect(answer.value.memberCount).toBe(30);
  });

  test('the toast says the sample was loaded', () => {
    expect(env.ws.ui.toasts.map((t) => JSON.stringify(t)).join()).toMatch(/Sample Unified School District/);
  });
});

describe.each([
  ['en', EN_REFUSAL],
  ['es', ES_REFUSAL],
] as const)('the sample LEA on a workbook with data (%s)', (locale, message) => {
  test('refuses with a message in the user’s language and changes nothing', () => {
    const env = newEnv({ locale });
    run(env, 'setupWorkspace');
    const partners = tab(env, 'partners');
    typeRows(partners, [['M-001', "'Our own member", "'Other"]]);
    run(env, 'setupWorkspace');
    const before = snapshot(env);
    env.sb.call('loadSampleLea');
    expect(env.ws.ui.alerts.map((a) => a.prompt || a.title)).toEqual([message]);
    expect(snapshot(env)).toEqual(before);
  });

  test('refuses before setup touches a workbook whose new rows setup has not seen yet', () => {
    const env = newEnv({ locale });
    run(env, 'setupWorkspace');
    typeRows(tab(env, 'partners'), [['', "'Typed after setup", "'Other"]]);
    const before = snapshot(env);
    env.sb.call('loadSampleLea');
    expect(env.ws.ui.alerts.map((a) => a.prompt || a.title)).toEqual([message]);
    // Setup would have given the typed row an id and an Attendance row.
    expect(snapshot(env)).toEqual(before);
  });

  test('refuses when only hours were logged', () => {
    const env = newEnv({ locale });
    run(env, 'setupWorkspace');
    typeRows(tab(env, 'taLog'), [['TA-001', 45400, '', '', '', '', 2]]);
    const before = snapshot(env);
    env.sb.call('loadSampleLea');
    expect(env.ws.ui.alerts).toHaveLength(1);
    expect(snapshot(env)).toEqual(before);
  });
});

describe('the sample LEA lives in the day it is loaded', () => {
  // 07:30 UTC on 2 December is still 1 December in the sample's time zone (Los Angeles).
  const now = new Date('2026-12-02T07:30:00Z');
  type Hours = {
    today: string;
    mouDueDate: string;
    fundedEndDate: string;
    recent: { date: string }[];
    findings: { rule: string }[];
    summary: { fundedLeftQuarterHours: number; beyondFundedQuarterHours: number; daysToMouDue: number };
    funding: { windowClosed: boolean; fundedLeftQuarterHours: number; hourlyRateCents: number };
  };
  const ok = <T>(answer: { ok: boolean; value?: unknown }) => {
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    return answer.value as T;
  };

  test('MOU due and funded end ahead, meetings around today, every logged hour in the past', () => {
    const addon = startSampleAddon({ now: () => now });
    const hours = ok<Hours>(addon.rpc('getHours'));
    expect(hours.today).toBe('2026-12-01');
    expect(hours.mouDueDate).toBe('2026-12-22');
    expect(hours.fundedEndDate).toBe('2027-02-16');
    expect(hours.summary.daysToMouDue).toBe(21);
    expect(hours.summary.beyondFundedQuarterHours).toBe(0);
    expect(hours.summary.fundedLeftQuarterHours).toBe(19 * 4);
    expect(hours.funding.windowClosed).toBe(false);
    expect(hours.findings.map((f) => f.rule)).not.toContain('after-funded-end');
    const log = rowsByHeader(addon.ws.spreadsheet.getSheetByName('TA Log')!);
    expect(log.every((e) => (e.Date as Date).getTime() < now.getTime())).toBe(true);
    const meetings = ok<{ suggestedMeetingId: string; meetings: { id: string; daysAway: number }[] }>(
      addon.rpc('getMeetingView'),
    );
    expect(meetings.suggestedMeetingId).toBe('MT-004');
    expect(meetings.meetings.map((m) => m.daysAway)).toEqual([-49, -35, -21, 0, 14, 35]);
    const start = addon.ws.spreadsheet.getSheetByName('Start')!.getDataRange().getValues();
    expect(start.find((r) => r[0] === 'Cycle year')?.[1]).toBe('2026–27');
  });

  test('once funded TA has ended, the hours view says so, with the contract rate', () => {
    const addon = startSampleAddon({ now: () => now });
    addon.ws.advanceTime(80 * 86_400_000);
    const hours = ok<Hours>(addon.rpc('getHours'));
    expect(hours.funding).toEqual({
      fundedEndDate: '2027-02-16',
      fundedLeftQuarterHours: 19 * 4,
      hourlyRateCents: 11_000,
      windowClosed: true,
    });
  });
});
