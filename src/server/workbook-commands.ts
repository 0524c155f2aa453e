/** Menu commands that build or fill the workbook. Each runs under the document lock and is safe to re-run. */

import { withDocumentLock } from '../adapters/lock';
import { withRetries } from '../adapters/retry';
import { sampleFill, sampleTarget } from '../adapters/sample-loader';
import { markSampleLoading, openWorkbook, type Workbook } from '../adapters/workbook';
import { setupWorkbook } from '../adapters/workbook-setup';
import type { Lang, MessageKey } from '../core/i18n/catalog';
import { tKey } from '../core/i18n/i18n';
import { currentLang } from './locale';
import { tell } from './notify';
import { errorMessage } from './rpc';
import { currentUser, today } from './workbook-session';

/** How a command ended: its message, and the workbook it worked on. */
interface Done {
  message: MessageKey;
  workbook: Workbook;
}

/**
 * Runs a resumable job (running it again finishes what a failure interrupted), retrying a service that failed
 * for a moment, and tells the user how it ended; `partial` says it stopped part-way and to run it again.
 */
function runCommand(command: (lang: Lang) => Done, partial: MessageKey): void {
  let lang: Lang = 'en';
  let message: string;
  let workbook: Workbook | undefined;
  try {
    lang = currentLang();
    const done = withRetries(() => withDocumentLock(() => command(lang)));
    message = tKey(lang, done.message);
    workbook = done.workbook;
  } catch (error) {
    message = errorMessage(lang, error, partial);
  }
  tell(lang, message, workbook !== undefined, workbook?.spreadsheet);
}

export function setupWorkspace(): void {
  runCommand((lang) => ({ message: 'wb.done.setup', workbook: setupWorkbook(lang) }), 'fault.setup.partial');
}

export function loadSampleLea(): void {
  runCommand((lang) => {
    const workbook = openWorkbook(lang);
    // Refuse before setup touches anything, so a refused load changes nothing; a load a failure interrupted
    // is finished instead of refused (the rows there are its own), and one that finished is done.
    if (!workbook.sampleLoading && sampleTarget(workbook) === 'empty') markSampleLoading(workbook, true);
    setupWorkbook(
      lang,
      workbook,
      sampleFill(workbook.lang, workbook.timeZone, currentUser(), today(workbook)),
    );
    markSampleLoading(workbook, false);
    return { message: 'wb.done.sample', workbook };
  }, 'fault.sample.partial');
}
