import { withRetries } from '../adapters/retry';
import { type Lang, t } from '../core/i18n';
import { currentLang } from './locale';
import { tell } from './notify';
import { errorMessage } from './rpc';

/** Where the sidebar opens: its first panel, or a section a menu item names (the page reads it at start). */
export type SidebarSection = '' | 'series';

function showSidebar(section: SidebarSection): void {
  let lang: Lang = 'en';
  try {
    lang = currentLang();
    withRetries(() => {
      const template = HtmlService.createTemplateFromFile('Sidebar');
      template.lang = lang;
      template.section = section;
      SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(t(lang, 'app.name')));
    });
  } catch (error) {
    tell(lang, errorMessage(lang, error, 'fault.sidebar.unchanged'), false);
  }
}

export function openSidebar(): void {
  showSidebar('');
}

/** "Schedule meetings…": the sidebar opened on the Meeting panel's series form. */
export function openScheduleMeetings(): void {
  showSidebar('series');
}
