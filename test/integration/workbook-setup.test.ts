/**
 * "Set up workspace" on the built bundle: the eight tabs with the native Sheets features district staff rely on,
 * and a re-run on a workbook people have filled and rearranged that loses nothing and repairs what broke.
 */
import { t } from '../../src/core/i18n/i18n';
import { TABLE_TABS } from '../../src/core/workbook/tabs';
import type { FakeRange, FakeSheet } from '../fake/spreadsheet';
import {
  column,
  type Env,
  newEnv,
  rowsByHeader,
  run,
  settingsReadBySummary,
  TAB_KEYS,
  TAB_NAMES,
  tab,
  typeRows,
  values,
} from '../fixtures/workbook';

const ROLE_LABELS_EN = [
  'Superintendent (or Designee)',
  'Cabinet Level Leader – General Education',
  'Cabinet Level Leader – Special Education',
];

describe.each(['en', 'es'] as const)('setup on an empty spreadsheet (%s)', (lang) => {
  let env: Env;
  beforeAll(() => {
    env = newEnv({ locale: lang });
    run(env, 'setupWorkspace');
  });
  const names = TAB_NAMES[lang];

  test('creates the eight tabs in order, in the user’s language, and no leftover Sheet1', () => {
    expect(env.ss.getSheets().map((s) => s.getName())).toEqual(TAB_KEYS.map((k) => names[k]));
    for (const key of TAB_KEYS) expect(tab(env, key).getName()).toBe(names[key]);
  });

  test('table tabs have their headers, a frozen header row with notes and a warning-only protection', () => {
    for (const key of ['partners', 'meetings', 'activities', 'taLog'] as const) {
      const sheet = tab(env, key);
      const header = values(sheet)[0]!;
      expect(header.length).toBeGreaterThan(5);
      expect(header.every((h) => typeof h === 'string' && h !== '')).toBe(true);
      expect(sheet.getFrozenRows()).toBe(1);
      const notes = sheet.getRange(1, 1, 1, header.length).getNotes()[0]!;
      expect(notes.every((n) => n.length > 10)).toBe(true);
      const protections = sheet.getProtections('RANGE');
      expect(protections).toHaveLength(1);
      expect(protections[0]!.isWarningOnly()).toBe(true);
      expect(protections[0]!.getRange().getA1Notation()).toBe(
        `A1:${String.fromCharCode(64 + header.length)}1`,
      );
    }
    expect(tab(env, 'coverage').getFrozenRows()).toBe(1);
  });

  test('every column of a table tab has the layout’s width', () => {
    for (const layout of TABLE_TABS) {
      const sheet = tab(env, layout.key);
      const widths = layout.columns.map((_, i) => sheet.getColumnWidth(i + 1));
      expect([layout.key, widths]).toEqual([layout.key, layout.columns.map((c) => c.width)]);
    }
  });

  test('Partners has a role dropdown, a district-employee checkbox and date validation', () => {
    const sheet = tab(env, 'partners');
    const roleHeader = lang === 'en' ? 'Role' : 'Función';
    const role = sheet.getRange(2, column(sheet, roleHeader)).getDataValidation()!;
    expect(role.getCriteriaType()).toBe('VALUE_IN_LIST');
    const options = role.getCriteriaValues()[0] as string[];
    expect(options).toHaveLength(15);
    if (lang === 'en') expect(options.slice(0, 3)).toEqual(ROLE_LABELS_EN);
    else expect(options[0]).toMatch(/Superintendente/);
    expect(role.getAllowInvalid()).toBe(false);
    expect(role.getHelpText()).toBeTruthy();
    const employee = sheet.getRange(
      500,
      column(sheet, lang === 'en' ? 'District employee' : 'Empleado del distrito'),
    );
    expect(employee.getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
    const header = values(sheet)[0] as string[];
    const invited = header.findIndex((h) => /Invited on|Fecha de invitación/.test(h)) + 1;
    expect(invited).toBeGreaterThan(0);
    expect(sheet.getRange(2, invited).getDataValidation()!.getCriteriaType()).toBe('DATE_IS_VALID_DATE');
  });

  test('TA Summary reads the funded hours, the rate and the end date from the Start tab, with the 2024 defaults', () => {
    const read = settingsReadBySummary(env);
    expect(Object.keys(read)).toHaveLength(3);
    expect(read[t(lang, 'field.hoursPerIndicator')]).toBe('20.00');
    expect(read[t(lang, 'field.hourlyRate')]).toBe('$110.00');
    expect(read[t(lang, 'field.fundedEndDate')]).toBe('2024-06-30');
  });

  test('TA Summary has the burn-down chart and Coverage has one formula row per role', () => {
    expect(tab(env, 'taSummary').getCharts()).toHaveLength(1);
    const coverage = tab(env, 'coverage');
    expect(coverage.getLastRow()).toBe(16);
    expect(coverage.getRange(2, 4).getFormula()).toMatch(/^=COUNTIFS\(/);
  });

  test('CIM Activities lists the menu of services with sub-tasks', () => {
    const rows = rowsByHeader(tab(env, 'activities'));
    expect(rows.length).toBeGreaterThanOrEqual(19);
  });
});

describe('setup on a filled, rearranged workbook', () => {
  let env: Env;
  const before: Record<string, unknown[][]> = {};
  const EXTRA = 'Transport needed';

  beforeAll(() => {
    env = newEnv();
    run(env, 'loadSampleLea');
    const partners = tab(env, 'partners');
    // Staff reorder columns: Email moves to column B, Name goes where Email was.
    const grid = values(partners);
    const [emailAt, nameAt] = [grid[0]!.indexOf('Email'), grid[0]!.indexOf('Name')];
    const swapped = grid.map((row) => {
      const r = [...row];
      [r[emailAt], r[nameAt]] = [r[nameAt], r[emailAt]];
      return r.map((c) => (typeof c === 'string' && c !== '' ? `'${c}` : c));
    });
    partners.getRange(1, 1, swapped.length, swapped[0]!.length).setValues(swapped);
    // ...add a column of their own, with values...
    const width = partners.getLastColumn();
    if (width === partners.getMaxColumns()) partners.insertColumnsAfter(width, 1);
    partners.getRange(1, width + 1).setValue(EXTRA);
    partners.getRange(2, width + 1, 3, 1).setValues([['Yes'], ['No'], ['Bus pass']]);
    // ...type members by hand, without ids...
    const header = values(partners)[0] as string[];
    const typed = (name: string, role: string) => {
      const r = header.map(() => '' as unknown);
      r[header.indexOf('Name')] = name;
      r[header.indexOf('Role')] = role;
      r[header.indexOf('Status')] = 'Invited';
      r[header.indexOf('District employee')] = false;
      return r;
    };
    typeRows(partners, [
      typed('Hand Typed One', 'Fiscal Services Representative'),
      typed('Hand Typed Two', 'Other'),
    ]);
    // ...and a TA Log row.
    const log = tab(env, 'taLog');
    const logHeader = values(log)[0] as string[];
    const entry = logHeader.map(() => '' as unknown);
    entry[logHeader.indexOf('Date')] = '2024-05-01';
    entry[logHeader.indexOf('Indicator')] = 'All indicators (shared)';
    entry[logHeader.indexOf('Activity')] = 'CIM Team Meetings';
    entry[logHeader.indexOf('Hours')] = 1.25;
    typeRows(log, [entry]);
    // A tab is renamed, another deleted, a validation cleared, a header deleted.
    tab(env, 'meetings').setName('Our meetings');
    env.ss.deleteSheet(tab(env, 'coverage'));
    partners.getRange(2, header.indexOf('Role') + 1, partners.getMaxRows() - 1, 1).clearDataValidations();
    partners.getRange(1, header.indexOf('Phone') + 1).setValue('');

    for (const key of ['partners', 'meetings', 'taLog', 'attendance', 'activities'] as const)
      before[key] = values(tab(env, key));
    run(env, 'setupWorkspace');
  });

  test('keeps every value, the row order and the added column on Partners', () => {
    const after = values(tab(env, 'partners'));
    const old = before.partners!;
    expect(after.length).toBe(old.length);
    const header = after[0] as string[];
    expect(header).toContain(EXTRA);
    expect(header.indexOf('Email')).toBe((old[0] as string[]).indexOf('Email'));
    // Every data cell is as it was, but for the ids given to the hand-typed rows.
    const idAt = header.indexOf('ID');
    for (let r = 1; r < old.length; r++) {
      for (let c = 0; c < old[r]!.length; c++) {
        if (c === idAt && old[r]![c] === '') continue;
        expect([r, c, after[r]![c]]).toEqual([r, c, old[r]![c]]);
      }
    }
    expect(after.slice(-2).map((r) => r[idAt])).toEqual(['M-031', 'M-032']);
    expect(after.slice(-2).map((r) => r[header.indexOf('Name')])).toEqual([
      'Hand Typed One',
      'Hand Typed Two',
    ]);
  });

  test('puts a deleted header back where it was, over its values', () => {
    const partners = tab(env, 'partners');
    const rows = rowsByHeader(partners);
    expect(rows[0]!.Phone).toBe('(555) 010-1000');
    expect((values(partners)[0] as string[]).filter((h) => h === 'Phone')).toHaveLength(1);
  });

  test('keeps the other tabs’ rows and finds the renamed tab again', () => {
    expect(values(tab(env, 'meetings'))).toEqual(before.meetings);
    expect(tab(env, 'meetings').getName()).toBe('Our meetings');
    expect(env.ss.getSheetByName('Meetings')).toBeNull();
    const log = values(tab(env, 'taLog'));
    expect(log.length).toBe(before.taLog!.length);
    expect(log[log.length - 1]![0]).toBe('TA-011');
    // Every check is kept; the hand-typed members get rows of their own.
    const attendance = values(tab(env, 'attendance'));
    expect(attendance.slice(0, before.attendance!.length)).toEqual(before.attendance);
    expect(attendance.slice(before.attendance!.length).map((r) => r[1])).toEqual([
      'Hand Typed One',
      'Hand Typed Two',
    ]);
    expect(attendance.flat().filter((c) => c === true)).toHaveLength(30);
  });

  test('repairs the deleted tab, with formulas over the moved columns', () => {
    const coverage = tab(env, 'coverage');
    expect(coverage.getName()).toBe('Coverage');
    expect(env.ss.getSheets()).toHaveLength(9);
    const formula = coverage.getRange(2, 4).getFormula();
    // Name now sits where Email was; the formula follows the header, not the layout's letters.
    const nameLetter = String.fromCharCode(64 + column(tab(env, 'partners'), 'Name'));
    expect(formula).toContain(`'Partners'!${nameLetter}:${nameLetter},"<>"`);
    const summary = tab(env, 'taSummary').getRange(2, 3).getFormula();
    expect(summary).toContain("'TA Log'!");
  });

  test('repairs the cleared role dropdown', () => {
    const partners = tab(env, 'partners');
    const rule = partners.getRange(40, column(partners, 'Role')).getDataValidation();
    expect(rule?.getCriteriaType()).toBe('VALUE_IN_LIST');
  });

  test('the Start tab’s settings are kept', () => {
    expect(settingsReadBySummary(env)['Funded hours per indicator']).toBe('20.00');
    const start = values(tab(env, 'start')).map((r) => r[1]);
    expect(start).toContain('Sample Unified School District');
  });
});

describe('a re-run after people changed the layout', () => {
  let env: Env;
  beforeAll(() => {
    env = newEnv();
    run(env, 'setupWorkspace');
    // The burn-down chart is deleted, a header protection removed, another left with the description it had
    // before descriptions named the tab, a header note deleted; Partners unfrozen and a header recoloured;
    // Coverage's status colours cleared.
    const summary = tab(env, 'taSummary');
    for (const chart of summary.getCharts()) summary.removeChart(chart);
    tab(env, 'coverage').setConditionalFormatRules([]);
    tab(env, 'taLog').getProtections('RANGE')[0]!.remove();
    tab(env, 'meetings').getProtections('RANGE')[0]!.setDescription('Educational Partners Toolkit: header');
    tab(env, 'activities').getRange(1, 1).setNote('');
    tab(env, 'partners').setFrozenRows(0);
    tab(env, 'meetings').getRange(1, 1).setBackground('#ff0000');
    run(env, 'setupWorkspace');
    run(env, 'setupWorkspace');
  });

  test('puts back the deleted chart, once, and leaves the other tab’s chart single', () => {
    expect(tab(env, 'taSummary').getCharts()).toHaveLength(1);
    expect(tab(env, 'engagement').getCharts()).toHaveLength(1);
  });

  test('puts back the header protection and the note, and recognises the older protection', () => {
    for (const key of ['partners', 'meetings', 'activities', 'taLog'] as const) {
      const protections = tab(env, key).getProtections('RANGE');
      expect(protections).toHaveLength(1);
      expect(protections[0]!.isWarningOnly()).toBe(true);
      expect(protections[0]!.getDescription()).toBe(`Educational Partners Toolkit: header (${key})`);
    }
    expect(tab(env, 'activities').getRange(1, 1).getNote().length).toBeGreaterThan(10);
  });

  test('puts back Coverage’s status colours on the status column, and leaves the summary’s alone', () => {
    const rules = tab(env, 'coverage').getConditionalFormatRules();
    expect(rules).toHaveLength(5);
    for (const rule of rules)
      expect((rule.getRanges() as FakeRange[]).map((r) => r.getA1Notation())).toEqual(['F2:F16']);
    expect(rules[0]!.getBooleanCondition()!.getCriteriaValues()).toEqual(['Missing']);
    expect(tab(env, 'taSummary').getConditionalFormatRules()).toHaveLength(1);
    // A run with nothing to repair reads the rules and writes none on the generated tabs.
    const mark = env.ws.calls.mark();
    run(env, 'setupWorkspace');
    const written = env.ws.calls
      .since(mark)
      .filter('Sheet.setConditionalFormatRules')
      .map((c) => (c.target as FakeSheet).getName());
    expect(written).not.toContain('Coverage');
    expect(written).not.toContain('TA Summary');
  });

  test('keeps the frozen rows and header colours a person chose, as it keeps column widths', () => {
    expect(tab(env, 'partners').getFrozenRows()).toBe(0);
    expect(tab(env, 'meetings').getRange(1, 1).getBackground()).toBe('#ff0000');
    expect(tab(env, 'taLog').getFrozenRows()).toBe(1);
  });
});
