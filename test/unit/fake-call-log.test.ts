import { createWorkspace } from '../fake/workspace';

type SA = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

describe('fake call log', () => {
  test('every public method call is one entry; internal work records nothing', () => {
    const ws = createWorkspace();
    const app = ws.globals.SpreadsheetApp as SA;
    const mark = ws.calls.mark();
    const sheet = app.getActiveSheet();
    sheet.getRange(1, 1, 100, 3).setValues(Array.from({ length: 100 }, (_, i) => [i, 'x', true]));
    const since = ws.calls.since(mark);
    expect(since.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSheet': 1,
      'Sheet.getRange': 1,
      'Range.setValues': 1,
    });
    expect(since.count('Range.setValues')).toBe(1);
    expect(since.entries[2]).toMatchObject({ service: 'SpreadsheetApp', type: 'Range', method: 'setValues' });
  });

  test('the unrecorded workspace handles do not touch the log', () => {
    const ws = createWorkspace();
    ws.spreadsheet.getSheets()[0]!.getRange('A1').setValue('seed');
    expect(ws.calls.count()).toBe(0);
  });

  test('failCall makes exactly the nth matching call throw', () => {
    const ws = createWorkspace();
    const app = ws.globals.SpreadsheetApp as SA;
    ws.failCall((c) => c.method === 'getValues', 2, new Error('Service Spreadsheets timed out'));
    const range = app.getActiveSheet().getRange('A1');
    expect(() => range.getValues()).not.toThrow();
    expect(() => range.getValues()).toThrow('Service Spreadsheets timed out');
    expect(() => range.getValues()).not.toThrow();
    expect(ws.calls.count('Range.getValues')).toBe(3);
  });

  test('under AuthMode.NONE only menu building works, and refused calls are still recorded', () => {
    const ws = createWorkspace({ authMode: 'NONE' });
    const app = ws.globals.SpreadsheetApp as SA;
    app.getUi().createAddonMenu().addItem('Set up workbook', 'setUp').addToUi();
    expect(() => app.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    const props = ws.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    expect(() => props.getDocumentProperties()).toThrow('You do not have permission');
    expect(ws.ui.menus[0]!.items).toEqual([
      { kind: 'item', caption: 'Set up workbook', functionName: 'setUp' },
    ]);
    expect(ws.calls.filter().map((c) => `${c.type}.${c.method}`)).toEqual([
      'SpreadsheetApp.getUi',
      'Ui.createAddonMenu',
      'Menu.addItem',
      'Menu.addToUi',
      'SpreadsheetApp.getActiveSpreadsheet',
      'PropertiesService.getDocumentProperties',
    ]);
    ws.setAuthMode('FULL');
    expect(() => app.getActiveSpreadsheet()).not.toThrow();
  });

  test('an after-effect failure throws once the call took effect; an outage fails what follows until cleared', () => {
    const ws = createWorkspace();
    const app = ws.globals.SpreadsheetApp as SA;
    const range = app.getActiveSheet().getRange('A1');
    ws.failCall((c) => c.method === 'setValue', 1, new Error('Service Spreadsheets failed'), {
      after: true,
      outage: (c) => c.service === 'SpreadsheetApp',
    });
    expect(() => range.setValue('kept')).toThrow('Service Spreadsheets failed');
    expect(ws.spreadsheet.getSheets()[0]!.getRange('A1').getValue()).toBe('kept');
    expect(() => range.getValue()).toThrow('Service Spreadsheets failed');
    ws.clearFailures();
    expect(range.getValue()).toBe('kept');
  });

  test('a snapshot puts back cells, properties and dialogs, keeping the test handles valid', () => {
    const ws = createWorkspace();
    const app = ws.globals.SpreadsheetApp as SA;
    const props = ws.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    app.getActiveSheet().getRange('A1').setValue('before');
    const restore = ws.snapshot();
    app.getActiveSheet().getRange('A1').setValue('after');
    app.getActiveSpreadsheet().insertSheet('Extra');
    props.getDocumentProperties().setProperty('k', 'v');
    app.getUi().alert('hello');
    ws.failCall(() => true, 1, new Error('never thrown after restore'));
    restore();
    expect(ws.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(ws.spreadsheet.getSheets()[0]!.getRange('A1').getValue()).toBe('before');
    expect(props.getDocumentProperties().getProperty('k')).toBeNull();
    expect(ws.ui.alerts).toEqual([]);
    restore();
    expect(app.getActiveSheet().getRange('A1').getValue()).toBe('before');
  });
});
