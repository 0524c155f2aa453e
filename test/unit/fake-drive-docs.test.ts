import { createWorkspace } from '../fake/workspace';

describe('fake Drive', () => {
  test('Advanced Drive hides shared-drive files without supportsAllDrives', () => {
    const ws = createWorkspace({ sharedDrive: 'LEA Shared Drive' });
    const drive = ws.globals.Drive as GoogleAppsScript.Drive;
    const id = ws.spreadsheet.getId();
    expect(() => drive.Files.get(id)).toThrow(`File not found: ${id}.`);
    expect(drive.Files.get(id, { supportsAllDrives: true, fields: 'id,driveId' })).toEqual({
      id,
      driveId: expect.any(String),
    });
  });

  test('DriveApp sees spreadsheets, documents and folders in one id space', () => {
    const ws = createWorkspace();
    const g = ws.globals as {
      DriveApp: GoogleAppsScript.Drive.DriveApp;
      DocumentApp: GoogleAppsScript.Document.DocumentApp;
    };
    const folder = g.DriveApp.createFolder('Agendas');
    const doc = g.DocumentApp.create('Kickoff agenda');
    g.DriveApp.getFileById(doc.getId()).moveTo(folder);
    expect(g.DriveApp.getFileById(ws.spreadsheet.getId()).getMimeType()).toBe(
      'application/vnd.google-apps.spreadsheet',
    );
    const names = [];
    for (const it = folder.getFiles(); it.hasNext(); ) names.push(it.next().getName());
    expect(names).toEqual(['Kickoff agenda']);
    const it = g.DriveApp.getFoldersByName('Nope');
    expect(it.hasNext()).toBe(false);
    expect(() => it.next()).toThrow('Cannot retrieve the next object: iterator has reached the end.');
  });
});

describe('fake DocumentApp', () => {
  test('a new body has one empty paragraph; tables are written in one call', () => {
    const ws = createWorkspace();
    const app = ws.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const body = app.create('Agenda').getBody();
    expect(body.getNumChildren()).toBe(1);
    body.appendParagraph('Kickoff').setHeading(app.ParagraphHeading.HEADING1);
    body.appendListItem('Mission and Goal').setGlyphType(app.GlyphType.NUMBER);
    const table = body.appendTable([
      ['Name', 'Role'],
      ['Ana', 'Parent'],
    ]);
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(1).getCell(0).getText()).toBe('Ana');
    expect(body.getChild(1).getType()).toBe(app.ElementType.PARAGRAPH);
    expect(body.getChild(1).asParagraph().getHeading()).toBe(app.ParagraphHeading.HEADING1);
    expect(() => body.getChild(2).asParagraph()).toThrow();
    body.removeChild(body.getChild(0));
    body.removeChild(body.getChild(0));
    expect(body.getNumChildren()).toBe(2);
    expect(() => body.removeChild(body.getChild(0))).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
  });
});
