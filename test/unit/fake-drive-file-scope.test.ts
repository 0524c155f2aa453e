import { MIME_FOLDER } from '../fake/drive';
import { createWorkspace } from '../fake/workspace';

describe('fake Drive under drive.file', () => {
  function world() {
    const ws = createWorkspace();
    const drive = ws.globals.Drive as GoogleAppsScript.Drive;
    const driveApp = ws.globals.DriveApp as GoogleAppsScript.Drive.DriveApp;
    const sharedDrive = ws.addSharedDrive('LEA Shared Drive');
    const folder = ws.addForeignFolder('Group', sharedDrive);
    return { ws, drive, driveApp, sharedDrive, folder };
  }

  test('a folder someone else made is invisible (404) until picked', () => {
    const { ws, drive, driveApp, folder } = world();
    expect(() => drive.Files.get(folder, { supportsAllDrives: true })).toThrow(`File not found: ${folder}.`);
    expect(() => driveApp.getFolderById(folder)).toThrow(/No item with the given ID/);
    expect(drive.Files.list({ supportsAllDrives: true, includeItemsFromAllDrives: true }).files).toEqual([
      expect.objectContaining({ id: ws.spreadsheet.getId() }),
    ]);
    ws.pickFolder(folder);
    expect(drive.Files.get(folder, { supportsAllDrives: true })).toMatchObject({ id: folder, name: 'Group' });
  });

  test('creating in a shared-drive folder needs supportsAllDrives; what the add-on creates it can see', () => {
    const { ws, drive, folder } = world();
    ws.pickFolder(folder);
    const resource = { name: 'Forms', mimeType: MIME_FOLDER, parents: [folder] };
    expect(() => drive.Files.create(resource)).toThrow(
      `API call to drive.files.create failed with error: File not found: ${folder}.`,
    );
    const made = drive.Files.create(resource, null as never, {
      supportsAllDrives: true,
      fields: 'id,driveId',
    });
    expect(made.driveId).toBeTruthy();
    expect(drive.Files.get(made.id!, { supportsAllDrives: true }).name).toBe('Forms');
  });

  test('a folder list shows only what the add-on may see', () => {
    const { ws, drive, sharedDrive, folder } = world();
    ws.pickFolder(folder);
    ws.drive.addFile({
      name: 'Budget.xlsx',
      mimeType: 'application/vnd.ms-excel',
      parent: folder,
      byOthers: true,
    });
    drive.Files.create({ name: 'Mine', mimeType: MIME_FOLDER, parents: [folder] }, null as never, {
      supportsAllDrives: true,
    });
    const list = drive.Files.list({
      supportsAllDrives: true,
      includeItemsFromAllDrives: true,
      corpora: 'drive',
      driveId: sharedDrive,
      q: `'${folder}' in parents`,
    });
    expect(list.files!.map((f) => f.name)).toEqual(['Mine']);
  });
});
