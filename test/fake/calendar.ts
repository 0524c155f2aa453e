/**
 * The Advanced Calendar service (Calendar API v3), events only: insert, get and patch on the user's calendars.
 * Modelled on the API reference (developers.google.com/calendar/api/v3/reference/events): a client may choose an
 * event's id (base32hex, 5 to 1024 characters) and inserting an id that exists fails with 409; a deleted event
 * keeps its id with status "cancelled" and patching it restores it; notifications go to guests only when
 * `sendUpdates` says so ("all" or "externalOnly"; absent means none); attachments need `supportsAttachments`.
 */
import type { Expect, NoExtraMembers } from './api-check';
import type { World } from './context';
import { tag } from './recorder';

type Args = Record<string, unknown> | undefined;
type Event = GoogleAppsScript.Calendar.Schema.Event;

export class CalendarModel {
  /** Events by calendar id ("primary" is the user's), then by event id. */
  readonly events = new Map<string, Map<string, Event>>();
  /** Every notification the API would have emailed: which event, why, to whom. */
  readonly notifications: { eventId: string; method: 'insert' | 'patch'; to: string[] }[] = [];

  calendar(id: string): Map<string, Event> {
    let events = this.events.get(id);
    if (!events) {
      events = new Map();
      this.events.set(id, events);
    }
    return events;
  }
}

function apiError(method: string, code: number, message: string): Error {
  const e = new Error(`API call to calendar.events.${method} failed with error: ${message}`);
  e.name = 'GoogleJsonResponseException';
  Object.assign(e, { details: { code, message } });
  return e;
}

const ID = /^[a-v0-9]{5,1024}$/;

function checkAttachments(method: string, resource: Event, args: Args): void {
  if (resource.attachments?.length && args?.supportsAttachments !== true)
    throw apiError(method, 400, 'Attachments require supportsAttachments=true.');
}

export class FakeAdvancedCalendar {
  readonly Events: FakeCalendarEvents;

  constructor(world: World) {
    this.Events = new FakeCalendarEvents(world);
    tag(this, 'Calendar', 'Calendar');
  }
}

export class FakeCalendarEvents {
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
    tag(this, 'Calendar', 'Events');
  }

  #notify(method: 'insert' | 'patch', event: Event, args: Args): void {
    const mode = args?.sendUpdates;
    if (mode !== 'all' && mode !== 'externalOnly') return;
    const to = (event.attendees ?? []).map((a) => a.email ?? '').filter(Boolean);
    this.#world.calendar.notifications.push({ eventId: event.id!, method, to });
  }

  get(calendarId: string, eventId: string): Event {
    const event = this.#world.calendar.calendar(calendarId).get(eventId);
    if (!event) throw apiError('get', 404, 'Not Found');
    return structuredClone(event);
  }
  insert(resource: Event, calendarId: string, optionalArgs?: Args): Event {
    const events = this.#world.calendar.calendar(calendarId);
    if (!resource.start || !resource.end) throw apiError('insert', 400, 'Missing time');
    checkAttachments('insert', resource, optionalArgs);
    const id =
      resource.id ??
      this.#world.ids
        .next('ev')
        .toLowerCase()
        .replace(/[^a-v0-9]/g, '0');
    if (!ID.test(id)) throw apiError('insert', 400, 'Invalid resource id value.');
    if (events.has(id)) throw apiError('insert', 409, 'The requested identifier already exists.');
    const now = this.#world.clock.now().toISOString();
    const event: Event = {
      kind: 'calendar#event',
      status: 'confirmed',
      ...structuredClone(resource),
      id,
      htmlLink: `https://www.google.com/calendar/event?eid=${id}`,
      created: now,
      updated: now,
      sequence: 0,
      organizer: { email: this.#world.userEmail, self: true },
    };
    events.set(id, event);
    this.#notify('insert', event, optionalArgs);
    return structuredClone(event);
  }
  /** Patch semantics: fields given replace the event's; arrays (attendees, attachments) are replaced whole. */
  patch(resource: Event, calendarId: string, eventId: string, optionalArgs?: Args): Event {
    const events = this.#world.calendar.calendar(calendarId);
    const event = events.get(eventId);
    if (!event) throw apiError('patch', 404, 'Not Found');
    checkAttachments('patch', resource, optionalArgs);
    const patched: Event = {
      ...event,
      ...structuredClone(resource),
      id: eventId,
      updated: this.#world.clock.now().toISOString(),
      sequence: (event.sequence ?? 0) + 1,
    };
    events.set(eventId, patched);
    this.#notify('patch', patched, optionalArgs);
    return structuredClone(patched);
  }
}

export type ApiChecks = [
  Expect<NoExtraMembers<FakeAdvancedCalendar, GoogleAppsScript.Calendar>>,
  Expect<NoExtraMembers<FakeCalendarEvents, GoogleAppsScript.Calendar.Collection.EventsCollection>>,
];
