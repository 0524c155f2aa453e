/**
 * Every function the add-on exposes, registered for the fault sweep (test/integration/fault-sweep.test.ts).
 *
 * HOW TO ADD YOUR OPERATION: append one entry to OPERATIONS below.
 *   - `fn`: the entry function's name (what src/main.ts exports, or a menu item's function);
 *   - `name`: a unique label for the report (register a function twice for two scenarios);
 *   - `kind`: 'write' if it changes the workbook, properties or anything else, 'read' if it must change nothing;
 *   - `scenario(env)`: bring the workbook to where the operation starts, with `env.call(...)` (setup, sample…);
 *   - `arg`: the RPC's argument; the retry sends the same one (include a `requestId` when the RPC takes one);
 *   - `complete(env)`: null when the operation's effect is all there, else what is missing; read the workbook
 *     with `env.rows('taLog')` etc. (rows of cell values, header first) and `env.userProperty(key)`;
 *   - `resumable: true` for a multi-tab job that may stop part-way and is finished by running it again;
 *   - `locale: 'es'` to have the reader's messages checked in Spanish;
 *   - `pending: 'who'` only while an operation is not fault-safe yet: it is listed as not swept.
 * The sweep fails a new export that has no entry here, and every rule it checks is in ./engine.ts.
 */
import type { SweepEnv, SweepOperation } from './engine';
import { DOCUMENT_OPERATIONS } from './operations-documents';
import { INVITATION_OPERATIONS } from './operations-invitations';

const setup = (env: SweepEnv) => env.call('setupWorkspace');
const sample = (env: SweepEnv) => {
  setup(env);
  env.call('loadSampleLea');
};

const NOTE = 'Fault sweep entry';
const ENTRY = {
  date: '2024-05-02',
  activityId: 'case-study',
  hours: 1.25,
  note: NOTE,
  requestId: 'sweep-request-1',
};
/** Rows of a tab whose cells include `value`. */
const rowsWith = (env: SweepEnv, tab: Parameters<SweepEnv['rows']>[0], value: unknown) =>
  env.rows(tab).filter((row) => row.includes(value));

/** The attendance mark of a member at a meeting, by the ids in the grid's first column and headers. */
function mark(env: SweepEnv, memberId: string, meetingId: string): boolean | undefined {
  const grid = env.rows('attendance');
  const column = (grid[0] ?? []).findIndex((h) => String(h).startsWith(`${meetingId} `));
  const row = grid.find((r) => r[0] === memberId);
  return column < 0 || !row ? undefined : row[column] === true;
}

const NEW_MEMBER = 'M-900';
/** A member typed straight into the Partners tab, not yet in the Attendance grid. */
function typeNewMember(env: SweepEnv): void {
  const partners = env.ws.spreadsheet.getSheets().find((s) => s.getName() === 'Partners')!;
  const header = partners.getRange(1, 1, 1, partners.getLastColumn()).getValues()[0]!;
  const row: unknown[] = header.map((h) =>
    h === 'ID' ? NEW_MEMBER : h === 'Name' ? 'Rosa Fault' : h === 'Status' ? 'Accepted' : '',
  );
  const roleColumn = header.findIndex((h) => String(h).startsWith('Role'));
  row[roleColumn] = 'Community Representatives';
  partners.getRange(partners.getLastRow() + 1, 1, 1, row.length).setValues([row]);
}

