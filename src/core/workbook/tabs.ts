/**
 * The workbook's layout as data: which tabs exist, their columns in order, what each column accepts and how it
 * is explained. Adapters turn this into Sheets calls; readers use it to map columns by header, so staff may
 * reorder columns or add their own without breaking anything.
 */
import type { Lang, MessageKey } from '../i18n/catalog';
import { t } from '../i18n/i18n';
import { AGENDA_LANGUAGES, MEETING_STATUSES } from '../meeting';
import { AFFILIATIONS, MEMBER_STATUSES, PREFERRED_LANGUAGES } from '../member';
import { ROLE_IDS } from '../roles';
import { ACTIVITY_IDS, CIM_STEPS } from '../services-menu';
import { LEA_TYPES } from '../settings';

/** Bumped whenever the layout changes; setup migrates older workbooks. */
export const TEMPLATE_VERSION = 2;

export const TAB_KEYS = [
  'start',
  'partners',
  'coverage',
  'meetings',
  'attendance',
  'activities',
  'taLog',
  'taSummary',
  'engagement',
] as const;
export type TabKey = (typeof TAB_KEYS)[number];

export type Input =
  | { kind: 'text' }
  | { kind: 'choice'; options: (lang: Lang) => string[] }
  | { kind: 'date' }
  | { kind: 'hours' }
  | { kind: 'money' }
  | { kind: 'checkbox' }
  | { kind: 'email' }
  | { kind: 'url' }
  /** Filled by the add-on (ids, who entered a row, computed cells). */
  | { kind: 'auto' };

/** A column of a table tab; `K` is the tab's column keys, so a misspelt key is a compile error. */
export interface Column<K extends string = string> {
  key: K;
  header: MessageKey;
  note: MessageKey;
  /** Pixels; neighbours share a width where they can, so widths are set with few setColumnWidths runs. */
  width: number;
  input: Input;
}

export interface TableTab<K extends string = string> {
  key: 'partners' | 'meetings' | 'activities' | 'taLog';
  columns: readonly Column<K>[];
}

/** The column keys of a table tab, e.g. ColumnKey<typeof PARTNERS_TAB> is 'id' | 'name' | 'role' | …. */
export type ColumnKey<T> = T extends TableTab<infer K> ? K : never;

/** A row of a table tab as values by column key (the tab's codec: cells ⇄ typed fields). */
export type RowValues<K extends string> = Partial<Record<K, unknown>>;

const table = <K extends string>(key: TableTab['key'], columns: readonly Column<K>[]): TableTab<K> => ({
  key,
  columns,
});

const text: Input = { kind: 'text' };
const auto: Input = { kind: 'auto' };
const choice = (options: (lang: Lang) => string[]): Input => ({ kind: 'choice', options });
const labels =
  <Id extends string | number>(ids: readonly Id[], key: (id: Id) => MessageKey) =>
  (lang: Lang) =>
    ids.map((id) => t(lang, key(id) as 'app.name'));

export const roleLabels = labels(ROLE_IDS, (id) => `role.${id}`);
export const memberStatusLabels = labels(MEMBER_STATUSES, (id) => `status.${id}`);
export const meetingStatusLabels = labels(MEETING_STATUSES, (id) => `meeting.${id}`);
const agendaLanguageLabels = labels(AGENDA_LANGUAGES, (id) => `agenda-lang.${id}`);
export const activityLabels = labels(ACTIVITY_IDS, (id) => `activity.${id}`);
export const stepLabels = labels(CIM_STEPS, (step) => `step.${step}`);
const activityStatusLabels = labels(
  ['not-started', 'in-progress', 'done', 'not-planned'],
  (id) => `wb.activity-status.${id}`,
);

const col = <K extends string>(
  key: K,
  header: MessageKey,
  note: MessageKey,
  width: number,
  input: Input,
): Column<K> => ({
  key,
  header,
  note,
  width,
  input,
});

