/**
 * The Coverage and TA Summary tabs are live formulas. This fills a generated workbook, copies every tab's values
 * and formulas into HyperFormula (a real formula engine; GPL-3.0, used in tests only), evaluates them and checks
 * every figure equals what the core computes from the same rows. It also checks the formulas use only
 * functions Google Sheets has.
 */
import { checkAgreement, SHEETS_FUNCTIONS } from '../fixtures/formulas';
import { type Env, newEnv, run, tab, typeRows, values } from '../fixtures/workbook';

function setIndicators(env: Env, text: string) {
  const start = tab(env, 'start');
  const row = values(start).findIndex((r) => r[0] === 'Indicators identified') + 1;
  start.getRange(row, 2).setValue(text === '' ? '' : `'${text}`);
}

const [SLD, DISCIPLINE] = [
  'Disproportionate identification: Specific Learning Disability',
  'Discipline: suspension over 10 days',
];

/** The sample loaded on 2024-04-16, so its funded TA ends 2024-07-02 and the rows typed below straddle it. */
function filledWorkbook(): Env {
  const env = newEnv({ now: () => new Date('2024-04-16T19:00:00Z') });
  run(env, 'loadSampleLea');
  const partners = tab(env, 'partners');
  const header = values(partners)[0] as string[];
  const member = (name: string, role: string, role2: string, status: string) => {
    const r: unknown[] = header.map(() => '');
    r[header.indexOf('Name')] = `'${name}`;
    r[header.indexOf('Role')] = role && `'${role}`;
    r[header.indexOf('Second role')] = role2 && `'${role2}`;
    r[header.indexOf('Status')] = status && `'${status}`;
    r[header.indexOf('District employee')] = false;
    return r;
  };
  typeRows(partners, [
    member(
      'Two Roles',
      'Principal or Site Level Administrators',
      'Human Resources Administrator',
      'Accepted',
    ),
    member('Listed Twice', 'Fiscal Services Representative', 'Fiscal Services Representative', 'Invited'),
    member('Declined Superintendent', 'Superintendent (or Designee)', '', 'Declined'),
    member(
      'Withdrawn Parent',
      'Parents/Guardians – multiple (diverse representation, not district employees)',
      'Community Representatives',
      'Withdrawn',
    ),
    member('No Status Yet', 'Bargaining Unit Representative', '', ''),
    member('Lower Case Status', 'Director of Assessment (or Similar)', '', 'accepted'),
  ]);
  const log = tab(env, 'taLog');
  const logHeader = values(log)[0] as string[];
  const entry = (date: string, indicator: string, activity: string, hours: number) => {
    const r: unknown[] = logHeader.map(() => '');
    r[logHeader.indexOf('Date')] = new Date(`${date}T07:00:00Z`);
    r[logHeader.indexOf('Indicator')] = indicator && `'${indicator}`;
    r[logHeader.indexOf('Activity')] = `'${activity}`;
    r[logHeader.indexOf('Hours')] = hours;
    return r;
  };
  typeRows(log, [
    entry('2024-05-01', 'All indicators (shared)', 'Root Cause Analysis', 0.5),
    entry('2024-05-02', '', 'Initiative Inventory', 0.25),
    entry('2024-05-03', SLD.toLowerCase(), 'Case Study', 12),
    entry('2024-05-10', SLD, 'Case Study', 12.5),
    entry('2024-06-30', DISCIPLINE, 'Consolidation of Step 1', 1),
    entry('2024-05-20', 'Placement', 'Budget', 0.75),
    entry('2024-07-15', SLD, 'Development of CIM for Sig Dis Plan for Improvement', 3),
    entry('2024-08-01', '', 'CIM for Sig Dis Plan for Improvement Review', 1.25),
  ]);
  run(env, 'setupWorkspace');
  return env;
}

describe('Coverage and TA Summary formulas agree with the core (HyperFormula)', () => {
  test('sample LEA plus edge rows: two roles, a role listed twice, declined/withdrawn, uneven shares, after the end date, over the allotment', () => {
    const env = filledWorkbook();
    const { mismatches, summary, roster } = checkAgreement(env);
    expect(mismatches).toEqual([]);
    // The scenario really covers the edges it claims to.
    expect(summary.afterEndQuarterHours).toBeGreaterThan(0);
    expect(summary.beyondFundedQuarterHours).toBeGreaterThan(summary.afterEndQuarterHours);
    expect(summary.indicators.some((i) => i.overQuarterHours > 0)).toBe(true);
    expect(roster.members.length).toBe(36);
    expect(roster.coverage.find((c) => c.roleId === 'fiscal-services')!.selected).toBe(2);
  });

  test('three indicators: shared hours split in quarters over three', () => {
    const env = filledWorkbook();
    setIndicators(env, `${SLD}; ${DISCIPLINE}; Placement`);
    run(env, 'setupWorkspace');
    const { mismatches, summary } = checkAgreement(env);
    expect(mismatches).toEqual([]);
    expect(summary.indicators).toHaveLength(3);
  });

  test('the same indicator listed twice in the settings is funded once', () => {
    const env = filledWorkbook();
    setIndicators(env, `${SLD}; ${DISCIPLINE}; ${SLD.toUpperCase()}`);
    run(env, 'setupWorkspace');
    expect(checkAgreement(env).mismatches).toEqual([]);
  });

  test('zero indicators: nothing funded, every hour beyond', () => {
    const env = filledWorkbook();
    setIndicators(env, '');
    run(env, 'setupWorkspace');
    const { mismatches, summary } = checkAgreement(env);
    expect(mismatches).toEqual([]);
    expect(summary.fundedQuarterHours).toBe(0);
  });

  test('an empty workbook', () => {
    const env = newEnv();
    run(env, 'setupWorkspace');
    expect(checkAgreement(env).mismatches).toEqual([]);
  });

  test('every function the generated formulas use is a Google Sheets function', () => {
    const env = filledWorkbook();
    const used = new Set<string>();
    for (const key of ['coverage', 'taSummary', 'activities'] as const) {
      for (const row of tab(env, key).getDataRange().getFormulas())
        for (const formula of row)
          for (const m of formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\s*\(/g))
            used.add(m[1]!);
    }
    expect([...used].filter((f) => !SHEETS_FUNCTIONS.has(f))).toEqual([]);
    expect(used.size).toBeGreaterThanOrEqual(8);
  });
});
