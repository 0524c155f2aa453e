import { withRetries } from '../adapters/retry';
import { type Lang, t } from '../core/i18n';
import { currentLang } from './locale';
import { tell } from './notify';
import { errorMessage } from './rpc';

export function openSidebar(): void {
  let lang: Lang = 'en';
  try {
    lang = currentLang();
    withRetries(() => {
      const template = HtmlService.createTemplateFromFile('Sidebar');
      template.lang = lang;
      SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(t(lang, 'app.name')));
    });
  } catch (error) {
    tell(lang, errorMessage(lang, error, 'fault.sidebar.unchanged'), false);
  }
}
