/**
 * The Coverage and TA Summary tabs are live formulas. This fills a generated workbook, copies every tab's values
 * and formulas into HyperFormula (a real formula engine; GPL-3.0, used in tests only), evaluates them and checks
 * every figure equals what the core computes from the same rows. It also checks the formulas use only
 * functions Google Sheets has.
 */
import { HyperFormula } from 'hyperformula';
import { readSettings } from '../../src/adapters/start-tab';
import { readTable } from '../../src/adapters/table-io';
import { readLedger, readMembers } from '../../src/adapters/workbook-data';
import { isoDateInZone } from '../../src/core/dates';
import { t } from '../../src/core/i18n/i18n';
import { summarizeLedger } from '../../src/core/ledger';
import { CIM_STEPS } from '../../src/core/services-menu';
import { fundedIndicators, type Settings } from '../../src/core/settings';
import { fold } from '../../src/core/sheet-values';
import { BURN_DOWN_WEEKS, columnRef, summaryRows } from '../../src/core/workbook/formulas';
import { PARTNERS_TAB, TA_LOG_TAB } from '../../src/core/workbook/tabs';
import type { FakeSheet } from '../fake/spreadsheet';
import { type Env, newEnv, run, tab, typeRows, values } from '../fixtures/workbook';

/** Functions Google Sheets has (the subset a workbook formula may reasonably use). */
const SHEETS_FUNCTIONS = new Set([
  'AND',
  'OR',
  'NOT',
  'IF',
  'IFS',
  'IFERROR',
  'COUNTIFS',
  'COUNTIF',
  'COUNTA',
  'COUNT',
  'SUMIFS',
  'SUMIF',
  'SUM',
  'MAX',
  'MIN',
  'INT',
  'MOD',
  'ROUND',
  'ROUNDUP',
  'ROUNDDOWN',
  'ISNUMBER',
  'ISBLANK',
  'ISTEXT',
  'TODAY',
  'DATE',
  'LEN',
  'TRIM',
  'LOWER',
  'UPPER',
  'ABS',
  'FLOOR',
  'CEILING',
  'AVERAGE',
  'INDEX',
  'MATCH',
  'VLOOKUP',
  'TEXT',
]);

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const TZ = 'America/Los_Angeles';

/** A Sheets day serial for a Date the fake returns (midnight in the spreadsheet's time zone). */
function serial(date: Date): number {
  const [y, m, d] = isoDateInZone(date, TZ).split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - SERIAL_EPOCH) / 86_400_000;
}

function cellsOf(sheet: FakeSheet): (string | number | boolean | null)[][] {
  const range = sheet.getDataRange();
  const formulas = range.getFormulas();
  return range.getValues().map((row, r) =>
    row.map((cell, c) => {
      const formula = formulas[r]![c];
      if (formula) return formula;
      if (cell instanceof Date) return serial(cell);
      if (cell === '') return null;
      // A text value HyperFormula would read as a formula must stay text.
      if (typeof cell === 'string' && cell.startsWith('=')) return `'${cell}`;
      return cell as string | number | boolean;
    }),
  );
}

