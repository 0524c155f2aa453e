/**
 * The fault sweep's registrations for meeting mode (walk-ins, today's meeting), the invitation forms, the
 * answers coming back (menu, sidebar and the form-submit trigger) and the group's folder. How to register an
 * operation: the top of ./operations.ts; the rules: ./engine.ts.
 */
import { en } from '../../src/core/i18n/en';
import { es } from '../../src/core/i18n/es';
import { columnIndex, MEETINGS_TAB, PARTNERS_TAB, type PartnersKey } from '../../src/core/workbook/tabs';
import { answer, formModel, memory } from '../fixtures/invitations';
import type { SweepEnv, SweepOperation, TabKey } from './engine';

const sample = (env: SweepEnv) => {
  env.call('setupWorkspace');
  env.call('loadSampleLea');
};
const invited = (env: SweepEnv) => {
  sample(env);
  env.call('createInvitations');
};

/** An invitation code: drawn at random, so a retry draws other codes than a run without a fault. */
const CODE = /(?<![\w-])[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}(?![\w-])/;

/** A tab of the workbook by key, found by the sheet ids the add-on keeps (whatever the workbook's language). */
function sheetOf(env: SweepEnv, tab: TabKey) {
  const ids = JSON.parse(documentProperty(env, 'workbook.sheets') ?? '{}') as Record<string, number>;
  return env.ws.spreadsheet.getSheets().find((s) => s.getSheetId() === ids[tab])!;
}

/** Sets a cell of a row of Meetings, found by the row's ID. */
function setMeeting(env: SweepEnv, id: string, key: 'date' | 'location', value: unknown): void {
  const row = env.rows('meetings').findIndex((r) => r[0] === id);
  sheetOf(env, 'meetings')
    .getRange(row + 1, columnIndex(MEETINGS_TAB, key) + 1)
    .setValue(value);
}

/** A member's row on Partners, by name. */
function member(env: SweepEnv, name: string): unknown[] {
  const row = env.rows('partners').find((r) => r[columnIndex(PARTNERS_TAB, 'name')] === name);
  if (!row) throw new Error(`No member ${name}`);
  return row;
}
const cell = (row: unknown[], key: PartnersKey) => String(row[columnIndex(PARTNERS_TAB, key)] ?? '');

function documentProperty(env: SweepEnv, key: string): string | null {
  const { spreadsheet, properties } = env.ws.inspect();
  return properties.document.get(spreadsheet.id)?.get(key) ?? null;
}

// ---- Meeting mode ----

const WALK_IN = 'Rosa Walk-in';
const walkIns = (env: SweepEnv) => env.rows('partners').filter((r) => r.includes(WALK_IN));

/** Whether the member of that id is marked present at the meeting in the Attendance grid. */
function present(env: SweepEnv, memberId: string, meetingId: string): boolean {
  const grid = env.rows('attendance');
  const column = (grid[0] ?? []).findIndex((h) => String(h).startsWith(`${meetingId} `));
  return column >= 0 && grid.some((r) => r[0] === memberId && r[column] === true);
}

const TODAY = '2024-05-02';
/** The sample's meeting of today moves to tomorrow, so there is no meeting today. */
const noMeetingToday = (env: SweepEnv) => {
  sample(env);
  setMeeting(env, 'MT-004', 'date', new Date('2024-05-03T12:00:00Z'));
};
const meetingsToday = (env: SweepEnv) =>
  env.rows('meetings').filter((r) => {
    const date = r[columnIndex(MEETINGS_TAB, 'date')];
    return date instanceof Date && date.toISOString().startsWith(TODAY);
  }).length;

// ---- Invitations ----

