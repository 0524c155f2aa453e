/** The sidebar's language: from the page (the server's choice by locale or the user's switch), changeable. */
import { type Lang, langFromLocale, type MessageKey, type Translate, t, tKey } from '../src/core/i18n';
import type { TabKey } from '../src/core/workbook/tabs';

let current: Lang = langFromLocale(document.getElementById('app')?.dataset.lang);

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  document.documentElement.lang = next;
}

let tabs: Partial<Record<TabKey, string>> = {};

/** The workbook's tab names, from the server: a message names a tab as the workbook shows it. */
export function setTabNames(names: Record<TabKey, string>): void {
  tabs = names;
}

let cells: Lang | undefined;

/** The workbook's language, from the server: a message names a role or an activity as its cells show it. */
export function setWorkbookLang(next: Lang): void {
  cells = next;
}

/** The language of the workbook's cells (the reader's until the server has answered). */
export function workbookLang(): Lang {
  return cells ?? current;
}

/** A tab's name as the workbook shows it (its title in the reader's language until the server has answered). */
export function tabName(key: TabKey): string {
  return tabs[key] ?? t(current, `wb.tab.${key}`);
}

/** Translates in the current language. */
export const tr: Translate = (key, ...params) => t(current, key, ...params);

/** For a key chosen at run time, e.g. `coverage.${status}`. */
export function trKey(key: string, params?: unknown): string {
  return tKey(current, key as MessageKey, params);
}

/** Language names are shown in their own language, so each reader finds theirs. */
export const AUTONYMS: Record<Lang, string> = { en: 'English', es: 'Español' };