function evaluate(env: Env): {
  hf: HyperFormula;
  at: (key: 'coverage' | 'taSummary', row: number, col: number) => unknown;
} {
  const sheets = Object.fromEntries(env.ss.getSheets().map((s) => [s.getName(), cellsOf(s)]));
  const named = env.ss.getNamedRanges().map((n) => {
    const range = n.getRange();
    const sheetName = range.getSheet().getName().replace(/'/g, "''");
    return {
      name: n.getName(),
      expression: `='${sheetName}'!$${range.getA1Notation().replace(/(\d+)/, '$$$1')}`,
    };
  });
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' }, named);
  return {
    hf,
    at: (key, row, col) => {
      const sheet = hf.getSheetId(tab(env, key).getName())!;
      return hf.getCellValue({ sheet, row: row - 1, col: col - 1 });
    },
  };
}

function coreFigures(env: Env) {
  const settingsResult = readSettings(tab(env, 'start') as never, TZ);
  if (!settingsResult.success) throw new Error('settings do not parse');
  const settings: Settings = { ...settingsResult.data, timeZone: TZ };
  const roster = readMembers(readTable(tab(env, 'partners') as never, PARTNERS_TAB), settings, 'en', TZ);
  const ledger = readLedger(readTable(tab(env, 'taLog') as never, TA_LOG_TAB), 'en', TZ);
  // Every row parses, so the formulas (which cannot parse) and the core see the same rows.
  if (ledger.findings.length > 0) throw new Error(JSON.stringify(ledger.findings));
  const summary = summarizeLedger(ledger.entries, settings, '2024-05-01', 'en');
  return { settings, roster, ledger, summary };
}

function checkAgreement(env: Env) {
  const { hf, at } = evaluate(env);
  const { settings, roster, ledger, summary } = coreFigures(env);
  const mismatches: string[] = [];
  const same = (what: string, formula: unknown, core: unknown) => {
    const a = typeof formula === 'number' ? Math.round(formula * 1e9) / 1e9 : formula;
    if (a !== core)
      mismatches.push(`${what}: formula ${JSON.stringify(formula)} ≠ core ${JSON.stringify(core)}`);
  };

  // Coverage: one row per role, in catalog order.
  roster.coverage.forEach((c, i) => {
    const row = i + 2;
    same(`coverage ${c.roleId} role`, at('coverage', row, 1), t('en', `role.${c.roleId}`));
    same(`coverage ${c.roleId} needed`, at('coverage', row, 3), c.needed);
    same(`coverage ${c.roleId} selected`, at('coverage', row, 4), c.selected);
    same(`coverage ${c.roleId} confirmed`, at('coverage', row, 5), c.confirmed);
    same(`coverage ${c.roleId} status`, at('coverage', row, 6), t('en', `coverage.${c.status}`));
  });

  // TA Summary: its layout from the core's own description of the tab.
  const layout = summaryRows(
    'en',
    columnRef({ partners: 'P', meetings: 'M', activities: 'A', taLog: 'L' }),
    settings.indicators,
  );
  const indicators = fundedIndicators(settings);
  const end = settings.fundedEndDate;
  const q = (quarters: number) => quarters / 4;
  same('indicator rows', layout.indicatorRows.count, indicators.length);
  summary.indicators.forEach((ind, k) => {
    const row = layout.indicatorRows.first + k;
    const own = ledger.entries
      .filter((e) => e.date <= end && e.indicator !== undefined && fold(e.indicator) === fold(ind.indicator))
      .reduce((s, e) => s + e.quarterHours, 0);
    same(`${ind.indicator} name`, at('taSummary', row, 1), ind.indicator);
    same(`${ind.indicator} funded`, at('taSummary', row, 2), q(ind.fundedQuarterHours));
    same(`${ind.indicator} own`, at('taSummary', row, 3), q(own));
    same(`${ind.indicator} share`, at('taSummary', row, 4), q(ind.usedQuarterHours - own));
    same(`${ind.indicator} used`, at('taSummary', row, 5), q(ind.usedQuarterHours));
    same(`${ind.indicator} left`, at('taSummary', row, 6), q(ind.leftQuarterHours));
    same(`${ind.indicator} over`, at('taSummary', row, 7), q(ind.overQuarterHours));
  });
  const inWindow = summary.totalQuarterHours - summary.afterEndQuarterHours;
  const ownTotal = ledger.entries
    .filter(
      (e) =>
        e.date <= end && e.indicator !== undefined && indicators.some((i) => fold(i) === fold(e.indicator!)),
    )
    .reduce((s, e) => s + e.quarterHours, 0);
  const totals: Record<keyof typeof layout.totals, unknown> = {
    funded: q(summary.fundedQuarterHours),
    logged: q(summary.totalQuarterHours),
    inWindow: q(inWindow),
    afterEnd: q(summary.afterEndQuarterHours),
    shared: q(inWindow - ownTotal),
    fundedUsed: q(summary.fundedUsedQuarterHours),
    fundedLeft: q(summary.fundedLeftQuarterHours),
    beyond: q(summary.beyondFundedQuarterHours),
    beyondCost: summary.beyondFundedCostCents / 100,
    percentUsed: summary.percentUsed ?? '',
  };
  for (const [key, value] of Object.entries(totals))
    same(`total ${key}`, at('taSummary', layout.totals[key as keyof typeof totals], 2), value);

  CIM_STEPS.forEach((step, i) => {
    const quarters = summary.activities
      .filter((a) => a.step === step)
      .reduce((s, a) => s + a.quarterHours, 0);
    same(`step ${step}`, at('taSummary', layout.stepRows.first + i, 2), q(quarters));
  });

  const endSerial = (Date.parse(`${end}T00:00:00Z`) - SERIAL_EPOCH) / 86_400_000;
  for (let w = 0; w < BURN_DOWN_WEEKS; w++) {
    const row = layout.burnDownRows.first + w;
    const weekEnd = endSerial - 7 * (BURN_DOWN_WEEKS - 1 - w);
    const iso = new Date(SERIAL_EPOCH + weekEnd * 86_400_000).toISOString().slice(0, 10);
    const point = [...summary.burnDown].reverse().find((p) => p.date <= iso);
    same(`burn-down ${iso} date`, at('taSummary', row, 1), weekEnd);
    same(
      `burn-down ${iso} left`,
      at('taSummary', row, 2),
      q(point?.fundedLeftQuarterHours ?? summary.fundedQuarterHours),
    );
  }
  hf.destroy();
  return { mismatches, summary, roster };
}

function setIndicators(env: Env, text: string) {
  const start = tab(env, 'start');
  const row = values(start).findIndex((r) => r[0] === 'Indicators identified') + 1;
  start.getRange(row, 2).setValue(text === '' ? '' : `'${text}`);
}

const [SLD, DISCIPLINE] = [
  'Disproportionate identification: Specific Learning Disability',
  'Discipline: suspension over 10 days',
];

function filledWorkbook(): Env {
  const env = newEnv();
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
