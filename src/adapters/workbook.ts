/**
 * Finds the workbook's tabs by the sheet ids kept in document properties, so a tab a person renames still
 * works. Also where the template version and the workbook's language are kept.
 */
import type { Lang } from '../core/i18n/catalog';
import { LANGS } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import { fold } from '../core/sheet-values';
import { TAB_KEYS, type TabKey } from '../core/workbook/tabs';
import type { ViewLayout } from './workbook-views';

const PROPERTY = {
  sheets: 'workbook.sheets',
  version: 'workbook.version',
  lang: 'workbook.lang',
  views: 'workbook.views',
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
  /** The spreadsheet's sheets as listed on opening, with their ids, so neither is asked for again. */
  sheets: Sheet[];
  sheetIds: Map<Sheet, number>;
  /** Names of those sheets as asked for (see nameOf). */
  sheetNames: Map<Sheet, string>;
  /** Tabs made empty in this execution (inserted, or a new spreadsheet's blank sheet): known without a read. */
  fresh: Set<TabKey>;
  /** Tabs inserted in this execution whose row count was not asked yet (see maxRowsOf). */
  inserted: Set<TabKey>;
  /** The row count Sheets gave the sheets inserted in this execution, once asked of one of them. */
  newSheetRows?: number;
  /** What setup last put on each generated tab besides values (see ViewLayout), kept with the sheet ids. */
  views: Partial<Record<TabKey, ViewLayout>>;
  /** The document properties, so reading and saving them asks for the store once. */
  properties: GoogleAppsScript.Properties.Properties;
  /** The stored properties as read, so saving what is already there costs no call. */
  stored: Record<string, string | undefined>;
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
  const store = PropertiesService.getDocumentProperties();
  const properties = store.getProperties();
  const ids = parseRecord<number>(properties[PROPERTY.sheets]);
  const langProperty = properties[PROPERTY.lang];
  const lang = (LANGS as readonly string[]).includes(langProperty ?? '')
    ? (langProperty as Lang)
    : fallbackLang;
  const sheets = spreadsheet.getSheets();
  const sheetIds = new Map(sheets.map((s) => [s, s.getSheetId()]));
  const byId = new Map([...sheetIds].map(([s, id]) => [id, s]));
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
    sheets,
    sheetIds,
    sheetNames: new Map(),
    fresh: new Set(),
    inserted: new Set(),
    views: parseRecord<ViewLayout>(properties[PROPERTY.views]),
    properties: store,
    stored: properties,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
  };
}

function parseRecord<T>(json: string | undefined): Partial<Record<TabKey, T>> {
  try {
    const parsed: unknown = JSON.parse(json ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Partial<Record<TabKey, T>>) : {};
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

/** A sheet's name, asked of it once per execution (setup's renames update it). */
export function nameOf(workbook: Workbook, sheet: Sheet): string {
  let name = workbook.sheetNames.get(sheet);
  if (name === undefined) {
    name = sheet.getName();
    workbook.sheetNames.set(sheet, name);
  }
  return name;
}

/** Renames a sheet, keeping the name known. */
export function rename(workbook: Workbook, sheet: Sheet, name: string): Sheet {
  workbook.sheetNames.set(sheet, name);
  return sheet.setName(name);
}

/** The tab's current name, asked of the sheet once per execution. */
export function tabName(workbook: Workbook, key: TabKey): string {
  const sheet = workbook.tabs[key];
  if (!sheet) return tabTitle(key, workbook.lang);
  workbook.names[key] ??= nameOf(workbook, sheet);
  return workbook.names[key];
}

export function saveWorkbookProperties(workbook: Workbook, version: number): void {
  // In the layout's order, so the same tabs always give the same text.
  const ids = Object.fromEntries(
    TAB_KEYS.flatMap((key) => {
      const sheet = workbook.tabs[key];
      return sheet ? [[key, workbook.ids[key] ?? workbook.sheetIds.get(sheet) ?? sheet.getSheetId()]] : [];
    }),
  );
  const properties = {
    [PROPERTY.sheets]: JSON.stringify(ids),
    [PROPERTY.version]: String(version),
    [PROPERTY.lang]: workbook.lang,
    [PROPERTY.views]: JSON.stringify(
      Object.fromEntries(
        TAB_KEYS.flatMap((key) => (workbook.views[key] ? [[key, workbook.views[key]]] : [])),
      ),
    ),
  };
  if (Object.entries(properties).every(([key, value]) => workbook.stored[key] === value)) return;
  workbook.properties.setProperties(properties);
}

/** Marks a sample load as under way (before its first write) or finished (after its last). */
export function markSampleLoading(workbook: Workbook, loading: boolean): void {
  if (loading) workbook.properties.setProperty(PROPERTY.sampleLoading, '1');
  else workbook.properties.deleteProperty(PROPERTY.sampleLoading);
}

/**
 * A tab's row count, asked of the sheet, except that every sheet insertSheet makes has the size Sheets gives a
 * new sheet, so among the tabs inserted in this execution it is asked of the first only. Each tab is answered
 * that way once: after that its size is its own (it may have grown).
 */
export function maxRowsOf(workbook: Workbook, key: TabKey): number {
  const sheet = workbook.tabs[key]!;
  if (!workbook.inserted.delete(key)) return sheet.getMaxRows();
  workbook.newSheetRows ??= sheet.getMaxRows();
  return workbook.newSheetRows;
}
