/**
 * The sidebar's meeting mode: today's meeting, attendance checkboxes saved in one batch write, walk-ins added to
 * the roster already marked present, and a session timer kept in the user's properties, so closing and reopening
 * the sidebar loses nothing.
 */
import * as z from 'zod/mini';
import {
  type AttendanceGrid,
  markMeeting,
  mergeAttendance,
  presentAt,
  readAttendance,
  writeAttendance,
  writeNewRows,
} from '../adapters/attendance';
import { withDocumentLock } from '../adapters/lock';
import { meetingRecord, memberRecord } from '../adapters/records';
import { madeRequests, rememberMade } from '../adapters/requests';
import { appendRecords, readTableValues, records, type TableRows } from '../adapters/table-io';
import { readTimer, saveTimer, type Timer } from '../adapters/timer-store';
import { nextIds, readMeetings } from '../adapters/workbook-data';
import { daysBetween } from '../core/dates';
import { formatPercent } from '../core/docs/report';
import { type Engagement, measureEngagement } from '../core/engagement';
import type { Lang } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import {
  DEFAULT_MEETING_ACTIVITY,
  type Meeting,
  meetingOn,
  suggestMeeting,
  timerEntry,
} from '../core/meeting';
import { isSelected, type Member } from '../core/member';
import { roleIdSchema, roleLabel } from '../core/roles';
import { activityLabel } from '../core/services-menu';
import { UserError } from '../core/user-error';
import { MEETINGS_TAB, type MeetingsKey, PARTNERS_TAB, type PartnersKey } from '../core/workbook/tabs';
import { defineRpc, READ } from './rpc';
import {
  currentUser,
  openReadyWorkbook,
  type ReadyWorkbook,
  rosterCheck,
  today,
  wordingFor,
  workbookSettings,
} from './workbook-session';

/** What the meeting mode shows, each tab read once: the roster, the schedule and the attendance grid. */
interface MeetingData {
  members: readonly Member[];
  meetings: readonly Meeting[];
  grid: AttendanceGrid;
}

function rosterAndSchedule(
  workbook: ReadyWorkbook,
  readerLang: Lang,
  partners?: TableRows<PartnersKey>,
  meetingsTab: TableRows<MeetingsKey> = readTableValues(workbook.tabs.meetings, MEETINGS_TAB),
) {
  const members = rosterCheck(workbook, readerLang, partners).members;
  const meetings = readMeetings(meetingsTab, wordingFor(workbook, readerLang), workbook.timeZone).meetings;
  return { members, meetings };
}

