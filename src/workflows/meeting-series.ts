/**
 * "Schedule meetings": adds a series to the Meetings tab and its columns to Attendance. Dates that already hold
 * a meeting are left alone, so running the same request again adds nothing, and a run cut short is completed.
 */
import { mergeAttendance, readAttendance, writeAttendance } from '../adapters/attendance';
import { meetingRecord } from '../adapters/records';
import { appendRecords, readTableValues } from '../adapters/table-io';
import { nextIds, readMeetings, readMembers } from '../adapters/workbook-data';
import { ensureHeader } from '../adapters/workbook-setup';
import type { Lang } from '../core/i18n/catalog';
import { planSeries, type SeriesPlan, type SeriesRequest } from '../core/meeting-series';
import type { Settings } from '../core/settings';
import { MEETINGS_TAB, PARTNERS_TAB } from '../core/workbook/tabs';
import type { GroupWorkbook } from './meeting-docs';

/** What scheduling would do, read only: the series' dates, those to add, the closures skipped, those kept. */
export function previewSeries(workbook: GroupWorkbook, request: SeriesRequest, lang: Lang): SeriesPlan {
  const existing = readMeetings(
    readTableValues(workbook.tabs.meetings, MEETINGS_TAB),
    lang,
    workbook.timeZone,
  ).meetings;
  return planSeries(request, existing);
}

export function scheduleSeries(
  workbook: GroupWorkbook,
  settings: Settings,
  request: SeriesRequest,
  lang: Lang,
): SeriesPlan {
  const snapshot = ensureHeader(workbook.tabs.meetings, MEETINGS_TAB, workbook.lang);
  const existing = readMeetings(snapshot, lang, workbook.timeZone).meetings;
  const plan = planSeries(request, existing);
  const ids = nextIds(
    existing.map((m) => m.id),
    'MT',
    plan.added.length,
  );
  const added = plan.added.map((meeting, i) => ({ ...meeting, id: ids[i]! }));
  appendRecords(
    snapshot,
    added.map((meeting) => meetingRecord(workbook.lang, meeting)),
  );
  const meetings = [...existing, ...added];
  const sheet = workbook.tabs.attendance;
  const previous = readAttendance(sheet);
  if (meetings.some((m) => !previous.meetingIds.includes(m.id))) {
    const members = readMembers(
      readTableValues(workbook.tabs.partners, PARTNERS_TAB),
      settings,
      lang,
      workbook.timeZone,
    );
    writeAttendance(sheet, mergeAttendance(previous, members.members, meetings), workbook.lang, previous);
  }
  return plan;
}
