/**
 * The fault sweep's registrations for delivery (emails, printed letters) and the generated documents (agendas,
 * the MOU draft, the group's report), the meeting series and the calendar. Spread into OPERATIONS
 * (./operations.ts); how to register: the header of that file. The engine counts what these operations leave
 * outside the workbook too (files with their content, emails, events, notifications), so a second Doc, a second
 * email or a second event after a retry is a failure.
 *
 * The scenarios use a small roster: an operation's calls do not grow with the rows, so five members exercise
 * every kind of call the sample's thirty would, in a fraction of the runs' time.
 */
import type { SweepEnv, SweepOperation } from './engine';

const GROUP_DRIVE = 'Sample USD Shared';

/** A tab's rows keyed by header (rows with an id). */
function byHeader(env: SweepEnv, tab: 'partners' | 'meetings'): Record<string, unknown>[] {
  const [header = [], ...rows] = env.rows(tab);
  return rows
    .filter((r) => r[0] !== '')
    .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}
const partners = (env: SweepEnv) => byHeader(env, 'partners');
const meetings = (env: SweepEnv) => byHeader(env, 'meetings');

const linkFor = (id: string) =>
  `https://docs.google.com/forms/d/e/1FAIpQLSsweep/viewform?usp=pp_url&entry.101=${id}-K7QX`;

/**
 * The sample LEA cut to its first members (two with an email in different languages, one without, one who asked
 * for a letter), with the invitation links "Create or update invitations" would have written, and the group's
 * folder chosen, so each Doc is filed.
 */
function smallGroup(env: SweepEnv): void {
  // The workbook is English; a registration's locale is the reader's, set again after the scenario.
  env.ws.setLocale('en');
  env.call('setupWorkspace');
  env.call('loadSampleLea');
  const sheet = env.ws.spreadsheet.getSheetByName('Partners')!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const keep = 6;
  if (sheet.getLastRow() > keep + 1) sheet.deleteRows(keep + 2, sheet.getLastRow() - keep - 1);
  const rows = sheet.getRange(2, 1, keep, header.length).getValues();
  const column = (name: string) => header.indexOf(name);
  const edited = rows.map((row, i) => {
    const out = [...row];
    out[column('Invitation link')] = linkFor(String(row[0]));
    if (i === 2) out[column('Email')] = '';
    if (i === 3) out[column('Status')] = 'Accepted';
    return out;
  });
  sheet.getRange(2, 1, keep, header.length).setValues(edited);
  const drive = env.ws.addSharedDrive(GROUP_DRIVE);
  const folder = env.ws.addForeignFolder('Educational Partners Group', drive);
  env.ws.pickFolder(folder);
  env.call('setGroupFolder', { folderId: folder });
}

/** The Meetings row of a meeting selected, as a person does before a menu command that acts on it. */
function selectMeeting(env: SweepEnv, meetingId: string): void {
  const sheet = env.ws.spreadsheet.getSheetByName('Meetings')!;
  const row = meetings(env).findIndex((m) => m.ID === meetingId) + 2;
  env.ws.spreadsheet.setActiveSheet(sheet);
  sheet.setActiveRange(sheet.getRange(row, 1));
}

/** Non-trashed Docs whose name starts with `prefix`. */
const docsNamed = (env: SweepEnv, prefix: string) =>
  [...env.ws.drive.items.values()].filter(
    (i) => !i.trashed && i.mimeType === 'application/vnd.google-apps.document' && i.name.startsWith(prefix),
  );

/**
 * Exactly one Doc of that name, rendered to the end (the empty paragraph a cleared body keeps goes last), in a
 * folder of the group's, and linked where the sheet keeps it (`linked`).
 */
function oneDoc(env: SweepEnv, prefix: string, linked?: unknown): string | null {
  const docs = docsNamed(env, prefix);
  if (docs.length !== 1) return `${docs.length} Docs named “${prefix}…”`;
  const doc = docs[0]!;
  const first = env.ws.document(doc.id).body.children[0];
  if (!first || (first.type === 'PARAGRAPH' && first.text === '' && first.children.length === 0))
    return 'the Doc is not finished';
  if (!doc.driveId) return 'the Doc is not filed in the group’s folder';
  if (linked !== undefined && !String(linked).includes(doc.id)) return `the Doc is not linked: ${linked}`;
  return null;
}

/** The members the sending scenario emails: the first with an email and a link. */
function sendable(env: SweepEnv): string[] {
  return partners(env)
    .filter((r) => String(r.Email).includes('@') && r['Invitation link'])
    .slice(0, 3)
    .map((r) => String(r.ID));
}

function sentOnce(env: SweepEnv, ids: readonly string[]): string | null {
  for (const row of partners(env).filter((r) => ids.includes(String(r.ID)))) {
    if (!String(row['Invitation sent']).startsWith('Sent ')) return `${row.ID} is not recorded as sent`;
    const mails = env.ws.outbox.filter((m) => m.to === row.Email).length;
    if (mails !== 1) return `${row.ID} got ${mails} emails`;
  }
  return null;
}

const AGENDA_MEETING = 'MT-001';
const agendaLink = (env: SweepEnv, id = AGENDA_MEETING) => meetings(env).find((m) => m.ID === id)?.Agenda;

const SERIES = {
  startDate: '2024-09-03',
  cadence: 'monthly',
  count: 3,
  startTime: '17:30',
  minutes: 90,
  location: 'Room 12',
  title: 'Sweep series',
  closures: ['2024-10-01'],
};

