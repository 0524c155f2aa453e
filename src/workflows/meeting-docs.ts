/**
 * Agendas, the MOU draft and the group's report: read the workbook, build the core's document model, render it
 * into the Doc made for that purpose before (or a new one), file it in the group's folder, then link it from the
 * sheet. The order makes every step safe to repeat: a Doc is recorded before it is filled, the link written last.
 */
import { mergeAttendance, presentAt, readAttendance } from '../adapters/attendance';
import { createDoc, type Doc, docIdFromUrl, openDoc, renderDoc } from '../adapters/docs/document';
import { readDocumentRecord, writeDocumentRecord } from '../adapters/document-store';
import { findFileNamed } from '../adapters/drive/drive-files';
import { randomSeed } from '../adapters/platform/random';
import { type StartSnapshot, writeDocLink } from '../adapters/start-tab';
import { readTableValues, records, type TableSnapshot, updateRecords } from '../adapters/table-io';
import type { Workbook } from '../adapters/workbook';
import { readLedger, readMeetings, readMembers } from '../adapters/workbook-data';
import { ensureHeader } from '../adapters/workbook-setup';
import { type AgendaInput, agendaWithSignIn, defaultAgendaLanguage } from '../core/docs/agenda';
import type { DocModel } from '../core/docs/document';
import { agreedHours, mouDoc } from '../core/docs/mou-doc';
import { reportDoc } from '../core/docs/report';
import { type Engagement, measureEngagement } from '../core/engagement';
import { type FileKind, MIME } from '../core/folders';
import { SUPPORTS } from '../core/forms/invitation';
import type { Lang, MessageKey } from '../core/i18n/catalog';
import { summarizeLedger } from '../core/ledger';
import type { AgendaLanguage, Meeting } from '../core/meeting';
import type { Member } from '../core/member';
import { rsvpRow, supportsPerMeeting } from '../core/rsvp';
import type { Settings } from '../core/settings';
import { UserError } from '../core/user-error';
import { ACTIVITIES_TAB, MEETINGS_TAB, PARTNERS_TAB, TA_LOG_TAB } from '../core/workbook/tabs';
import { fileInto } from './folder';

export interface GroupWorkbook extends Workbook {
  tabs: Required<Workbook['tabs']>;
}

export interface MadeDoc {
  id: string;
  url: string;
  /** False when an existing Doc was updated in place. */
  created: boolean;
  /** Said once per workbook while no group folder is chosen: the Doc stays in My Drive. */
  notice: MessageKey | null;
}

/** Which Doc was made for each purpose (an agenda per meeting, the MOU draft, the report), by id. */
const RECORD = 'generatedDocs';
type DocPurpose = `agenda.${string}` | 'mou' | 'report' | 'letters';

/** A record entry for a Doc being made: its provisional name, until its id is known. */
const MAKING = 'making:';

/**
 * The Doc a run stopped while making: DocumentApp.create may have made it without the run learning its id, so
 * the provisional name recorded before the create finds it again.
 */
function docBeingMade(entry: string): Doc | null {
  const found = findFileNamed(entry.slice(MAKING.length), MIME.document);
  return found ? openDoc(found.id) : null;
}

/**
 * Fills the Doc made for the purpose before, or a new one when there is none, it is gone, or a new version is
 * asked for. A new Doc gets a provisional name that is recorded before the create, and its id is recorded
 * right after, so a run cut short at any call is completed by the next one, into the same Doc; filing a Doc
 * already in its folder changes nothing.
 */
export function writeDoc(
  purpose: DocPurpose,
  kind: FileKind,
  model: DocModel,
  newVersion: boolean,
  workbookLang: Lang,
  knownId?: string,
): MadeDoc {
  const record = readDocumentRecord(RECORD);
  const entry = record[purpose];
  // A Doc a stopped run was making comes first: it is the version that run was asked for.
  const making = entry?.startsWith(MAKING) ? entry : undefined;
  const existingId = making || newVersion ? undefined : (knownId ?? entry);
  let doc = making ? docBeingMade(making) : existingId ? openDoc(existingId) : null;
  const created = making !== undefined || doc === null;
  if (!doc) {
    const provisional = making ?? `${MAKING}${model.name} (${randomSeed().slice(0, 8)})`;
    if (provisional !== entry) writeDocumentRecord(RECORD, { ...record, [purpose]: provisional });
    doc = createDoc(provisional.slice(MAKING.length));
  }
  if (entry !== doc.getId()) writeDocumentRecord(RECORD, { ...record, [purpose]: doc.getId() });
  renderDoc(doc, model);
  const filed = fileInto(kind, doc.getId(), workbookLang);
  return { id: doc.getId(), url: filed.url, created, notice: filed.notice };
}

