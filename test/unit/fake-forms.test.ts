import { createWorkspace } from '../fake/workspace';

type G = {
  FormApp: GoogleAppsScript.Forms.FormApp;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
};

function setup(now = '2025-09-01T12:00:00Z') {
  const ws = createWorkspace({ now: () => new Date(now) });
  const g = ws.globals as unknown as G;
  const form = g.FormApp.create('Invitation');
  form.addMultipleChoiceItem().setTitle('Will you join?').setChoiceValues(['Yes', 'No']);
  form.addCheckboxItem().setTitle('Meetings').setChoiceValues(['Oct 1', 'Nov 5']);
  return { ws, g, form };
}

describe('fake FormApp', () => {
  test('setDestination adds a "Form Responses 1" sheet headed by Timestamp and the questions', () => {
    const { ws, g, form } = setup();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    expect(form.getDestinationId()).toBe(ss.getId());
    const sheet = ws.spreadsheet.getSheetByName('Form Responses 1')!;
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([['Timestamp', 'Will you join?', 'Meetings']]);
  });

  test('a submitted response writes a destination row and runs the installed trigger', () => {
    const { ws, g, form } = setup();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    const seen: unknown[] = [];
    ws.setScriptScope({
      onRsvp: (e: GoogleAppsScript.Events.SheetsOnFormSubmit) => seen.push(e.namedValues, e.range.getRow()),
    });
    g.ScriptApp.newTrigger('onRsvp').forSpreadsheet(ss).onFormSubmit().create();
    ws.fireFormSubmit(form, { 'Will you join?': 'Yes', Meetings: ['Oct 1', 'Nov 5'] });
    const row = ws.spreadsheet.getSheetByName('Form Responses 1')!.getRange(2, 1, 1, 3).getValues()[0]!;
    expect(row[0]).toBeInstanceOf(Date);
    expect(row.slice(1)).toEqual(['Yes', 'Oct 1, Nov 5']);
    expect(seen[0]).toMatchObject({ 'Will you join?': ['Yes'], Meetings: ['Oct 1, Nov 5'] });
    expect(seen[1]).toBe(2);
    expect(form.getResponses()).toHaveLength(1);
  });

  test('prefilled links carry entry.<id> parameters', () => {
    const { form } = setup();
    const item = form.getItems()[0]!.asMultipleChoiceItem();
    const url = form.createResponse().withItemResponse(item.createResponse('Yes')).toPrefilledUrl();
    expect(url).toMatch(/\/viewform\?usp=pp_url&entry\.\d+=Yes$/);
    expect(url).toContain(`entry.${item.getId()}=Yes`);
  });

  test('forms created after June 30, 2026 start unpublished and refuse responses until published', () => {
    const { ws, form } = setup('2026-08-01T12:00:00Z');
    expect(form.isAcceptingResponses()).toBe(false);
    expect(() => ws.fireFormSubmit(form, { 'Will you join?': 'Yes' })).toThrow(
      'This form is not accepting responses.',
    );
    (form as unknown as { setPublished(b: boolean): unknown }).setPublished(true);
    expect(form.isAcceptingResponses()).toBe(true);
  });
});