export const DOCUMENT_OPERATIONS: SweepOperation[] = [
  {
    fn: 'sendInvitations',
    name: 'send invitations',
    kind: 'write',
    // A batch may stop between two members; the sidebar's "Continue sending" sends the same batch again.
    resumable: true,
    scenario: smallGroup,
    arg: (env: SweepEnv) => ({ ids: sendable(env), resend: null }),
    complete: (env) => sentOnce(env, sendable(env)),
  },
  {
    fn: 'planInvitations',
    name: 'plan invitations',
    kind: 'read',
    locale: 'es',
    scenario: smallGroup,
    arg: { audience: { kind: 'unsent' }, resend: false },
  },
  {
    fn: 'makePrintedLetters',
    name: 'printed letters',
    kind: 'write',
    resumable: true,
    scenario: smallGroup,
    arg: { onlySelectedRows: false, newBatch: false },
    complete: (env) => oneDoc(env, 'Invitation letters'),
  },
  {
    fn: 'makePrintedLetters',
    name: 'printed letters re-made in place',
    kind: 'write',
    resumable: true,
    scenario: (env) => {
      smallGroup(env);
      env.call('makePrintedLetters', { onlySelectedRows: false, newBatch: false });
    },
    arg: { onlySelectedRows: false, newBatch: false },
    complete: (env) => oneDoc(env, 'Invitation letters'),
  },
  {
    fn: 'printedLetters',
    name: 'printed letters from the menu',
    kind: 'write',
    resumable: true,
    locale: 'es',
    scenario: smallGroup,
    complete: (env) => oneDoc(env, 'Invitation letters'),
  },
  {
    fn: 'scheduleMeetings',
    name: 'schedule a meeting series',
    kind: 'write',
    resumable: true,
    scenario: smallGroup,
    arg: SERIES,
    complete: (env) => {
      const added = meetings(env).filter((m) => m.Title === SERIES.title);
      if (added.length !== 3) return `${added.length} meetings of the series`;
      const header = env.rows('attendance')[0] ?? [];
      const missing = added.filter((m) => !header.some((h) => String(h).startsWith(`${String(m.ID)} `)));
      return missing.length === 0 ? null : `no Attendance column for ${missing.map((m) => m.ID).join(', ')}`;
    },
  },
  {
    fn: 'makeAgenda',
    name: 'create an agenda',
    kind: 'write',
    resumable: true,
    scenario: smallGroup,
    arg: { meetingId: AGENDA_MEETING, language: 'both-columns' },
    complete: (env) => oneDoc(env, 'Agenda', agendaLink(env)),
  },
  {
    fn: 'makeAgenda',
    name: 're-create an agenda in place',
    kind: 'write',
    resumable: true,
    scenario: (env) => {
      smallGroup(env);
      env.call('makeAgenda', { meetingId: AGENDA_MEETING, language: 'en' });
    },
    arg: { meetingId: AGENDA_MEETING, language: 'es' },
    complete: (env) => oneDoc(env, 'Agenda del', agendaLink(env)),
  },
  {
    fn: 'createAgendaForSelection',
    name: 'create an agenda from the menu',
    kind: 'write',
    resumable: true,
    locale: 'es',
    scenario: (env) => {
      smallGroup(env);
      selectMeeting(env, AGENDA_MEETING);
    },
    complete: (env) => oneDoc(env, 'Agenda', agendaLink(env)),
  },
  {
    fn: 'makeMouDraft',
    name: 'MOU draft',
    kind: 'write',
    resumable: true,
    scenario: smallGroup,
    arg: {},
    complete: (env) => oneDoc(env, 'MOU'),
  },
  {
    fn: 'createMouDraftCommand',
    name: 'MOU draft from the menu',
    kind: 'write',
    resumable: true,
    scenario: smallGroup,
    complete: (env) => oneDoc(env, 'MOU'),
  },
  {
    fn: 'makeGroupReport',
    name: 'group report',
    kind: 'write',
    resumable: true,
    locale: 'es',
    scenario: smallGroup,
    arg: {},
    complete: (env) => oneDoc(env, 'Educational Partners Group report'),
  },
  {
    fn: 'createGroupReportCommand',
    name: 'group report from the menu',
    kind: 'write',
    resumable: true,
    scenario: smallGroup,
    complete: (env) => oneDoc(env, 'Educational Partners Group report'),
  },
  {
    fn: 'addMeetingsToCalendar',
    name: 'add meetings to the calendar, guests told',
    kind: 'write',
    resumable: true,
    scenario: smallGroup,
    arg: { notify: true },
    complete: (env) => {
      const planned = meetings(env).filter((m) => m.Status === 'Planned');
      const events = env.ws.calendar.events.get('primary');
      if (planned.length === 0) return 'no planned meeting';
      return planned.every((m) => events?.has(String(m['Calendar event'])))
        ? null
        : 'a planned meeting has no event';
    },
  },
  {
    fn: 'addSelectionToCalendar',
    name: 'add the selected meeting to the calendar',
    kind: 'write',
    resumable: true,
    scenario: (env) => {
      smallGroup(env);
      env.call('makeAgenda', { meetingId: AGENDA_MEETING, language: 'en' });
      selectMeeting(env, AGENDA_MEETING);
    },
    complete: (env) => {
      const id = meetings(env).find((m) => m.ID === AGENDA_MEETING)?.['Calendar event'];
      return id && env.ws.calendar.events.get('primary')?.has(String(id)) ? null : 'no event';
    },
  },
];
