/**
 * The sidebar's meeting mode: today's meeting, attendance checkboxes saved in one batch write, and a session
 * timer kept in the user's properties, so closing and reopening the sidebar loses nothing.
 */
import * as z from 'zod';
import { markMeeting, mergeAttendance, readAttendance, writeAttendance } from '../adapters/attendance';
import { withDocumentLock } from '../adapters/lock';
import { readTable } from '../adapters/table-io';
import { readMeetings } from '../adapters/workbook-data';
import { daysBetween } from '../core/dates';
import type { Lang } from '../core/i18n/catalog';
import { isSelected } from '../core/member';
import { roleLabel } from '../core/roles';
import { activityLabel } from '../core/services-menu';
import { UserError } from '../core/user-error';
import { MEETINGS_TAB } from '../core/workbook/tabs';
import { defineRpc } from './rpc';
import { openReadyWorkbook, type ReadyWorkbook, rosterCheck, today } from './workbook-session';

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
  return { members: members.filter((m) => isSelected(m.status)), meetings };
}

export const getMeetingView = defineRpc(z.object({}).strict(), (_arg, { readerLang }) => {
  const workbook = openReadyWorkbook(readerLang);
  const { members, meetings } = rosterAndSchedule(workbook, readerLang);
  const grid = readAttendance(workbook.tabs.attendance);
  const date = today(workbook);
  // Today's meeting, else the next one, else the last one.
  const upcoming = meetings.filter((m) => m.date >= date).sort((a, b) => a.date.localeCompare(b.date))[0];
  const suggested = upcoming ?? [...meetings].sort((a, b) => b.date.localeCompare(a.date))[0];
  return {
    today: date,
    suggestedMeetingId: suggested?.id ?? null,
    meetings: meetings.map((m) => ({
      id: m.id,
      date: m.date,
      title: m.title,
      activity: m.activityId ? activityLabel(readerLang, m.activityId) : '',
      daysAway: daysBetween(date, m.date),
    })),
    members: members.map((m) => ({ id: m.id, name: m.name, role: roleLabel(readerLang, m.roles[0]!) })),
    attendance: Object.fromEntries(
      grid.meetingIds.map((meetingId, c) => [
        meetingId,
        grid.memberIds.filter((_, r) => grid.present[r]![c]),
      ]),
    ),
    timer: readTimer(),
    now: Date.now(),
  };
});

const changeSchema = z.object({ memberId: z.string().min(1), present: z.boolean() });

/**
 * Applies the checkbox changes a person made to the grid as it is now, under the lock, so two people marking
 * the same meeting at once both keep their marks.
 */
export const saveAttendance = defineRpc(
  z.object({ meetingId: z.string().min(1), changes: z.array(changeSchema).min(1).max(500) }).strict(),
  ({ meetingId, changes }, { readerLang }) => {
    const workbook = openReadyWorkbook(readerLang);
    return withDocumentLock(() => {
      const sheet = workbook.tabs.attendance;
      let grid = readAttendance(sheet);
      const { members, meetings } = rosterAndSchedule(workbook, readerLang);
      if (!meetings.some((m) => m.id === meetingId)) throw new UserError('meeting.unknown');
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

export const startTimer = defineRpc(z.object({ meetingId: z.string().min(1) }).strict(), ({ meetingId }) => {
  const timer: Timer = { meetingId, startedAt: Date.now() };
  PropertiesService.getUserProperties().setProperty(TIMER_PROPERTY, JSON.stringify(timer));
  return timer;
});

/** Stops the timer and proposes a TA Log entry for the meeting's activity, rounded up to a quarter hour. */
export const stopTimer = defineRpc(z.object({}).strict(), (_arg, { readerLang }) => {
  const timer = readTimer();
  if (!timer) throw new UserError('meeting.noTimer');
  PropertiesService.getUserProperties().deleteProperty(TIMER_PROPERTY);
  const workbook = openReadyWorkbook(readerLang);
  const meeting = rosterAndSchedule(workbook, readerLang).meetings.find((m) => m.id === timer.meetingId);
  const minutes = Math.max(0, Date.now() - timer.startedAt) / 60_000;
  return {
    date: today(workbook),
    activityId: meeting?.activityId ?? 'partners-meetings',
    hours: Math.max(1, Math.ceil(minutes / 15)) / 4,
    note: meeting?.title ?? '',
    minutes: Math.round(minutes),
  };
});
