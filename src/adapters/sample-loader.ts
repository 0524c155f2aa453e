/** Loads the sample LEA into an empty workbook, for demos, the local preview and tests. */

import { t } from '../core/i18n/i18n';
import { UserError } from '../core/user-error';
import { dateCell } from '../core/workbook/cells';
import {
  SAMPLE_ATTENDANCE,
  SAMPLE_SETTINGS,
  sampleLedger,
  sampleMeetings,
  sampleMembers,
} from '../core/workbook/sample-lea';
import { PARTNERS_TAB, TA_LOG_TAB, type TableTab } from '../core/workbook/tabs';
import { markMeeting, readAttendance } from './attendance';
import { ledgerRecord, meetingRecord, memberRecord } from './records';
import { readSettings, readStart, writeSettings } from './start-tab';
import { appendRecords, readTable, records } from './table-io';
import type { Sheet, Workbook } from './workbook';
import { readTables, refreshViews } from './workbook-setup';

/** The sample goes only into a workbook without partners or hours, so nothing of the LEA's is overwritten. */
export function assertNoData(workbook: Workbook): void {
  const hasRows = (sheet: Sheet | undefined, tab: TableTab) =>
    sheet !== undefined && records(readTable(sheet, tab)).length > 0;
  if (hasRows(workbook.tabs.partners, PARTNERS_TAB) || hasRows(workbook.tabs.taLog, TA_LOG_TAB)) {
    throw new UserError('wb.sample.notEmpty');
  }
}

export function loadSample(workbook: Workbook, enteredBy: string): void {
  const { lang } = workbook;
  assertNoData(workbook);
  const before = readTables(workbook);
  const start = workbook.tabs.start!;
  writeSettings(start, readStart(start), {
    ...SAMPLE_SETTINGS,
    leaType: t(lang, `lea.${SAMPLE_SETTINGS.leaType}`),
    indicators: SAMPLE_SETTINGS.indicators.join('; '),
    studentGroupsMostAffected: SAMPLE_SETTINGS.studentGroupsMostAffected.join('; '),
    mouDueDate: dateCell(SAMPLE_SETTINGS.mouDueDate),
    fundedEndDate: dateCell(SAMPLE_SETTINGS.fundedEndDate),
  });
  appendRecords(
    before.partners,
    sampleMembers().map((m) => memberRecord(lang, m)),
  );
  appendRecords(
    before.meetings,
    sampleMeetings().map((m) => meetingRecord(lang, m)),
  );
  appendRecords(
    before.taLog,
    sampleLedger().map((e) => ledgerRecord(lang, { ...e, enteredBy })),
  );
  const parsed = readSettings(start, workbook.timeZone);
  if (!parsed.success) throw new Error('The sample settings do not parse');
  refreshViews(workbook, readTables(workbook), parsed.data);
  const attendance = workbook.tabs.attendance!;
  const grid = readAttendance(attendance);
  for (const [meetingId, present] of Object.entries(SAMPLE_ATTENDANCE))
    markMeeting(attendance, grid, meetingId, new Set(present));
}
