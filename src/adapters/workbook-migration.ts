/**
 * Template version 1 (before sheet ids and the fuller layout) kept three tabs: "Settings" (label/value rows),
 * "Roster" and "TA Hours". Setup copies their rows into the current tabs, by header, and keeps the old tabs
 * under an archive name, so nothing is lost.
 */
import { t } from '../core/i18n/i18n';
import { fold } from '../core/sheet-values';
import { PARTNERS_TAB, TA_LOG_TAB, type TableTab } from '../core/workbook/tabs';
import { readStart, settingRows, settingsRecord, writeSettings } from './start-tab';
import { appendRecords, findColumns, type TableSnapshot } from './table-io';
import { nameOf, rename, type Sheet, type Workbook } from './workbook';

const LEGACY_VERSION = 1;
const LEGACY_TABS = { settings: 'Settings', roster: 'Roster', hours: 'TA Hours' } as const;
/** Version 1 headers that differ from today's labels. */
const ALIASES: Record<string, string> = { language: 'preferredLanguage', notes: 'notes' };
const LOG_ALIASES: Record<string, string> = { notes: 'note' };

function legacyRecords(
  values: unknown[][],
  tab: TableTab,
  aliases: Record<string, string>,
): Record<string, unknown>[] {
  const header = values[0] ?? [];
  const columns = findColumns(tab, header);
  header.forEach((cell, i) => {
    const alias = aliases[fold(String(cell))];
    if (alias !== undefined && !columns.has(alias)) columns.set(alias, i);
  });
  return values
    .slice(1)
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries([...columns].map(([key, i]) => [key, row[i]])));
}

/**
 * When the spreadsheet holds a version 1 layout: archives its tabs and returns the step that copies their data
 * into the new tabs once those exist. Otherwise returns undefined.
 */
export function migrateLegacy(
  workbook: Workbook,
): ((snapshots: Record<TableTab['key'], TableSnapshot>, start: Sheet) => void) | undefined {
  const find = (name: string) => workbook.sheets.find((s) => fold(nameOf(workbook, s)) === fold(name));
  const found = Object.fromEntries(
    Object.entries(LEGACY_TABS).map(([key, name]) => [key, find(name)]),
  ) as Record<keyof typeof LEGACY_TABS, Sheet | undefined>;
  if (!found.roster && !found.hours) return undefined;
  const read = (sheet: Sheet | undefined) => sheet?.getDataRange().getValues() ?? [];
  const roster = read(found.roster);
  const hours = read(found.hours);
  const settings = read(found.settings);
  for (const [key, sheet] of Object.entries(found)) {
    if (sheet)
      rename(
        workbook,
        sheet,
        t(workbook.lang, 'wb.tab.archive', {
          name: LEGACY_TABS[key as keyof typeof LEGACY_TABS],
          version: LEGACY_VERSION,
        }),
      );
  }
  return (snapshots, start) => {
    appendRecords(snapshots.partners, legacyRecords(roster, PARTNERS_TAB, ALIASES));
    appendRecords(snapshots.taLog, legacyRecords(hours, TA_LOG_TAB, LOG_ALIASES));
    writeSettings(start, readStart(start), settingsRecord({ values: settings, rows: settingRows(settings) }));
  };
}
