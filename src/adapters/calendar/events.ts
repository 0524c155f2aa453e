/**
 * The Advanced Calendar service (Calendar API v3), events on the user's primary calendar, under ids the caller
 * chooses. Guests are emailed only when `notify` is set; without `sendUpdates` the API sends nothing.
 */
import type { MeetingEvent } from '../../core/calendar-event';

const CALENDAR = 'primary';

export type CalendarEvent = GoogleAppsScript.Calendar.Schema.Event;

function status(error: unknown): number | undefined {
  const details = (error as { details?: { code?: number } } | null)?.details;
  return details?.code;
}

function service(): GoogleAppsScript.Calendar {
  if (!Calendar) throw new Error('The Advanced Calendar service is not enabled in appsscript.json.');
  return Calendar;
}

/** The event with that id (a deleted one too: it keeps its id with status "cancelled"), or null. */
export function readEvent(id: string): CalendarEvent | null {
  try {
    return service().Events.get(CALENDAR, id);
  } catch (error) {
    if (status(error) === 404) return null;
    throw error;
  }
}

/**
 * Writes the event under its id: patch when it exists, insert when it does not, and patch after all when an
 * insert that already took effect is retried (409).
 */
export function writeEvent(id: string, event: MeetingEvent, exists: boolean, notify: boolean): void {
  const args = { supportsAttachments: true, ...(notify ? { sendUpdates: 'all' } : {}) };
  const events = service().Events;
  if (exists) {
    events.patch(event, CALENDAR, id, args);
    return;
  }
  try {
    events.insert({ ...event, id }, CALENDAR, args);
  } catch (error) {
    if (status(error) !== 409) throw error;
    events.patch(event, CALENDAR, id, args);
  }
}
