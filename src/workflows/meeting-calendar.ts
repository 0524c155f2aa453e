/**
 * "Add to calendar": one event per meeting on the user's calendar, the confirmed members as guests and the
 * agenda attached. Each meeting's event id is fixed (kept in the Meetings tab), so running it again updates the
 * same events, and an event that already says what its meeting says is left alone (its guests are not emailed
 * again); the ids are written back after the events, and a run cut short is completed by the next one.
 */
import { readEvent, writeEvent } from '../adapters/calendar/events';
import { updateRecords } from '../adapters/table-io';
import { eventToWrite, meetingEvent, meetingEventId } from '../core/calendar-event';
import type { Lang } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import type { Settings } from '../core/settings';
import { UserError } from '../core/user-error';
import { type GroupWorkbook, meetingsTable, members } from './meeting-docs';

export interface CalendarOptions {
  /** One meeting; without it, every planned meeting. */
  meetingId?: string;
  /** Email the guests an invitation or update (only when the person asks). */
  notify: boolean;
}

export function addToCalendar(
  workbook: GroupWorkbook,
  settings: Settings,
  options: CalendarOptions,
  lang: Lang,
): { events: number; guests: number } {
  const { snapshot, meetings } = meetingsTable(workbook, lang);
  const targets = options.meetingId
    ? meetings.filter((m) => m.id === options.meetingId)
    : meetings.filter((m) => m.status === 'planned');
  if (options.meetingId && targets.length === 0) throw new UserError('meeting.unknown');
  const roster = members(workbook, settings, lang);
  const spreadsheetId = workbook.spreadsheet.getId();
  const updates = new Map<number, Record<string, unknown>>();
  let guests = 0;
  for (const meeting of targets) {
    const id = meeting.eventId || meetingEventId(spreadsheetId, meeting.id);
    const agenda = meeting.agendaLink
      ? { url: meeting.agendaLink, title: t(workbook.lang, 'doc.agenda.title', { title: meeting.title }) }
      : undefined;
    const event = meetingEvent(meeting, roster, workbook.timeZone, agenda);
    guests = event.attendees.length;
    const stored = readEvent(id);
    const write = eventToWrite(stored, event, options.notify);
    if (write) writeEvent(id, write, stored !== null, options.notify);
    if (meeting.eventId !== id) updates.set(meeting.row!, { eventId: id });
  }
  updateRecords(snapshot, updates);
  return { events: targets.length, guests };
}
