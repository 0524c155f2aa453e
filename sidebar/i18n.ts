/** The sidebar's language: from the page (the server's choice by locale or the user's switch), changeable. */
import { type Lang, langFromLocale, type MessageKey, type Translate, t, tKey } from '../src/core/i18n';

let current: Lang = langFromLocale(document.getElementById('app')?.dataset.lang);

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  document.documentElement.lang = next;
}

/** Translates in the current language. */
export const tr: Translate = (key, ...params) => t(current, key, ...params);

/** For a key chosen at run time, e.g. `coverage.${status}`. */
export function trKey(key: string, params?: unknown): string {
  return tKey(current, key as MessageKey, params);
}

/** Language names are shown in their own language, so each reader finds theirs. */
export const AUTONYMS: Record<Lang, string> = { en: 'English', es: 'Español' };
