import { type Addon, startAddon } from '../harness/addon';

function setUp(): { addon: Addon; sharedDrive: string; group: string } {
  const addon = startAddon({ sharedDrive: 'Sample USD Shared Drive' });
  const sharedDrive = addon.ws.drive.get(addon.ws.spreadsheet.getId())!.driveId!;
  const group = addon.ws.addForeignFolder('Educational Partners Group', sharedDrive);
  return { addon, sharedDrive, group };
}

function configurePicker(addon: Addon): void {
  addon.ws.execution((g) =>
    (g.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
      .getScriptProperties()
      .setProperties({ PICKER_PROJECT_NUMBER: '123456789012', PICKER_API_KEY: 'AIza-test-key' }),
  );
}

describe("the group's folder", () => {
  it('refuses a folder the add-on cannot see under drive.file until the user picks it', () => {
    const { addon, group } = setUp();
    expect(addon.rpc('setGroupFolder', { folderId: group })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('cannot be opened') },
    });
    addon.ws.pickFolder(group);
    expect(addon.rpc('setGroupFolder', { folderId: group })).toEqual({
      ok: true,
      value: {
        name: 'Educational Partners Group',
        message: 'New files of the group will be saved in “Educational Partners Group”.',
      },
    });
  });

  it('refuses a picked file that is not a folder', () => {
    const { addon } = setUp();
    expect(addon.rpc('setGroupFolder', { folderId: addon.ws.spreadsheet.getId() })).toMatchObject({
      ok: false,
      error: { message: 'That item is not a folder. Please choose a folder.' },
    });
  });

  it('says plainly when the deployer has not configured the picker', () => {
    const { addon } = setUp();
    addon.sandbox.call('chooseFolder');
    expect(addon.ws.ui.dialogs).toHaveLength(0);
    expect(addon.ws.ui.alerts[0]!.prompt).toMatch(/PICKER_PROJECT_NUMBER and PICKER_API_KEY/);
  });

  it('opens the picker dialog, which asks the server for the token, project number and key', () => {
    const { addon } = setUp();
    configurePicker(addon);
    addon.sandbox.call('chooseFolder');
    const dialog = addon.ws.ui.dialogs[0]!;
    expect(dialog.modal).toBe(true);
    expect(dialog.html).toContain('setAppId(c.appId)');
    expect(dialog.html).toContain('enableFeature(google.picker.Feature.SUPPORT_DRIVES)');
    expect(addon.rpc('getPickerConfig')).toEqual({
      ok: true,
      value: {
        appId: '123456789012',
        apiKey: 'AIza-test-key',
        token: expect.stringMatching(/^ya29\./),
        locale: 'en',
      },
    });
  });
});