export const OPERATIONS: SweepOperation[] = [
  {
    fn: 'setupWorkspace',
    name: 'set up workspace',
    kind: 'write',
    resumable: true,
    complete: (env) => (env.rows('taSummary').length > 1 ? null : 'no TA Summary'),
  },
  {
    fn: 'setupWorkspace',
    name: 'set up again over data',
    kind: 'write',
    resumable: true,
    locale: 'es',
    scenario: sample,
  },
  {
    fn: 'loadSampleLea',
    name: 'load sample LEA',
    kind: 'write',
    resumable: true,
    scenario: setup,
    complete: (env) => (env.rows('partners').length > 20 ? null : 'the sample roster is missing'),
  },
  {
    fn: 'logHours',
    name: 'log hours',
    kind: 'write',
    scenario: sample,
    arg: ENTRY,
    complete: (env) =>
      rowsWith(env, 'taLog', NOTE).length === 1 ? null : 'the entry is not in the TA Log once',
  },
  {
    fn: 'undoHours',
    name: 'undo hours',
    kind: 'write',
    locale: 'es',
    scenario: (env) => {
      sample(env);
      env.call('logHours', ENTRY);
    },
    arg: (env: SweepEnv) => ({ id: String(rowsWith(env, 'taLog', NOTE)[0]![0]) }),
    complete: (env) => (rowsWith(env, 'taLog', NOTE).length === 0 ? null : 'the entry is still there'),
  },
  {
    fn: 'saveAttendance',
    name: 'save attendance',
    kind: 'write',
    scenario: sample,
    arg: {
      meetingId: 'MT-006',
      changes: [
        { memberId: 'M-001', present: true },
        { memberId: 'M-002', present: true },
      ],
    },
    complete: (env) =>
      mark(env, 'M-001', 'MT-006') && mark(env, 'M-002', 'MT-006') ? null : 'the marks are not saved',
  },
  {
    fn: 'saveAttendance',
    name: 'save attendance, a new member',
    kind: 'write',
    scenario: (env) => {
      sample(env);
      typeNewMember(env);
    },
    // The grid gains the member's row and the mark in one write, then its checkboxes: it may stop between.
    resumable: true,
    arg: { meetingId: 'MT-001', changes: [{ memberId: NEW_MEMBER, present: true }] },
    complete: (env) => (mark(env, NEW_MEMBER, 'MT-001') ? null : 'the new member’s mark is not saved'),
  },
  {
    fn: 'startTimer',
    name: 'start timer',
    kind: 'write',
    scenario: sample,
    arg: { meetingId: 'MT-006' },
    complete: (env) => (env.userProperty('meeting.timer') ? null : 'no timer'),
  },
  {
    fn: 'stopTimer',
    name: 'stop timer',
    kind: 'write',
    scenario: (env) => {
      sample(env);
      env.call('startTimer', { meetingId: 'MT-006' });
    },
    arg: {},
    // The timer is kept until its TA Log entry is written.
    complete: (env) => (env.userProperty('meeting.timer') ? null : 'the timer was lost before its entry'),
  },
  {
    fn: 'logHours',
    name: 'log the timer’s hours',
    kind: 'write',
    locale: 'es',
    scenario: (env) => {
      sample(env);
      env.call('startTimer', { meetingId: 'MT-006' });
      env.call('stopTimer', {});
    },
    arg: { ...ENTRY, fromTimer: true },
    complete: (env) =>
      rowsWith(env, 'taLog', NOTE).length === 1 ? null : 'the timer’s entry is not in the TA Log once',
  },
  {
    fn: 'selectMemberRow',
    name: 'select a member’s row',
    kind: 'write',
    scenario: sample,
    arg: { row: 3 },
    complete: (env) =>
      env.ws.inspect().spreadsheet.activeRange?.grid.row === 3 ? null : 'row 3 is not selected',
  },
  {
    fn: 'setLanguage',
    name: 'switch language',
    kind: 'write',
    scenario: sample,
    arg: { lang: 'es' },
    complete: (env) => (env.userProperty('lang') === 'es' ? null : 'the language is not saved'),
  },
  { fn: 'getSidebarState', name: 'sidebar state', kind: 'read', scenario: sample, arg: {} },
  { fn: 'getRosterCheck', name: 'roster check', kind: 'read', scenario: sample, arg: {}, locale: 'es' },
  { fn: 'getHours', name: 'hours view', kind: 'read', scenario: sample, arg: {} },
  { fn: 'getMeetingView', name: 'meeting view', kind: 'read', scenario: sample, arg: {} },
  { fn: 'openSidebar', name: 'open sidebar', kind: 'read', scenario: sample },
  { fn: 'openScheduleMeetings', name: 'open sidebar on the series form', kind: 'read', scenario: sample },
  { fn: 'checkInstallation', name: 'check this installation', kind: 'read', scenario: sample, locale: 'es' },
  // A simple trigger's failure is only logged (no one to tell); the menu appears at the next open.
  { fn: 'onOpen', name: 'build the menu', kind: 'read', mayThrow: true },
  { fn: 'onInstall', name: 'install', kind: 'read', mayThrow: true },
  ...INVITATION_OPERATIONS,
  ...DOCUMENT_OPERATIONS,
];
