import { type Lang, langFromLocale } from '../core/i18n';

const LANG_PROPERTY = 'lang';

/** The user's chosen language if they switched it in the sidebar, else their Google account locale. */
export function currentLang(): Lang {
  // Called first by every command, so a service failing here must still leave a language to explain it in.
  try {
    const chosen = PropertiesService.getUserProperties().getProperty(LANG_PROPERTY);
    if (chosen === 'en' || chosen === 'es') return chosen;
  } catch {}
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

export function chooseLang(lang: Lang): void {
  PropertiesService.getUserProperties().setProperty(LANG_PROPERTY, lang);
}