export function members(workbook: GroupWorkbook, settings: Settings, lang: Lang): Member[] {
  return readMembers(readTableValues(workbook.tabs.partners, PARTNERS_TAB), settings, lang, workbook.timeZone)
    .members;
}

/** The Meetings tab with this layout's columns (older workbooks get the new ones at the end), parsed. */
export function meetingsTable(
  workbook: GroupWorkbook,
  lang: Lang,
): { snapshot: TableSnapshot; meetings: Meeting[] } {
  const snapshot = ensureHeader(workbook.tabs.meetings, MEETINGS_TAB, workbook.lang);
  return { snapshot, meetings: readMeetings(snapshot, lang, workbook.timeZone).meetings };
}

/** The supports accepted members asked for (in their RSVP) at a meeting's date, with how many asked. */
function supportsAt(
  rows: readonly { values: Record<string, unknown> }[],
  date: string,
): AgendaInput['supports'] {
  const [at] = supportsPerMeeting(
    rows.map((r) => rsvpRow(r.values)),
    [date],
  );
  return [
    ...SUPPORTS.map((support) => ({ support, count: at!.needs[support] })),
    { support: 'other', count: at!.other },
  ];
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
  if (!meeting) throw new UserError('meeting.unknown', { tab: snapshot.sheet.getName() });
  const partners = readTableValues(workbook.tabs.partners, PARTNERS_TAB);
  const roster = readMembers(partners, settings, lang, workbook.timeZone).members;
  const first = meetings
    .filter((m) => m.status !== 'cancelled')
    .sort((a, b) => a.date.localeCompare(b.date) || (a.row ?? 0) - (b.row ?? 0))[0];
  const language = options.language ?? meeting.agendaLanguage ?? defaultAgendaLanguage(roster);
  const model = agendaWithSignIn(
    {
      meeting,
      kickoff: first?.id === meeting.id,
      settings,
      members: roster,
      supports: supportsAt(records(partners), meeting.date),
    },
    language,
  );
  const made = writeDoc(
    `agenda.${meeting.id}`,
    'agendas',
    model,
    options.newVersion,
    workbook.lang,
    docIdFromUrl(meeting.agendaLink),
  );
  if (meeting.agendaLink !== made.url)
    updateRecords(snapshot, new Map([[meeting.row!, { agendaLink: made.url }]]));
  return { ...made, language };
}

/**
 * "MOU draft": the services and hours agreed on the CIM Activities tab, with planMou's figures; `start` is the
 * Start tab the settings were read from, where the link goes.
 */
export function createMouDraft(
  workbook: GroupWorkbook,
  { settings, start }: { settings: Settings; start: StartSnapshot },
  newVersion: boolean,
  docLang: Lang,
): MadeDoc {
  const agreed = agreedHours(
    records(readTableValues(workbook.tabs.activities, ACTIVITIES_TAB)).map((r) => r.values),
  );
  const { doc: model } = mouDoc(agreed, settings, docLang);
  const made = writeDoc('mou', 'mou', model, newVersion, workbook.lang);
  writeDocLink(workbook.tabs.start, start, workbook.lang, 'mou', made.url);
  return made;
}

/** Engagement across the meetings held, from the roster, the schedule and the Attendance grid. */
function workbookEngagement(workbook: GroupWorkbook, roster: readonly Member[], lang: Lang): Engagement {
  const { meetings } = meetingsTable(workbook, lang);
  const grid = mergeAttendance(readAttendance(workbook.tabs.attendance), roster, meetings);
  return measureEngagement(roster, meetings, (meetingId) => presentAt(grid, meetingId));
}

/**
 * "Group report" (`start` as for the MOU draft): who is in the group, coverage, meetings, engagement by group
 * and TA hours, for the state.
 */
export function createGroupReport(
  workbook: GroupWorkbook,
  { settings, start }: { settings: Settings; start: StartSnapshot },
  today: string,
  newVersion: boolean,
  lang: Lang,
  docLang: Lang,
): MadeDoc {
  const roster = members(workbook, settings, lang);
  const entries = readLedger(
    readTableValues(workbook.tabs.taLog, TA_LOG_TAB),
    lang,
    workbook.timeZone,
  ).entries;
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
  const made = writeDoc('report', 'reports', model, newVersion, workbook.lang);
  writeDocLink(workbook.tabs.start, start, workbook.lang, 'report', made.url);
  return made;
}