function meetingView(
  workbook: ReadyWorkbook,
  readerLang: Lang,
  { members, meetings, grid }: MeetingData = {
    ...rosterAndSchedule(workbook, readerLang),
    grid: readAttendance(workbook.tabs.attendance),
  },
) {
  const date = today(workbook);
  const person = (m: (typeof members)[number]) => ({
    id: m.id,
    name: m.name,
    /** As the Partners tab shows it, so the facilitator can find the row. */
    role: roleLabel(workbook.lang, m.roles[0]!),
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
      activity: m.activityId ? activityLabel(workbook.lang, m.activityId) : '',
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
    // A stopped timer waits only for its entry: the meeting shows no running timer.
    timer: running(readTimer()),
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

export const getMeetingView = defineRpc(
  z.strictObject({}),
  (_arg, { readerLang }) => meetingView(openReadyWorkbook(readerLang), readerLang),
  READ,
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
  ({ meetingId, changes }, context) => {
    const { readerLang } = context;
    const workbook = openReadyWorkbook(readerLang);
    return withDocumentLock(() => {
      const sheet = workbook.tabs.attendance;
      let grid = readAttendance(sheet);
      const { members, meetings } = rosterAndSchedule(workbook, readerLang);
      if (!meetings.some((m) => m.id === meetingId))
        throw new UserError('meeting.unknown', { tab: workbook.tabs.meetings.getName() });
      const stale =
        !grid.meetingIds.includes(meetingId) || changes.some((c) => !grid.memberIds.includes(c.memberId));
      const previous = grid;
      if (stale) grid = mergeAttendance(previous, members, meetings);
      const unknown = changes.find((c) => !grid.memberIds.includes(c.memberId));
      if (unknown)
        throw new UserError('meeting.unknownMember', {
          id: unknown.memberId.slice(0, 40),
          tab: workbook.tabs.partners.getName(),
        });
      const column = grid.meetingIds.indexOf(meetingId);
      const present = new Set(grid.memberIds.filter((_, r) => grid.present[r]![column]));
      for (const change of changes) {
        if (change.present) present.add(change.memberId);
        else present.delete(change.memberId);
      }
      if (stale) {
        // The marks go into the grid's one rewrite, so the roster's new rows and the marks land together.
        grid.memberIds.forEach((id, r) => {
          grid.present[r]![column] = present.has(id);
        });
        writeAttendance(sheet, grid, workbook.lang, previous);
      } else markMeeting(sheet, grid, meetingId, present);
      context.committed();
      return { meetingId, present: [...present] };
    });
  },
  // Marks are absolute (present or not), so saving the same changes twice is safe.
  { retry: true, unchanged: 'fault.attendance.retry' },
);

/**
 * A person who came without being on the roster: a new Partners row (accepted, with a note saying where they
 * came), then the attendance grid rewritten once with them marked present. Returns the refreshed view. The
 * sidebar keeps the request's id until it is saved: the member id is kept under it before the row is written,
 * so a retried request finds its row and does not add the person twice.
 */
export const addWalkIn = defineRpc(
  z.strictObject({
    meetingId: z.string().check(z.minLength(1)),
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    role: roleIdSchema,
    requestId: z.string().check(z.minLength(8), z.maxLength(64)),
  }),
  ({ meetingId, name, role, requestId }, context) => {
    const { readerLang } = context;
    const workbook = openReadyWorkbook(readerLang);
    return withDocumentLock(() => {
      const partners = readTableValues(workbook.tabs.partners, PARTNERS_TAB);
      const { members, meetings } = rosterAndSchedule(workbook, readerLang, partners);
      const meeting = meetings.find((m) => m.id === meetingId);
      if (!meeting) throw new UserError('meeting.unknown', { tab: workbook.tabs.meetings.getName() });
      const rows = records(partners);
      const made = madeRequests();
      const kept = made[requestId];
      const holder = kept === undefined ? undefined : rows.find((r) => r.values.id === kept);
      const added = holder !== undefined && holder.values.name === name;
      // A retried request keeps its id, unless someone else's row took that id since it was kept.
      const id =
        kept !== undefined && (added || !holder)
          ? kept
          : (nextIds(
              rows.map((r) => r.values.id),
              'M',
              1,
            )[0] as string);
      if (id !== kept) rememberMade(made, requestId, id);
      let roster = members;
      if (!added) {
        const walkIn: Omit<Member, 'row'> = {
          id,
          name,
          roles: [role],
          districtEmployee: false,
          studentGroups: [],
          status: 'accepted',
          notes: t(workbook.lang, 'wb.walkIn.note', { meeting: meeting.title, date: meeting.date }),
        };
        const row = appendRecords(partners, [memberRecord(workbook.lang, walkIn)]);
        // The roster as it now reads, without reading it again.
        roster = [...members, { ...walkIn, row }];
      }
      const sheet = workbook.tabs.attendance;
      const previous = readAttendance(sheet);
      const grid = mergeAttendance(previous, roster, meetings);
      grid.present[grid.memberIds.indexOf(id)]![grid.meetingIds.indexOf(meetingId)] = true;
      writeNewRows(sheet, grid, workbook.lang, previous);
      context.committed();
      return { memberId: id, view: meetingView(workbook, readerLang, { members: roster, meetings, grid }) };
    });
  },
  { retry: true, unchanged: 'fault.walkIn.retry', saved: 'fault.walkIn.saved' },
);

/**
 * Schedules a meeting for today when there is none, so a session can be timed and attendance kept. Safe to
 * run again: a meeting already on today's date is the one.
 */
export const addTodaysMeeting = defineRpc(
  z.strictObject({}),
  (_arg, context) => {
    const { readerLang } = context;
    const workbook = openReadyWorkbook(readerLang);
    return withDocumentLock(() => {
      const snapshot = readTableValues(workbook.tabs.meetings, MEETINGS_TAB);
      const date = today(workbook);
      const { members, meetings: scheduled } = rosterAndSchedule(workbook, readerLang, undefined, snapshot);
      let meetings = scheduled;
      let meetingId = meetingOn(meetings, date)?.id;
      if (!meetingId) {
        [meetingId] = nextIds(
          records(snapshot).map((r) => r.values.id),
          'MT',
          1,
        ) as [string];
        const added: Omit<Meeting, 'row'> = {
          id: meetingId,
          date,
          title: t(workbook.lang, 'wb.meeting.todayTitle'),
          activityId: DEFAULT_MEETING_ACTIVITY,
          status: 'planned',
        };
        const row = appendRecords(snapshot, [meetingRecord(workbook.lang, added)]);
        // The schedule as it now reads, without reading it again.
        meetings = [...meetings, { ...added, row }];
      }
      context.committed();
      const grid = readAttendance(workbook.tabs.attendance);
      return { meetingId, view: meetingView(workbook, readerLang, { members, meetings, grid }) };
    });
  },
  { retry: true, unchanged: 'fault.todaysMeeting.retry', saved: 'fault.todaysMeeting.saved' },
);

function running(timer: Timer | null): Timer | null {
  return timer && timer.stoppedAt === undefined ? timer : null;
}

export const startTimer = defineRpc(
  z.strictObject({ meetingId: z.string().check(z.minLength(1), z.maxLength(100)) }),
  ({ meetingId }) => {
    // Starting again the timer that runs (a retried request) keeps its start.
    const current = running(readTimer());
    if (current?.meetingId === meetingId) return current;
    const timer: Timer = { meetingId, startedAt: Date.now() };
    saveTimer(timer);
    return timer;
  },
  { retry: true, unchanged: 'fault.timer.retry' },
);

/**
 * Stops the timer and proposes a TA Log entry: the meeting's activity and indicator (shared unless it names
 * one), time rounded up to a quarter hour, and the facilitator (Start tab, else the user). The timer is kept,
 * stopped, until the entry is logged (logHours with `fromTimer`); asking again gives the same proposal.
 */
export const stopTimer = defineRpc(
  z.strictObject({}),
  (_arg, { readerLang }) => {
    const timer = readTimer();
    if (!timer) throw new UserError('meeting.noTimer');
    const stoppedAt = timer.stoppedAt ?? Date.now();
    const workbook = openReadyWorkbook(readerLang);
    const meeting = readMeetings(
      readTableValues(workbook.tabs.meetings, MEETINGS_TAB),
      wordingFor(workbook, readerLang),
      workbook.timeZone,
    ).meetings.find((m) => m.id === timer.meetingId);
    const facilitator = workbookSettings(workbook).taFacilitator || currentUser();
    const entry = timerEntry(meeting, stoppedAt - timer.startedAt, today(workbook), facilitator);
    if (timer.stoppedAt === undefined) saveTimer({ ...timer, stoppedAt });
    return { ...entry, hours: entry.quarterHours / 4 };
  },
  { retry: true, unchanged: 'fault.timer.retry' },
);
