import { createWorkspace } from '../fake/workspace';

type SA = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function setup() {
  const ws = createWorkspace();
  const app = ws.globals.SpreadsheetApp as SA;
  return { ws, app, sheet: app.getActiveSpreadsheet().getSheets()[0]! };
}

describe('fake Range values', () => {
  test('setValues with the wrong number of rows throws the Apps Script message', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  test('setValues with the wrong number of columns throws the Apps Script message', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  // Range.setDataValidations takes the same rows × columns shape as getDataValidations returns
  // (https://developers.google.com/apps-script/reference/spreadsheet/data-validation, the copy() example) and
  // refuses another with the message setValues gives.
  test('setDataValidations applies one rule per cell and checks the shape like setValues', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireCheckbox().build();
    const range = sheet.getRange(2, 1, 2, 2);
    range.setDataValidations([
      [rule, null],
      [rule, null],
    ]);
    expect(sheet.getRange(3, 1).getDataValidation()?.getCriteriaType()).toBe(
      app.DataValidationCriteria.CHECKBOX,
    );
    expect(sheet.getRange(3, 2).getDataValidation()).toBeNull();
    expect(() => range.setDataValidations([[rule, null]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  // Range.setFontSizes takes one size per cell, rows × columns, like setFontWeights.
  test('setFontSizes checks the shape like setValues', () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 2, 1);
    expect(() => range.setFontSizes([[16], [10]])).not.toThrow();
    expect(() => range.setFontSizes([[16, 10]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  test('setColumnWidths sets a run of columns to one width', () => {
    const { sheet } = setup();
    sheet.setColumnWidths(2, 3, 130);
    expect([1, 2, 3, 4, 5].map((c) => sheet.getColumnWidth(c))).toEqual([100, 130, 130, 130, 100]);
  });

  test('strings starting with = become formulas that read back as empty unless registered', () => {
    const { ws, sheet } = setup();
    const cell = sheet.getRange('B2');
    cell.setValue('=SUM(A1:A3)');
    expect(cell.getFormula()).toBe('=SUM(A1:A3)');
    expect(cell.getValue()).toBe('');
    ws.setFormulaValue('=SUM(A1:A3)', 6);
    expect(cell.getValue()).toBe(6);
  });

  test('a leading apostrophe keeps text as text and is not part of the value', () => {
    const { sheet } = setup();
    const cell = sheet.getRange('A1');
    cell.setValue('\'=HYPERLINK("x")');
    expect(cell.getValue()).toBe('=HYPERLINK("x")');
    expect(cell.getFormula()).toBe('');
  });

  test('text that looks like a number is converted, unless the cell is plain text', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['02134', 'TRUE']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[2134, true]]);
    sheet.getRange('C1').setNumberFormat('@').setValue('02134');
    expect(sheet.getRange('C1').getValue()).toBe('02134');
  });

  test('dates round-trip as Date objects and empty cells read as empty strings', () => {
    const { sheet } = setup();
    const d = new Date('2024-04-19T17:00:00Z');
    sheet.getRange('A1').setValue(d);
    const [[a, b]] = sheet.getRange('A1:B1').getValues() as [[unknown, unknown]];
    expect(a).toBeInstanceOf(Date);
    expect((a as Date).getTime()).toBe(d.getTime());
    expect(b).toBe('');
  });

  test('display values follow the number format and the spreadsheet locale', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[new Date('2024-04-19T07:00:00Z'), 0.25, 1234.5]]);
    sheet.getRange('B1').setNumberFormat('0%');
    sheet.getRange('C1').setNumberFormat('$#,##0.00');
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['4/19/2024', '25%', '$1,234.50']]);
  });

  test('range bounds use the Apps Script messages', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  test('appendRow writes after the last row and last row/column track content', () => {
    const { sheet } = setup();
    sheet.appendRow(['a', 'b']);
    sheet.appendRow(['c']);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(2);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B2');
  });
});

describe('fake Spreadsheet and Sheet', () => {
  test('insertSheet with a duplicate name throws the Sheets message', () => {
    const { app } = setup();
    const ss = app.getActiveSpreadsheet();
    ss.insertSheet('Roster');
    expect(() => ss.insertSheet('roster')).toThrow(
      'A sheet with the name "roster" already exists. Please enter another name.',
    );
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Roster']);
    expect(ss.getActiveSheet().getName()).toBe('Roster');
  });

  test('data validation builder keeps criteria, help text and allow-invalid', () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Yes', 'No'])
      .setAllowInvalid(false)
      .setHelpText('Pick')
      .build();
    sheet.getRange('A2:A10').setDataValidation(rule);
    const read = sheet.getRange('A5').getDataValidation()!;
    expect(read.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(read.getCriteriaValues()).toEqual([['Yes', 'No'], true]);
    expect(read.getAllowInvalid()).toBe(false);
    expect(read.getHelpText()).toBe('Pick');
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });

  test('insertCheckboxes sets validation and unchecked values', () => {
    const { sheet } = setup();
    sheet.getRange('C1:C3').insertCheckboxes();
    expect(sheet.getRange('C1:C3').getValues()).toEqual([[false], [false], [false]]);
    expect(sheet.getRange('C1:C3').isChecked()).toBe(false);
    sheet.getRange('C2').check();
    expect(sheet.getRange('C1:C3').isChecked()).toBeNull();
  });

  test('a sheet has one sheet protection; protecting again returns it', () => {
    const { app, sheet } = setup();
    sheet.protect().setDescription('Headers').setWarningOnly(true);
    sheet.protect();
    const protections = sheet.getProtections(app.ProtectionType.SHEET);
    expect(protections).toHaveLength(1);
    expect(protections[0]!.getDescription()).toBe('Headers');
    expect(protections[0]!.isWarningOnly()).toBe(true);
  });
});
