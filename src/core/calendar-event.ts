/**
 * A meeting as a Calendar API v3 event: title, place or video link, start and end in the LEA's time zone (an
 * all-day event when no start time is known), the confirmed members as guests and the agenda attached.
 */
import { addDays } from './dates';
import { clockMinutes, DEFAULT_MEETING_MINUTES, type Meeting } from './meeting';
import { isConfirmed, type Member } from './member';
import { isValidEmail } from './roster';

export interface MeetingEvent {
  summary: string;
  location?: string;
  description?: string;
  start: { date?: string; dateTime?: string; timeZone?: string };
  end: { date?: string; dateTime?: string; timeZone?: string };
  attendees: { email: string; displayName: string }[];
  attachments?: { fileUrl: string; title: string; mimeType: string }[];
  status: 'confirmed';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2024-09-10T18:00:00" from a date and minutes after midnight (past midnight rolls into the next day). */
function localDateTime(date: string, minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  return `${addDays(date, day)}T${pad(Math.floor(rest / 60))}:${pad(rest % 60)}:00`;
}

/**
 * The event id the add-on gives a meeting: the same on every run for the same workbook and meeting, so an insert
 * retried after it took effect fails with 409 instead of making a second event. Calendar ids are base32hex
 * (0-9, a-v); hexadecimal digits are a subset.
 */
export function meetingEventId(spreadsheetId: string, meetingId: string): string {
  return [...`ept/${spreadsheetId}/${meetingId}`]
    .map((c) => c.charCodeAt(0).toString(16).padStart(4, '0'))
    .join('');
}

export function meetingEvent(
  meeting: Meeting,
  members: readonly Member[],
  timeZone: string,
  agenda?: { url: string; title: string },
): MeetingEvent {
  const start = clockMinutes(meeting.startTime);
  const minutes = meeting.minutes ?? DEFAULT_MEETING_MINUTES;
  const guests = members.filter((m) => isConfirmed(m.status) && m.email && isValidEmail(m.email));
  return {
    summary: meeting.title,
    ...(meeting.location ? { location: meeting.location } : {}),
    ...(agenda ? { description: agenda.url } : {}),
    start:
      start === undefined
        ? { date: meeting.date }
        : { dateTime: localDateTime(meeting.date, start), timeZone },
    end:
      start === undefined
        ? { date: addDays(meeting.date, 1) }
        : { dateTime: localDateTime(meeting.date, start + minutes), timeZone },
    attendees: guests.map((m) => ({ email: m.email!, displayName: m.name })),
    ...(agenda
      ? {
          attachments: [
            { fileUrl: agenda.url, title: agenda.title, mimeType: 'application/vnd.google-apps.document' },
          ],
        }
      : {}),
    status: 'confirmed',
  };
}
