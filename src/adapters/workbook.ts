/**
 * Finds the workbook's tabs by the sheet ids kept in document properties, so a tab a person renames still
 * works. Also where the template version and the workbook's language are kept.
 */
import type { Lang } from '../core/i18n/catalog';
import { LANGS } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import { fold } from '../core/sheet-values';
import { TAB_KEYS, type TabKey } from '../core/workbook/tabs';

const PROPERTY = {
  sheets: 'workbook.sheets',
  version: 'workbook.version',
  lang: 'workbook.lang',
  sampleLoading: 'job.sampleLoading',
} as const;

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Workbook {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** 0 when the spreadsheet was never set up by this add-on. */
  version: number;
  lang: Lang;
  tabs: Partial<Record<TabKey, Sheet>>;
  /** Sheet ids of the tabs found by id, so they are not asked for again. */
  ids: Partial<Record<TabKey, number>>;
  /** Tab names as read or given, so each is asked for once per execution. */
  names: Partial<Record<TabKey, string>>;
  timeZone: string;
  /** A sample load started and not finished: running it again finishes it (the rows it wrote are its own). */
  sampleLoading: boolean;
}

export function tabTitle(key: TabKey, lang: Lang): string {
  return t(lang, `wb.tab.${key}`);
}

/**
 * Each tab's name as it appears in this workbook (a person may have renamed it), else its title in the workbook's
 * language: what a message names, whatever language its reader reads.
 */
export function tabNames(workbook: Workbook): Record<TabKey, string> {
  return Object.fromEntries(
    TAB_KEYS.map((key) => [key, workbook.tabs[key]?.getName() ?? tabTitle(key, workbook.lang)]),
  ) as Record<TabKey, string>;
}

/** Reads the workbook's properties and sheets: a fixed number of calls, whatever the data. */
export function openWorkbook(fallbackLang: Lang): Workbook {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const properties = PropertiesService.getDocumentProperties().getProperties();
  const ids = parseIds(properties[PROPERTY.sheets]);
  const langProperty = properties[PROPERTY.lang];
  const lang = (LANGS as readonly string[]).includes(langProperty ?? '')
    ? (langProperty as Lang)
    : fallbackLang;
  const sheets = spreadsheet.getSheets();
  const byId = new Map(sheets.map((s) => [s.getSheetId(), s]));
  const tabs: Workbook['tabs'] = {};
  const found: Workbook['ids'] = {};
  for (const key of TAB_KEYS) {
    const sheet = ids[key] === undefined ? undefined : byId.get(ids[key]);
    if (sheet) {
      tabs[key] = sheet;
      found[key] = ids[key];
    }
  }
  return {
    spreadsheet,
    version: Number(properties[PROPERTY.version] ?? 0) || 0,
    sampleLoading: properties[PROPERTY.sampleLoading] === '1',
    lang,
    tabs,
    ids: found,
    names: {},
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
  };
}

function parseIds(json: string | undefined): Partial<Record<TabKey, number>> {
  try {
    const parsed: unknown = JSON.parse(json ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Partial<Record<TabKey, number>>) : {};
  } catch {
    return {};
  }
}

/** A sheet whose name is the tab's title in either language, for a tab whose id was lost. */
export function sheetByTitle(
  sheets: readonly { sheet: Sheet; name: string }[],
  key: TabKey,
): { sheet: Sheet; name: string } | undefined {
  const titles = new Set(LANGS.map((lang) => fold(tabTitle(key, lang))));
  return sheets.find((s) => titles.has(fold(s.name)));
}

/** The tab's current name, asked of the sheet once per execution. */
export function tabName(workbook: Workbook, key: TabKey): string {
  const sheet = workbook.tabs[key];
  if (!sheet) return tabTitle(key, workbook.lang);
  workbook.names[key] ??= sheet.getName();
  return workbook.names[key];
}

export function saveWorkbookProperties(workbook: Workbook, version: number): void {
  const ids = Object.fromEntries(
    Object.entries(workbook.tabs).map(([key, sheet]) => [
      key,
      workbook.ids[key as TabKey] ?? sheet.getSheetId(),
    ]),
  );
  PropertiesService.getDocumentProperties().setProperties({
    [PROPERTY.sheets]: JSON.stringify(ids),
    [PROPERTY.version]: String(version),
    [PROPERTY.lang]: workbook.lang,
  });
}

/** The tab, or an error naming it: the caller runs setup first when a tab is missing. */
export function requireTab(workbook: Workbook, key: TabKey): Sheet {
  const sheet = workbook.tabs[key];
  if (!sheet) throw new Error(`The ${tabTitle(key, 'en')} tab is missing: run Set up workspace.`);
  return sheet;
}

/** Marks a sample load as under way (before its first write) or finished (after its last). */
export function markSampleLoading(loading: boolean): void {
  const properties = PropertiesService.getDocumentProperties();
  if (loading) properties.setProperty(PROPERTY.sampleLoading, '1');
  else properties.deleteProperty(PROPERTY.sampleLoading);
}
