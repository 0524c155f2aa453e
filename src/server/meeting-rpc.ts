/**
 * The sidebar's meeting mode: today's meeting, attendance checkboxes saved in one batch write, walk-ins added to
 * the roster already marked present, and a session timer kept in the user's properties, so closing and reopening
 * the sidebar loses nothing.
 */
import * as z from 'zod/mini';
import {
  markMeeting,
  mergeAttendance,
  presentAt,
  readAttendance,
  writeAttendance,
} from '../adapters/attendance';
import { withDocumentLock } from '../adapters/lock';
import { meetingRecord, memberRecord } from '../adapters/records';
import { appendRecords, readTable, records } from '../adapters/table-io';
import { nextIds, readMeetings } from '../adapters/workbook-data';
import { daysBetween } from '../core/dates';
import { formatPercent } from '../core/docs/report';
import { type Engagement, measureEngagement } from '../core/engagement';
import type { Lang } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import { DEFAULT_MEETING_ACTIVITY, meetingOn, suggestMeeting, timerEntry } from '../core/meeting';
import { isSelected } from '../core/member';
import { roleIdSchema, roleLabel } from '../core/roles';
import { activityLabel } from '../core/services-menu';
import { UserError } from '../core/user-error';
import { MEETINGS_TAB, PARTNERS_TAB } from '../core/workbook/tabs';
import { defineRpc } from './rpc';
import {
  currentUser,
  openReadyWorkbook,
  type ReadyWorkbook,
  rosterCheck,
  today,
  workbookSettings,
} from './workbook-session';

const TIMER_PROPERTY = 'meeting.timer';
const timerSchema = z.object({ meetingId: z.string(), startedAt: z.number() });
type Timer = z.infer<typeof timerSchema>;

function readTimer(): Timer | null {
  const parsed = timerSchema.safeParse(
    JSON.parse(PropertiesService.getUserProperties().getProperty(TIMER_PROPERTY) ?? 'null'),
  );
  return parsed.success ? parsed.data : null;
}

function rosterAndSchedule(workbook: ReadyWorkbook, readerLang: Lang) {
  const members = rosterCheck(workbook, readerLang).members;
  const meetings = readMeetings(
    readTable(workbook.tabs.meetings, MEETINGS_TAB),
    readerLang,
    workbook.timeZone,
  ).meetings;
  return { members, meetings };
}

function meetingView(workbook: ReadyWorkbook, readerLang: Lang) {
  const { members, meetings } = rosterAndSchedule(workbook, readerLang);
  const grid = readAttendance(workbook.tabs.attendance);
  const date = today(workbook);
  const person = (m: (typeof members)[number]) => ({
    id: m.id,
    name: m.name,
    role: roleLabel(readerLang, m.roles[0]!),
    /** Tells apart members with the same name (the row when neither has a title). */
    title: m.title ?? '',
    row: m.row ?? 0,
  });
  return {
    today: date,
    suggestedMeetingId: suggestMeeting(meetings, date)?.id ?? null,
    /** Null when no meeting is scheduled today: the panel offers addTodaysMeeting. */
    todaysMeetingId: meetingOn(meetings, date)?.id ?? null,
    meetings: meetings.map((m) => ({
      id: m.id,
      date: m.date,
      title: m.title,
      activity: m.activityId ? activityLabel(readerLang, m.activityId) : '',
      daysAway: daysBetween(date, m.date),
    })),
    members: members.filter((m) => isSelected(m.status)).map(person),
    /** Declined or withdrawn: shown apart, still markable if they come. */
    notAttending: members.filter((m) => !isSelected(m.status)).map(person),
    attendance: Object.fromEntries(
      grid.meetingIds.map((meetingId, c) => [
        meetingId,
        grid.memberIds.filter((_, r) => grid.present[r]![c]),
      ]),
    ),
    engagement: engagementLines(
      measureEngagement(members, meetings, (id) => presentAt(grid, id)),
      readerLang,
    ),
    timer: readTimer(),
    now: Date.now(),
  };
}

/** One line per stakeholder group: the share of its invited members at each meeting held, oldest first. */
function engagementLines(engagement: Engagement, readerLang: Lang) {
  return engagement.groups
    .filter((g) => g.invited > 0)
    .map((g) => ({
      group: g.group,
      label: t(readerLang, `doc.group.${g.group}`),
      invited: g.invited,
      rates: g.rates.map((rate) => formatPercent(readerLang, rate)),
    }));
}
export type MeetingView = ReturnType<typeof meetingView>;

export const getMeetingView = defineRpc(z.strictObject({}), (_arg, { readerLang }) =>
  meetingView(openReadyWorkbook(readerLang), readerLang),
);

const changeSchema = z.object({ memberId: z.string().check(z.minLength(1)), present: z.boolean() });

/**
 * Applies the checkbox changes a person made to the grid as it is now, under the lock, so two people marking
 * the same meeting at once both keep their marks.
 */