export const PARTNERS_TAB = table('partners', [
  col('id', 'field.id', 'wb.note.id', 100, auto),
  col('name', 'field.name', 'wb.note.name', 200, text),
  col('role', 'field.roles', 'wb.note.role', 200, choice(roleLabels)),
  col('role2', 'wb.col.role2', 'wb.note.role2', 200, choice(roleLabels)),
  col('otherRole', 'field.otherRole', 'wb.note.otherRole', 200, text),
  col('title', 'field.title', 'wb.note.title', 200, text),
  col('organization', 'field.organization', 'wb.note.organization', 200, text),
  col('email', 'field.email', 'wb.note.email', 200, { kind: 'email' }),
  col('phone', 'field.phone', 'wb.note.phone', 130, text),
  col(
    'preferredLanguage',
    'field.preferredLanguage',
    'wb.note.preferredLanguage',
    130,
    choice(labels(PREFERRED_LANGUAGES, (id) => `lang.${id}`)),
  ),
  col('preferredLanguageOther', 'field.preferredLanguageOther', 'wb.note.preferredLanguageOther', 130, text),
  col('districtEmployee', 'field.districtEmployee', 'wb.note.districtEmployee', 130, { kind: 'checkbox' }),
  col(
    'affiliation',
    'field.affiliation',
    'wb.note.affiliation',
    130,
    choice(labels(AFFILIATIONS, (id) => `affiliation.${id}`)),
  ),
  col('studentGroups', 'field.studentGroups', 'wb.note.studentGroups', 130, text),
  col('gradeLevel', 'field.gradeLevel', 'wb.note.gradeLevel', 130, text),
  col('status', 'field.status', 'wb.note.status', 130, choice(memberStatusLabels)),
  col('invitedOn', 'field.invitedOn', 'wb.note.invitedOn', 130, { kind: 'date' }),
  col('respondedOn', 'field.respondedOn', 'wb.note.respondedOn', 130, { kind: 'date' }),
  col('notes', 'field.notes', 'wb.note.notes', 200, text),
  // Invitations: the add-on fills the code and link; a member's answer fills the rest.
  col('inviteCode', 'field.inviteCode', 'wb.note.inviteCode', 200, auto),
  col('inviteLink', 'field.inviteLink', 'wb.note.inviteLink', 200, auto),
  col('invitationSent', 'wb.col.invitationSent', 'wb.note.invitationSent', 200, auto),
  col('rsvpMeetings', 'field.rsvpMeetings', 'wb.note.rsvpMeetings', 200, text),
  col('supports', 'field.supports', 'wb.note.supports', 200, text),
  col('contactBy', 'field.contactBy', 'wb.note.contactBy', 200, text),
  col('rsvpComments', 'field.rsvpComments', 'wb.note.rsvpComments', 200, text),
]);

export const MEETINGS_TAB = table('meetings', [
  col('id', 'field.id', 'wb.note.id', 100, auto),
  col('date', 'field.date', 'wb.note.meetingDate', 100, { kind: 'date' }),
  col('startTime', 'wb.col.startTime', 'wb.note.startTime', 100, text),
  col('minutes', 'wb.col.minutes', 'wb.note.minutes', 100, text),
  col('title', 'wb.col.title', 'wb.note.meetingTitle', 220, text),
  col('activityId', 'field.activityId', 'wb.note.meetingActivity', 220, choice(activityLabels)),
  col('location', 'wb.col.location', 'wb.note.location', 180, text),
  col('noteTaker', 'wb.col.noteTaker', 'wb.note.noteTaker', 180, text),
  col('agendaLink', 'wb.col.agendaLink', 'wb.note.agendaLink', 180, { kind: 'url' }),
  col('agendaLanguage', 'wb.col.agendaLanguage', 'wb.note.agendaLanguage', 180, choice(agendaLanguageLabels)),
  col('notesLink', 'wb.col.notesLink', 'wb.note.notesLink', 180, { kind: 'url' }),
  col('status', 'field.status', 'wb.note.meetingStatus', 180, choice(meetingStatusLabels)),
  // Added in layout 2's lifetime: setup appends it to existing workbooks.
  col('indicator', 'field.indicator', 'wb.note.meetingIndicator', 180, text),
  col('eventId', 'wb.col.eventId', 'wb.note.eventId', 180, auto),
]);

