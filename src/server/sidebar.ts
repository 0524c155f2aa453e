import { t } from '../core/i18n';
import { currentLang } from './locale';

export function openSidebar(): void {
  const lang = currentLang();
  const template = HtmlService.createTemplateFromFile('Sidebar');
  template.lang = lang;
  SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(t(lang, 'app.name')));
}
