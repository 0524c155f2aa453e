/**
 * Agendas, the MOU draft and the group's report: read the workbook, build the core's document model, render it
 * into the Doc registered for that purpose (or a new one), then link it from the sheet. The order makes every
 * step safe to repeat: a Doc is registered before it is filled, and the link is written last.
 */
import { mergeAttendance, readAttendance } from '../adapters/attendance';
import { type DocPurpose, registerDoc, registeredDocId } from '../adapters/doc-registry';
import { createDoc, type Doc, docIdFromUrl, openDoc, renderDoc } from '../adapters/docs/document';
import { readTable, records, type TableSnapshot, updateRecords } from '../adapters/table-io';
import type { Workbook } from '../adapters/workbook';
import { readLedger, readMeetings, readMembers } from '../adapters/workbook-data';
import { ensureHeader } from '../adapters/workbook-setup';
import { agendaWithSignIn, defaultAgendaLanguage } from '../core/docs/agenda';
import type { DocModel } from '../core/docs/document';
import { agreedHours, mouDoc } from '../core/docs/mou-doc';
import { reportDoc } from '../core/docs/report';
import { type Engagement, measureEngagement } from '../core/engagement';
import type { Lang } from '../core/i18n/catalog';
import { summarizeLedger } from '../core/ledger';
import type { AgendaLanguage, Meeting } from '../core/meeting';
import type { Member } from '../core/member';
import type { Settings } from '../core/settings';
import { UserError } from '../core/user-error';
import { ACTIVITIES_TAB, MEETINGS_TAB, PARTNERS_TAB, TA_LOG_TAB } from '../core/workbook/tabs';

export interface GroupWorkbook extends Workbook {
  tabs: Required<Workbook['tabs']>;
}

export interface MadeDoc {
  id: string;
  url: string;
  /** False when an existing Doc was updated in place. */
  created: boolean;
}

/** Fills the Doc registered for the purpose, or a new one when there is none, it is gone, or a new version is asked for. */
function writeDoc(
  purpose: DocPurpose,
  model: DocModel,
  newVersion: boolean,
  knownId?: string,
): { doc: Doc; created: boolean } {
  const existingId = newVersion ? undefined : (knownId ?? registeredDocId(purpose));
  let doc = existingId ? openDoc(existingId) : null;
  const created = doc === null;
  if (!doc) {
    doc = createDoc(model.name);
    registerDoc(purpose, doc.getId());
  }
  renderDoc(doc, model);
  return { doc, created };
}

function members(workbook: GroupWorkbook, settings: Settings, lang: Lang): Member[] {
  return readMembers(readTable(workbook.tabs.partners, PARTNERS_TAB), settings, lang, workbook.timeZone)
    .members;
}

/** The Meetings tab with this layout's columns (older workbooks get the new ones at the end), parsed. */
function meetingsTable(
  workbook: GroupWorkbook,
  lang: Lang,
): { snapshot: TableSnapshot; meetings: Meeting[] } {
  const snapshot = ensureHeader(workbook.tabs.meetings, MEETINGS_TAB, workbook.lang);
  return { snapshot, meetings: readMeetings(snapshot, lang, workbook.timeZone).meetings };
}

export interface AgendaOptions {
  meetingId: string;
  language?: AgendaLanguage;
  newVersion: boolean;
}

/** "Create agenda": the meeting's agenda and sign-in sheet in one Doc, linked from its Meetings row. */
export function createAgenda(
  workbook: GroupWorkbook,
  settings: Settings,
  options: AgendaOptions,
  lang: Lang,
): MadeDoc & { language: AgendaLanguage } {
  const { snapshot, meetings } = meetingsTable(workbook, lang);
  const meeting = meetings.find((m) => m.id === options.meetingId);
  if (!meeting) throw new UserError('meeting.unknown');
  const roster = members(workbook, settings, lang);
  const first = meetings
    .filter((m) => m.status !== 'cancelled')
    .sort((a, b) => a.date.localeCompare(b.date) || (a.row ?? 0) - (b.row ?? 0))[0];
  const language = options.language ?? meeting.agendaLanguage ?? defaultAgendaLanguage(roster);
  const model = agendaWithSignIn(
    { meeting, kickoff: first?.id === meeting.id, settings, members: roster, supports: [] },
    language,
  );
  const { doc, created } = writeDoc(
    `agenda.${meeting.id}`,
    model,
    options.newVersion,
    docIdFromUrl(meeting.agendaLink),
  );
  const url = doc.getUrl();
  if (meeting.agendaLink !== url) updateRecords(snapshot, new Map([[meeting.row!, { agendaLink: url }]]));
  return { id: doc.getId(), url, created, language };
}

/** "MOU draft": the services and hours agreed on the CIM Activities tab, with planMou's figures. */
export function createMouDraft(
  workbook: GroupWorkbook,
  settings: Settings,
  newVersion: boolean,
  docLang: Lang,
): MadeDoc {
  const agreed = agreedHours(
    records(readTable(workbook.tabs.activities, ACTIVITIES_TAB)).map((r) => r.values),
  );
  const { doc: model } = mouDoc(agreed, settings, docLang);
  const { doc, created } = writeDoc('mou', model, newVersion);
  return { id: doc.getId(), url: doc.getUrl(), created };
}

/** Engagement across the meetings held, from the roster, the schedule and the Attendance grid. */
export function workbookEngagement(
  workbook: GroupWorkbook,
  roster: readonly Member[],
  lang: Lang,
): Engagement {
  const { meetings } = meetingsTable(workbook, lang);
  const grid = mergeAttendance(readAttendance(workbook.tabs.attendance), roster, meetings);
  return measureEngagement(roster, meetings, (meetingId) => {
    const column = grid.meetingIds.indexOf(meetingId);
    return new Set(grid.memberIds.filter((_, r) => column >= 0 && grid.present[r]![column]));
  });
}

/** "Group report": who is in the group, coverage, meetings, engagement by group and TA hours, for the state. */
export function createGroupReport(
  workbook: GroupWorkbook,
  settings: Settings,
  today: string,
  newVersion: boolean,
  lang: Lang,
  docLang: Lang,
): MadeDoc {
  const roster = members(workbook, settings, lang);
  const entries = readLedger(readTable(workbook.tabs.taLog, TA_LOG_TAB), lang, workbook.timeZone).entries;
  const model = reportDoc(
    {
      settings,
      members: roster,
      engagement: workbookEngagement(workbook, roster, lang),
      ledger: summarizeLedger(entries, settings, today, lang),
      today,
    },
    docLang,
  );
  const { doc, created } = writeDoc('report', model, newVersion);
  return { id: doc.getId(), url: doc.getUrl(), created };
}
