/** What every sidebar call needs: the set-up workbook, today in the LEA's time zone, and who is asking. */

import { readStart, type StartSnapshot, settingsOf } from '../adapters/start-tab';
import { readTableValues, type TableRows } from '../adapters/table-io';
import { openWorkbook, tabName, type Workbook } from '../adapters/workbook';
import { readMembers } from '../adapters/workbook-data';
import { isoDateInZone } from '../core/dates';
import type { Lang } from '../core/i18n/catalog';
import type { Wording } from '../core/i18n/wording';
import type { RosterCheck } from '../core/roster';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { UserError } from '../core/user-error';
import { PARTNERS_TAB, type PartnersKey, TAB_KEYS } from '../core/workbook/tabs';

export interface ReadyWorkbook extends Workbook {
  tabs: Required<Workbook['tabs']>;
}

export function openReadyWorkbook(lang: Lang): ReadyWorkbook {
  const workbook = openWorkbook(lang);
  if (workbook.version === 0 || TAB_KEYS.some((key) => !workbook.tabs[key]))
    throw new UserError('sidebar.noWorkbook');
  return workbook as ReadyWorkbook;
}

/** The settings as typed, or the defaults when the Start tab does not parse (its findings say why). */
export function workbookSettings(
  workbook: ReadyWorkbook,
  start: StartSnapshot = readStart(workbook.tabs.start),
): Settings {
  const parsed = settingsOf(start, workbook.timeZone);
  return parsed.success
    ? { ...parsed.data, timeZone: workbook.timeZone }
    : { ...DEFAULT_SETTINGS, timeZone: workbook.timeZone };
}

/** The Start tab as this call reads it, and its settings: for a call that also writes a links block there. */
export function startSettings(workbook: ReadyWorkbook): { start: StartSnapshot; settings: Settings } {
  const start = readStart(workbook.tabs.start);
  return { start, settings: workbookSettings(workbook, start) };
}

export function today(workbook: Workbook): string {
  return isoDateInZone(new Date(), workbook.timeZone);
}

/** The user's email where Google shares it, else a key stable for this user and script. */
export function currentUser(): string {
  return Session.getActiveUser().getEmail() || Session.getTemporaryActiveUserKey();
}

/** Sentences for this reader, naming tabs, columns and values as this workbook shows them. */
export function wordingFor(workbook: Workbook, readerLang: Lang): Wording {
  return { reader: readerLang, workbook: workbook.lang, tabName: (key) => tabName(workbook, key) };
}

/**
 * The roster as the Partners tab holds it, parsed and checked against the settings; a caller that already read
 * the tab or the settings passes them, so no tab is read twice in one call.
 */
export function rosterCheck(
  workbook: ReadyWorkbook,
  readerLang: Lang,
  partners: TableRows<PartnersKey> = readTableValues(workbook.tabs.partners, PARTNERS_TAB),
  settings: Settings = workbookSettings(workbook),
): RosterCheck {
  return readMembers(partners, settings, wordingFor(workbook, readerLang), workbook.timeZone);
}