export const saveAttendance = defineRpc(
  z.strictObject({
    meetingId: z.string().check(z.minLength(1)),
    changes: z.array(changeSchema).check(z.minLength(1), z.maxLength(500)),
  }),
  ({ meetingId, changes }, { readerLang }) => {
    const workbook = openReadyWorkbook(readerLang);
    return withDocumentLock(() => {
      const sheet = workbook.tabs.attendance;
      let grid = readAttendance(sheet);
      const { members, meetings } = rosterAndSchedule(workbook, readerLang);
      if (!meetings.some((m) => m.id === meetingId))
        throw new UserError('meeting.unknown', { tab: workbook.tabs.meetings.getName() });
      if (!grid.meetingIds.includes(meetingId) || changes.some((c) => !grid.memberIds.includes(c.memberId))) {
        const previous = grid;
        grid = mergeAttendance(previous, members, meetings);
        writeAttendance(sheet, grid, workbook.lang, previous);
      }
      const column = grid.meetingIds.indexOf(meetingId);
      const present = new Set(grid.memberIds.filter((_, r) => grid.present[r]![column]));
      for (const change of changes) {
        if (change.present) present.add(change.memberId);
        else present.delete(change.memberId);
      }
      markMeeting(sheet, grid, meetingId, present);
      return { meetingId, present: [...present] };
    });
  },
);

/**
 * A person who came without being on the roster: a new Partners row (accepted, with a note saying where they
 * came), then the attendance grid rewritten once with them marked present. Returns the refreshed view.
 */
export const addWalkIn = defineRpc(
  z.strictObject({
    meetingId: z.string().check(z.minLength(1)),
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    role: roleIdSchema,
  }),
  ({ meetingId, name, role }, { readerLang }) => {
    const workbook = openReadyWorkbook(readerLang);
    return withDocumentLock(() => {
      const { meetings } = rosterAndSchedule(workbook, readerLang);
      const meeting = meetings.find((m) => m.id === meetingId);
      if (!meeting) throw new UserError('meeting.unknown', { tab: workbook.tabs.meetings.getName() });
      const partners = readTable(workbook.tabs.partners, PARTNERS_TAB);
      const [id] = nextIds(
        records(partners).map((r) => r.values.id),
        'M',
        1,
      ) as [string];
      appendRecords(partners, [
        memberRecord(workbook.lang, {
          id,
          name,
          roles: [role],
          districtEmployee: false,
          studentGroups: [],
          status: 'accepted',
          notes: t(workbook.lang, 'wb.walkIn.note', { meeting: meeting.title, date: meeting.date }),
        }),
      ]);
      const sheet = workbook.tabs.attendance;
      const previous = readAttendance(sheet);
      const grid = mergeAttendance(previous, rosterAndSchedule(workbook, readerLang).members, meetings);
      grid.present[grid.memberIds.indexOf(id)]![grid.meetingIds.indexOf(meetingId)] = true;
      writeAttendance(sheet, grid, workbook.lang, previous);
      return { memberId: id, view: meetingView(workbook, readerLang) };
    });
  },
);

/** Schedules a meeting for today when there is none, so a session can be timed and attendance kept. */
export const addTodaysMeeting = defineRpc(z.strictObject({}), (_arg, { readerLang }) => {
  const workbook = openReadyWorkbook(readerLang);
  return withDocumentLock(() => {
    const snapshot = readTable(workbook.tabs.meetings, MEETINGS_TAB);
    const date = today(workbook);
    const existing = meetingOn(readMeetings(snapshot, readerLang, workbook.timeZone).meetings, date);
    let meetingId = existing?.id;
    if (!meetingId) {
      [meetingId] = nextIds(
        records(snapshot).map((r) => r.values.id),
        'MT',
        1,
      ) as [string];
      appendRecords(snapshot, [
        meetingRecord(workbook.lang, {
          id: meetingId,
          date,
          title: t(workbook.lang, 'wb.meeting.todayTitle'),
          activityId: DEFAULT_MEETING_ACTIVITY,
          status: 'planned',
        }),
      ]);
    }
    return { meetingId, view: meetingView(workbook, readerLang) };
  });
});

export const startTimer = defineRpc(
  z.strictObject({ meetingId: z.string().check(z.minLength(1)) }),
  ({ meetingId }) => {
    const timer: Timer = { meetingId, startedAt: Date.now() };
    PropertiesService.getUserProperties().setProperty(TIMER_PROPERTY, JSON.stringify(timer));
    return timer;
  },
);

/**
 * Stops the timer and proposes a TA Log entry: the meeting's activity and indicator (shared unless it names
 * one), time rounded up to a quarter hour, and the facilitator (Start tab, else the user).
 */
export const stopTimer = defineRpc(z.strictObject({}), (_arg, { readerLang }) => {
  const timer = readTimer();
  if (!timer) throw new UserError('meeting.noTimer');
  PropertiesService.getUserProperties().deleteProperty(TIMER_PROPERTY);
  const workbook = openReadyWorkbook(readerLang);
  const meeting = rosterAndSchedule(workbook, readerLang).meetings.find((m) => m.id === timer.meetingId);
  const facilitator = workbookSettings(workbook).taFacilitator || currentUser();
  const entry = timerEntry(meeting, Date.now() - timer.startedAt, today(workbook), facilitator);
  return { ...entry, hours: entry.quarterHours / 4 };
});