/** Every named member has a code and a link, both forms are remembered and exist, and one trigger serves them. */
function invitationsComplete(env: SweepEnv): string | null {
  const remembered = memory(env).forms ?? {};
  for (const lang of ['en', 'es'] as const) {
    const id = remembered[lang]?.formId;
    if (!id || !env.ws.inspect().forms.has(id)) return `no ${lang} form`;
  }
  const forms = [...env.ws.inspect().drive.items.values()].filter((i) => i.mimeType.endsWith('.form'));
  if (forms.length !== 2) return `${forms.length} forms in Drive`;
  const named = env
    .rows('partners')
    .slice(1)
    .filter((r) => cell(r, 'name') !== '');
  if (
    named.some(
      (r) => !CODE.test(cell(r, 'inviteCode')) || !cell(r, 'inviteLink').includes(cell(r, 'inviteCode')),
    )
  )
    return 'a member has no code or link';
  const triggers = env.ws.inspect().triggers.filter((t) => t.handler === 'onInvitationAnswer');
  return triggers.length === 1 ? null : `${triggers.length} answer triggers`;
}

const NEW_PLACE = 'Library, Room 2';
/** The forms exist; then a meeting moves, so updating them has something to change. */
const invitedThenMoved = (env: SweepEnv) => {
  invited(env);
  setMeeting(env, 'MT-005', 'location', NEW_PLACE);
};
const formsShowNewPlace = (env: SweepEnv) =>
  (['en', 'es'] as const).every((lang) =>
    formModel(env, lang).items.some((i) => i.choices.some((c) => c.value.includes(NEW_PLACE))),
  )
    ? invitationsComplete(env)
    : 'a form does not show the meeting’s new place';

/** Two members who answer, one on each form. */
const MEMBERS = ['María Gómez', 'Dana Whitfield'] as const;
const TAMPERED = ['ZZZZ-ZZZZ', 'YYYY-YYYY'] as const;
/**
 * Answers whose trigger never ran (Google missed it), on each form: a member's (they will come) and one with a
 * code that matches no member. Two of each, so the messages say "answers" as the catalog's patterns do.
 */
const answered = (env: SweepEnv) => {
  invited(env);
  env.ws.execution((g) => {
    const script = g.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    for (const trigger of script.getProjectTriggers()) script.deleteTrigger(trigger);
  });
  (['en', 'es'] as const).forEach((lang, i) => {
    answer(env, lang, { code: TAMPERED[i]!, join: 'yes', comments: 'Changed code' });
    answer(env, lang, {
      code: cell(member(env, MEMBERS[i]!), 'inviteCode'),
      join: 'yes',
      comments: 'Gracias',
    });
  });
};
/** Each member's answer is on their row, and each tampered one is kept once on the Unmatched answers tab. */
function answersApplied(env: SweepEnv): string | null {
  for (const name of MEMBERS) {
    const status = cell(member(env, name), 'status');
    if (status !== en['status.accepted'] && status !== es['status.accepted'])
      return `${name}’s answer is not on their row`;
  }
  const id = memory(env).unmatchedSheetId;
  const rows = env.ws.spreadsheet
    .getSheets()
    .find((s) => s.getSheetId() === id)
    ?.getDataRange()
    .getValues();
  const kept = TAMPERED.map((code) => rows?.filter((r) => r.includes(code)).length ?? 0);
  return kept.every((n) => n === 1) ? null : `the unmatched answers are kept ${kept.join(' and ')} times`;
}

// ---- The group's folder ----

const GROUP = 'Educational Partners Group';
/** The LEA's shared drive holds the group's folder, made by someone else; the user picked it with Picker. */
const folderPicked = (env: SweepEnv) => {
  sample(env);
  const sharedDrive = env.ws.addSharedDrive('Sample USD Shared Drive');
  env.ws.pickFolder(env.ws.addForeignFolder(GROUP, sharedDrive));
};
const groupFolderId = (env: SweepEnv) =>
  [...env.ws.inspect().drive.items.values()].find((i) => i.name === GROUP)!.id;
