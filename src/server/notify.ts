import { withRetries } from '../adapters/retry';
import type { Lang } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';

/**
 * A toast for success, an alert for a failure; if showing it fails, once more, then the log. `spreadsheet` is the
 * one the command worked on when it holds it, so the toast costs no call to find it again.
 */
export function tell(
  lang: Lang,
  message: string,
  done: boolean,
  spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet,
): void {
  try {
    withRetries(() => {
      if (done) (spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet()).toast(message, t(lang, 'app.name'));
      else SpreadsheetApp.getUi().alert(message);
    });
  } catch (error) {
    console.error(error);
  }
}
