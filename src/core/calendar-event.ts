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
  /** Whether the guests were emailed this version of the event (see eventToWrite). */
  extendedProperties: { private: { guestsTold: 'yes' | 'no' } };
}

/** An event as the Calendar API returns it: the fields the add-on writes, with whatever Google adds. */
export interface StoredEvent {
  summary?: string;
  location?: string;
  description?: string;
  start?: { date?: string; dateTime?: string };
  end?: { date?: string; dateTime?: string };
  attendees?: { email?: string }[];
  attachments?: { fileUrl?: string }[];
  status?: string;
  extendedProperties?: { private?: Record<string, string> };
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
    extendedProperties: { private: { guestsTold: 'no' } },
  };
}

/** A time as the API may echo it: "2024-09-10T18:00:00" and "2024-09-10T18:00:00-07:00" are the same here. */
const when = (t: { date?: string; dateTime?: string } | undefined) =>
  t?.date ?? t?.dateTime?.slice(0, 19) ?? '';
const sorted = (list: (string | undefined)[] | undefined) =>
  (list ?? []).map((s) => (s ?? '').toLowerCase()).sort();

/** Whether the stored event already says what the meeting says (what Google adds, it may keep). */
function sameEvent(stored: StoredEvent, event: MeetingEvent): boolean {
  return (
    (stored.summary ?? '') === event.summary &&
    (stored.location ?? '') === (event.location ?? '') &&
    (stored.description ?? '') === (event.description ?? '') &&
    when(stored.start) === when(event.start) &&
    when(stored.end) === when(event.end) &&
    stored.status === event.status &&
    sorted(stored.attendees?.map((a) => a.email)).join() ===
      sorted(event.attendees.map((a) => a.email)).join() &&
    sorted(stored.attachments?.map((a) => a.fileUrl)).join() ===
      sorted(event.attachments?.map((a) => a.fileUrl)).join()
  );
}

/**
 * What to write for a meeting, or null when the calendar already has it: an event that says the same and whose
 * guests were told when telling them is asked. So running "Add to calendar" again, after a stop or a lost
 * answer, neither changes the event nor emails the guests a second time; the event itself records whether its
 * guests were told, in the same call that told them.
 */
export function eventToWrite(
  stored: StoredEvent | null,
  event: MeetingEvent,
  notify: boolean,
): MeetingEvent | null {
  const same = stored !== null && sameEvent(stored, event);
  const told = same && stored.extendedProperties?.private?.guestsTold === 'yes';
  if (same && (told || !notify)) return null;
  return { ...event, extendedProperties: { private: { guestsTold: notify || told ? 'yes' : 'no' } } };
}
