/** Menu commands that build or fill the workbook. Each runs under the document lock and is safe to re-run. */

import { withDocumentLock } from '../adapters/lock';
import { assertNoData, sampleFill } from '../adapters/sample-loader';
import { openWorkbook } from '../adapters/workbook';
import { setupWorkbook } from '../adapters/workbook-setup';
import type { Lang, MessageKey } from '../core/i18n/catalog';
import { t, tKey } from '../core/i18n/i18n';
import { currentLang } from './locale';
import { errorMessage } from './rpc';
import { currentUser, today } from './workbook-session';

function runCommand(command: (lang: Lang) => MessageKey): void {
  const lang = currentLang();
  try {
    const done = withDocumentLock(() => command(lang));
    SpreadsheetApp.getActiveSpreadsheet().toast(tKey(lang, done), t(lang, 'app.name'));
  } catch (error) {
    SpreadsheetApp.getUi().alert(errorMessage(lang, error));
  }
}

export function setupWorkspace(): void {
  runCommand((lang) => {
    setupWorkbook(lang);
    return 'wb.done.setup';
  });
}

export function loadSampleLea(): void {
  runCommand((lang) => {
    // Refuse before setup touches anything, so a refused load changes nothing.
    const workbook = openWorkbook(lang);
    assertNoData(workbook);
    setupWorkbook(
      lang,
      workbook,
      sampleFill(workbook.lang, workbook.timeZone, currentUser(), today(workbook)),
    );
    return 'wb.done.sample';
  });
}