const folderChosen = (env: SweepEnv) => {
  folderPicked(env);
  env.call('setGroupFolder', { folderId: groupFolderId(env) });
};
/** The deployer's Picker settings (README, deploy steps). */
const pickerConfigured = (env: SweepEnv) => {
  sample(env);
  env.ws.execution((g) =>
    (g.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
      .getScriptProperties()
      .setProperties({ PICKER_PROJECT_NUMBER: '123456789012', PICKER_API_KEY: 'AIza-sweep-key' }),
  );
};
/** Both forms sit in the Forms subfolder of the group's folder. */
function formsFiled(env: SweepEnv): string | null {
  const { drive } = env.ws.inspect();
  const group = groupFolderId(env);
  const filed = (['en', 'es'] as const).every((lang) => {
    const form = drive.get(memory(env).forms?.[lang]?.formId ?? '');
    return form !== undefined && drive.get(form.parents[0]!)?.parents[0] === group;
  });
  return filed ? invitationsComplete(env) : 'a form is not in the group’s folder';
}

export const INVITATION_OPERATIONS: SweepOperation[] = [
  {
    fn: 'addWalkIn',
    name: 'add a walk-in',
    kind: 'write',
    scenario: sample,
    arg: { meetingId: 'MT-004', name: WALK_IN, role: 'parent-guardian', requestId: 'sweep-walk-in-1' },
    // The Partners row and the attendance mark are two writes; the same request again completes it.
    resumable: true,
    complete: (env) => {
      const rows = walkIns(env);
      if (rows.length !== 1) return `the walk-in is on the roster ${rows.length} times`;
      return present(env, String(rows[0]![0]), 'MT-004') ? null : 'the walk-in is not marked present';
    },
  },
  {
    fn: 'addTodaysMeeting',
    name: 'add today’s meeting',
    kind: 'write',
    locale: 'es',
    scenario: noMeetingToday,
    arg: {},
    complete: (env) => (meetingsToday(env) === 1 ? null : `${meetingsToday(env)} meetings today`),
  },
  {
    fn: 'createInvitations',
    name: 'create invitations',
    kind: 'write',
    resumable: true,
    scenario: sample,
    random: CODE,
    complete: invitationsComplete,
  },
  {
    fn: 'createInvitations',
    name: 'create invitations into the group’s folder',
    kind: 'write',
    resumable: true,
    locale: 'es',
    scenario: folderChosen,
    random: CODE,
    complete: formsFiled,
  },
  {
    fn: 'updateInvitations',
    name: 'update invitations',
    kind: 'write',
    resumable: true,
    locale: 'es',
    scenario: invitedThenMoved,
    arg: {},
    random: CODE,
    complete: formsShowNewPlace,
  },
  {
    fn: 'syncAnswers',
    name: 'sync answers',
    kind: 'write',
    resumable: true,
    scenario: answered,
    complete: answersApplied,
  },
  {
    fn: 'syncInvitationAnswers',
    name: 'sync answers from the sidebar',
    kind: 'write',
    resumable: true,
    locale: 'es',
    scenario: answered,
    arg: {},
    complete: answersApplied,
  },
  {
    fn: 'onInvitationAnswer',
    name: 'an answer’s trigger',
    kind: 'write',
    // Apps Script only logs a trigger's failure; Google may run it again, and Sync answers completes it.
    mayThrow: true,
    resumable: true,
    scenario: answered,
    event: (env) => env.ws.formSubmitEvent(memory(env).forms.es.formId),
    complete: answersApplied,
  },
  { fn: 'getInvitations', name: 'invitations view', kind: 'read', scenario: answered, arg: {} },
  {
    fn: 'getInvitations',
    name: 'invitations view (es)',
    kind: 'read',
    scenario: answered,
    arg: {},
    locale: 'es',
  },
  {
    fn: 'getPickerConfig',
    name: 'folder picker settings',
    kind: 'read',
    scenario: pickerConfigured,
    arg: {},
  },
  {
    fn: 'chooseFolder',
    name: 'open the folder picker',
    kind: 'read',
    scenario: pickerConfigured,
    locale: 'es',
  },
  {
    fn: 'setGroupFolder',
    name: 'choose the group’s folder',
    kind: 'write',
    scenario: folderPicked,
    arg: (env: SweepEnv) => ({ folderId: groupFolderId(env) }),
    complete: (env) =>
      JSON.parse(documentProperty(env, 'groupFolder') ?? '{}').id === groupFolderId(env)
        ? null
        : 'the folder is not remembered',
  },
];
