/** Loads the sample LEA into an empty workbook, for demos, the local preview and tests. */

import type { IsoDate } from '../core/dates';
import type { Lang } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import { parseSettingsRecord } from '../core/settings';
import { UserError } from '../core/user-error';
import { dateCell } from '../core/workbook/cells';
import {
  SAMPLE_ATTENDANCE,
  sampleLedger,
  sampleMeetings,
  sampleMembers,
  sampleSettings,
} from '../core/workbook/sample-lea';
import { PARTNERS_TAB, TA_LOG_TAB, type TableTab } from '../core/workbook/tabs';
import { ledgerRecord, meetingRecord, memberRecord } from './records';
import { readTableValues, records } from './table-io';
import type { Sheet, Workbook } from './workbook';
import type { Fill } from './workbook-setup';

/**
 * The sample goes only into a workbook without partners or hours, so nothing of the LEA's is overwritten; one
 * that already holds the whole sample roster (a load that finished, its answer perhaps lost) is loaded again as
 * a no-op rather than refused. Each tab is read once.
 */
export function sampleTarget(workbook: Workbook): 'empty' | 'loaded' {
  const read = (sheet: Sheet | undefined, tab: TableTab) =>
    sheet ? records(readTableValues(sheet, tab)) : [];
  const partners = read(workbook.tabs.partners, PARTNERS_TAB);
  if (partners.length === 0 && read(workbook.tabs.taLog, TA_LOG_TAB).length === 0) return 'empty';
  const there = new Set(partners.map((r) => `${String(r.values.id)}\n${String(r.values.name)}`));
  if (sampleMembers().every((m) => there.has(`${m.id}\n${m.name}`))) return 'loaded';
  throw new UserError('wb.sample.notEmpty');
}

/**
 * The sample as setup writes it: cells in the workbook's language, dates around `today` (the LEA's day), and the
 * data the views are built from.
 */
export function sampleFill(lang: Lang, timeZone: string, enteredBy: string, today: IsoDate): Fill {
  const SAMPLE_SETTINGS = sampleSettings(today);
  const settings = {
    ...SAMPLE_SETTINGS,
    leaType: t(lang, `lea.${SAMPLE_SETTINGS.leaType}`),
    indicators: SAMPLE_SETTINGS.indicators.join('; '),
    studentGroupsMostAffected: SAMPLE_SETTINGS.studentGroupsMostAffected.join('; '),
  };
  const parsed = parseSettingsRecord({ ...settings, timeZone }, timeZone);
  if (!parsed.success) throw new Error('The sample settings do not parse');
  const members = sampleMembers();
  const meetings = sampleMeetings(today);
  return {
    settingCells: {
      ...settings,
      mouDueDate: dateCell(SAMPLE_SETTINGS.mouDueDate),
      fundedEndDate: dateCell(SAMPLE_SETTINGS.fundedEndDate),
    },
    settings: parsed.data,
    records: {
      partners: members.map((m) => memberRecord(lang, m)),
      meetings: meetings.map((m) => meetingRecord(lang, m)),
      taLog: sampleLedger(today).map((e) => ledgerRecord(lang, { ...e, enteredBy })),
    },
    views: { members, meetings, present: SAMPLE_ATTENDANCE },
  };
}
