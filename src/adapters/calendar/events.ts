/**
 * The Advanced Calendar service (Calendar API v3), events on the user's primary calendar. An event is written
 * under an id the caller chooses, so writing it again updates it: patch when it exists (a deleted event keeps its
 * id and is restored), insert when it does not, and patch after all when an insert that already took effect is
 * retried (409). Guests are emailed only when `notify` is set; without `sendUpdates` the API sends nothing.
 */
import type { MeetingEvent } from '../../core/calendar-event';

const CALENDAR = 'primary';

function status(error: unknown): number | undefined {
  const details = (error as { details?: { code?: number } } | null)?.details;
  return details?.code;
}

function service(): GoogleAppsScript.Calendar {
  if (!Calendar) throw new Error('The Advanced Calendar service is not enabled in appsscript.json.');
  return Calendar;
}

export function writeEvent(id: string, event: MeetingEvent, notify: boolean): void {
  const args = { supportsAttachments: true, ...(notify ? { sendUpdates: 'all' } : {}) };
  const events = service().Events;
  try {
    events.patch(event, CALENDAR, id, args);
    return;
  } catch (error) {
    if (status(error) !== 404) throw error;
  }
  try {
    events.insert({ ...event, id }, CALENDAR, args);
  } catch (error) {
    if (status(error) !== 409) throw error;
    events.patch(event, CALENDAR, id, args);
  }
}
