/**
 * "Choose the group's folder": Google Picker in a dialog, as in Google's Apps Script file-open dialog sample
 * (https://developers.google.com/apps-script/guides/dialogs#file-open_dialogs): the page gets the user's OAuth
 * token from the server, and the Picker's setAppId (the Cloud project number) makes the pick grant the add-on
 * drive.file access to the folder. The deployer keeps the project number and the Picker's API key in script
 * properties (README, deploy steps).
 */
import * as z from 'zod/mini';
import { withDocumentLock } from '../adapters/lock';
import { type Lang, t } from '../core/i18n';
import { UserError } from '../core/user-error';
import { chooseGroupFolder } from '../workflows/folder';
import { currentLang } from './locale';
import { defineRpc, errorMessage } from './rpc';

const PICKER_PROPERTIES = {
  projectNumber: 'PICKER_PROJECT_NUMBER',
  apiKey: 'PICKER_API_KEY',
} as const;

function pickerSettings(): { appId: string; apiKey: string } {
  const properties = PropertiesService.getScriptProperties().getProperties();
  const appId = (properties[PICKER_PROPERTIES.projectNumber] ?? '').trim();
  const apiKey = (properties[PICKER_PROPERTIES.apiKey] ?? '').trim();
  if (!/^\d+$/.test(appId) || apiKey === '') throw new UserError('folder.notConfigured');
  return { appId, apiKey };
}

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function pickerPage(lang: Lang): string {
  const text = {
    intro: t(lang, 'folder.pickerIntro'),
    open: t(lang, 'folder.pickerOpen'),
    failed: t(lang, 'folder.pickerFailed'),
    title: t(lang, 'folder.pickerTitle'),
  };
  return `<!DOCTYPE html><html lang="${lang}"><head><base target="_top"><meta charset="utf-8">
<style>body{font:14px/1.5 Arial,sans-serif;margin:16px;color:#1f1f1f}button{font:inherit;padding:8px 16px;background:#0b57d0;color:#fff;border:0;border-radius:4px;cursor:pointer}button:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}</style>
</head><body><main><p id="intro"></p><button type="button" id="open"></button><p id="status" role="status"></p></main>
<script>
var TEXT = ${scriptJson(text)};
document.getElementById('intro').textContent = TEXT.intro;
var button = document.getElementById('open');
button.textContent = TEXT.open;
function say(message) { document.getElementById('status').textContent = message; }
function failed() { say(TEXT.failed); }
function picked(data) {
  if (data.action !== google.picker.Action.PICKED) { if (data.action === google.picker.Action.CANCEL) google.script.host.close(); return; }
  var folderId = data.docs[0].id;
  google.script.run.withSuccessHandler(function (answer) {
    if (answer.ok) { say(answer.value.message); setTimeout(function () { google.script.host.close(); }, 1500); }
    else say(answer.error.message);
  }).withFailureHandler(failed).setGroupFolder({ folderId: folderId });
}
function open(config) {
  if (!config.ok) return say(config.error.message);
  var c = config.value;
  var view = new google.picker.DocsView(google.picker.ViewId.FOLDERS)
    .setIncludeFolders(true).setSelectFolderEnabled(true).setMimeTypes('application/vnd.google-apps.folder').setEnableDrives(true);
  new google.picker.PickerBuilder().addView(view).enableFeature(google.picker.Feature.SUPPORT_DRIVES)
    .setOAuthToken(c.token).setDeveloperKey(c.apiKey).setAppId(c.appId).setLocale(c.locale)
    .setTitle(TEXT.title).setOrigin(google.script.host.origin).setCallback(picked).build().setVisible(true);
}
button.onclick = function () {
  gapi.load('picker', { callback: function () {
    google.script.run.withSuccessHandler(open).withFailureHandler(failed).getPickerConfig({});
  } });
};
</script>
<script src="https://apis.google.com/js/api.js" onerror="failed()"></script>
</body></html>`;
}

/** Menu command: the Picker dialog, or a plain message when the deployer has not configured it. */
export function chooseFolder(): void {
  const lang = currentLang();
  try {
    pickerSettings();
    const page = HtmlService.createHtmlOutput(pickerPage(lang)).setWidth(640).setHeight(460);
    SpreadsheetApp.getUi().showModalDialog(page, t(lang, 'folder.pickerTitle'));
  } catch (error) {
    SpreadsheetApp.getUi().alert(errorMessage(lang, error, 'fault.picker.unchanged'));
  }
}

export const getPickerConfig = defineRpc(
  z.strictObject({}),
  (_arg, { readerLang }) => ({
    ...pickerSettings(),
    token: ScriptApp.getOAuthToken(),
    locale: readerLang,
  }),
  { retry: true, unchanged: 'fault.picker.unchanged' },
);

export const setGroupFolder = defineRpc(
  z.strictObject({
    folderId: z.string().check(z.trim(), z.regex(/^[\w-]{10,200}$/)),
  }),
  ({ folderId }, { readerLang }) => {
    const folder = withDocumentLock(() => chooseGroupFolder(folderId));
    return { name: folder.name, message: t(readerLang, 'folder.chosen', { name: folder.name }) };
  },
  // Choosing the same folder again writes the same record.
  { retry: true, unchanged: 'fault.folder.retry' },
);