export const ACTIVITIES_TAB = table('activities', [
  col('step', 'field.step', 'wb.note.step', 240, auto),
  col('activityId', 'field.activityId', 'wb.note.activity', 240, auto),
  col('range', 'wb.col.range', 'wb.note.range', 100, auto),
  col('minHours', 'wb.col.minHours', 'wb.note.minHours', 100, auto),
  col('maxHours', 'wb.col.maxHours', 'wb.note.maxHours', 100, auto),
  col('subtasks', 'wb.col.subtasks', 'wb.note.subtasks', 320, auto),
  col('status', 'field.status', 'wb.note.activityStatus', 120, choice(activityStatusLabels)),
  col('owner', 'wb.col.owner', 'wb.note.owner', 120, text),
  col('dueDate', 'wb.col.dueDate', 'wb.note.dueDate', 120, { kind: 'date' }),
  col('mouHours', 'wb.col.mouHours', 'wb.note.mouHours', 120, { kind: 'hours' }),
  col('loggedHours', 'wb.col.loggedHours', 'wb.note.loggedHours', 120, auto),
  col('evidence', 'wb.col.evidence', 'wb.note.evidence', 120, { kind: 'url' }),
]);

export const TA_LOG_TAB = table('taLog', [
  col('id', 'field.id', 'wb.note.id', 100, auto),
  col('date', 'field.date', 'wb.note.logDate', 100, { kind: 'date' }),
  col('facilitator', 'field.facilitator', 'wb.note.facilitator', 170, text),
  // The dropdown's options come from the settings' indicators, so they are set when settings are known.
  col('indicator', 'field.indicator', 'wb.note.indicator', 170, text),
  col('step', 'field.step', 'wb.note.logStep', 170, choice(stepLabels)),
  col('activityId', 'field.activityId', 'wb.note.logActivity', 240, choice(activityLabels)),
  col('hours', 'field.hours', 'wb.note.hours', 100, { kind: 'hours' }),
  col('note', 'field.note', 'wb.note.logNote', 240, text),
  col('enteredBy', 'wb.col.enteredBy', 'wb.note.enteredBy', 240, auto),
  col('requestId', 'wb.col.requestId', 'wb.note.requestId', 240, auto),
]);

export type PartnersKey = ColumnKey<typeof PARTNERS_TAB>;
export type MeetingsKey = ColumnKey<typeof MEETINGS_TAB>;
export type ActivitiesKey = ColumnKey<typeof ACTIVITIES_TAB>;
export type TaLogKey = ColumnKey<typeof TA_LOG_TAB>;

export const TABLE_TABS: readonly TableTab[] = [PARTNERS_TAB, MEETINGS_TAB, ACTIVITIES_TAB, TA_LOG_TAB];

export function columnIndex<K extends string>(tab: TableTab<K>, key: NoInfer<K>): number {
  const index = tab.columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`No column ${key} in ${tab.key}`);
  return index;
}

/** The Start tab's settings, one per row: the key is the settings field, the label is `field.<key>`. */
export const SETTING_ROWS: readonly { key: string; input: Input; note: MessageKey }[] = [
  { key: 'leaName', input: text, note: 'wb.setting.leaName' },
  { key: 'cdsCode', input: text, note: 'wb.setting.cdsCode' },
  { key: 'cycleYear', input: text, note: 'wb.setting.cycleYear' },
  { key: 'leaType', input: choice(labels(LEA_TYPES, (id) => `lea.${id}`)), note: 'wb.setting.leaType' },
  { key: 'indicators', input: text, note: 'wb.setting.indicators' },
  { key: 'studentGroupsMostAffected', input: text, note: 'wb.setting.studentGroupsMostAffected' },
  { key: 'contactName', input: text, note: 'wb.setting.contactName' },
  { key: 'contactEmail', input: { kind: 'email' }, note: 'wb.setting.contactEmail' },
  { key: 'contactPhone', input: text, note: 'wb.setting.contactPhone' },
  { key: 'taFacilitator', input: text, note: 'wb.setting.taFacilitator' },
  { key: 'hoursPerIndicator', input: { kind: 'hours' }, note: 'wb.setting.hoursPerIndicator' },
  { key: 'hourlyRate', input: { kind: 'money' }, note: 'wb.setting.hourlyRate' },
  { key: 'mouDueDate', input: { kind: 'date' }, note: 'wb.setting.mouDueDate' },
  { key: 'fundedEndDate', input: { kind: 'date' }, note: 'wb.setting.fundedEndDate' },
];
