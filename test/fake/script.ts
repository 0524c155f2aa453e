import type { Expect, NoExtraMembers } from './api-check';
import type { TriggerModel, World } from './context';
import { raw, tag } from './recorder';
import { enumOf } from './spreadsheet-rules';

const SERVICE = 'ScriptApp';
export const AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
export const AuthorizationStatus = enumOf('REQUIRED', 'NOT_REQUIRED');
export const EventType = enumOf(
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
);
export const TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
export const WeekDay = enumOf('SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY');
export const InstallationSource = enumOf('APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON');

/** https://developers.google.com/apps-script/guides/services/quotas (20 triggers per user per script) */
const MAX_TRIGGERS = 20;

function idOf(container: unknown): string {
  if (typeof container === 'string') return container;
  return (raw(container) as { getId(): string }).getId();
}

function install(world: World, t: Omit<TriggerModel, 'id'>): FakeTrigger {
  if (world.triggers.length >= MAX_TRIGGERS) {
    throw new Error(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  }
  const model = { ...t, id: String(world.ids.number()) };
  world.triggers.push(model);
  return new FakeTrigger(model);
}

export class FakeScriptApp {
  readonly #world: World;
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly InstallationSource = InstallationSource;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;

  constructor(world: World) {
    this.#world = world;
    tag(this, SERVICE, 'ScriptApp');
  }

  deleteTrigger(trigger: FakeTrigger): void {
    const id = raw(trigger).getUniqueId();
    this.#world.triggers = this.#world.triggers.filter((t) => t.id !== id);
  }
  /** With a list of scopes, the info answers which of them the user granted (all, unless the test says). */
  getAuthorizationInfo(_authMode: string, scopes?: string[]): FakeAuthorizationInfo {
    const granted = this.#world.grantedScopes;
    return new FakeAuthorizationInfo(
      (scopes ?? []).filter((s) => granted === undefined || granted.includes(s)),
    );
  }
  getInstallationSource(): string {
    return InstallationSource.NONE;
  }
  getOAuthToken(): string {
    return `ya29.fake-token-for-${this.#world.userEmail}`;
  }
  getProjectTriggers(): FakeTrigger[] {
    return this.#world.triggers.map((t) => new FakeTrigger(t));
  }
  getScriptId(): string {
    return '1FakeScriptId0000000000000000000000000000000000000000000';
  }
  getUserTriggers(container: unknown): FakeTrigger[] {
    const id = idOf(container);
    return this.#world.triggers.filter((t) => t.sourceId === id).map((t) => new FakeTrigger(t));
  }
  newTrigger(functionName: string): FakeTriggerBuilder {
    return new FakeTriggerBuilder(this.#world, functionName);
  }
}

export class FakeAuthorizationInfo {
  readonly #authorized: string[];

  constructor(authorized: string[]) {
    this.#authorized = authorized;
    tag(this, SERVICE, 'AuthorizationInfo');
  }

  getAuthorizationStatus(): string {
    return AuthorizationStatus.NOT_REQUIRED;
  }
  // https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizedScopes()
  getAuthorizedScopes(): string[] {
    return [...this.#authorized];
  }
  getAuthorizationUrl(): string | null {
    return null;
  }
}

export class FakeTrigger {
  readonly #t: TriggerModel;

  constructor(t: TriggerModel) {
    this.#t = t;
    tag(this, SERVICE, 'Trigger');
  }

  getEventType(): string {
    return this.#t.eventType;
  }
  getHandlerFunction(): string {
    return this.#t.handler;
  }
  getTriggerSource(): string {
    return this.#t.source;
  }
  getTriggerSourceId(): string | null {
    return this.#t.sourceId;
  }
  getUniqueId(): string {
    return this.#t.id;
  }
}

export class FakeTriggerBuilder {
  readonly #world: World;
  readonly #handler: string;

  constructor(world: World, handler: string) {
    this.#world = world;
    this.#handler = handler;
    tag(this, SERVICE, 'TriggerBuilder');
  }

  forDocument(document: unknown): FakeContainerTriggerBuilder {
    return new FakeContainerTriggerBuilder(
      this.#world,
      this.#handler,
      'DOCUMENTS',
      idOf(document),
      'DocumentTriggerBuilder',
    );
  }
  forForm(form: unknown): FakeContainerTriggerBuilder {
    return new FakeContainerTriggerBuilder(
      this.#world,
      this.#handler,
      'FORMS',
      idOf(form),
      'FormTriggerBuilder',
    );
  }
  forSpreadsheet(sheet: unknown): FakeContainerTriggerBuilder {
    return new FakeContainerTriggerBuilder(
      this.#world,
      this.#handler,
      'SPREADSHEETS',
      idOf(sheet),
      'SpreadsheetTriggerBuilder',
    );
  }
  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.#world, this.#handler);
  }
}

/** Spreadsheet, form and document trigger builders differ only in which events they offer. */
export class FakeContainerTriggerBuilder {
  readonly #world: World;
  readonly #handler: string;
  readonly #source: TriggerModel['source'];
  readonly #sourceId: string;
  #event: TriggerModel['eventType'] | null = null;

  constructor(world: World, handler: string, source: TriggerModel['source'], sourceId: string, type: string) {
    this.#world = world;
    this.#handler = handler;
    this.#source = source;
    this.#sourceId = sourceId;
    tag(this, SERVICE, type);
  }

  create(): FakeTrigger {
    if (!this.#event) throw new Error('Trigger event type not specified.');
    return install(this.#world, {
      handler: this.#handler,
      eventType: this.#event,
      source: this.#source,
      sourceId: this.#sourceId,
    });
  }
  onChange(): this {
    this.#event = 'ON_CHANGE';
    return this;
  }
  onEdit(): this {
    this.#event = 'ON_EDIT';
    return this;
  }
  onFormSubmit(): this {
    this.#event = 'ON_FORM_SUBMIT';
    return this;
  }
  onOpen(): this {
    this.#event = 'ON_OPEN';
    return this;
  }
}

export class FakeClockTriggerBuilder {
  readonly #world: World;
  readonly #handler: string;
  readonly #clock: Record<string, unknown> = {};

  constructor(world: World, handler: string) {
    this.#world = world;
    this.#handler = handler;
    tag(this, SERVICE, 'ClockTriggerBuilder');
  }

  #set(key: string, value: unknown): this {
    this.#clock[key] = value;
    return this;
  }

  after(durationMilliseconds: number): this {
    return this.#set('after', durationMilliseconds);
  }
  at(date: Date): this {
    return this.#set('at', date);
  }
  atDate(year: number, month: number, day: number): this {
    return this.#set('atDate', [year, month, day]);
  }
  atHour(hour: number): this {
    return this.#set('atHour', hour);
  }
  create(): FakeTrigger {
    return install(this.#world, {
      handler: this.#handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      clock: { ...this.#clock },
    });
  }
  everyDays(n: number): this {
    return this.#set('everyDays', n);
  }
  everyHours(n: number): this {
    return this.#set('everyHours', n);
  }
  /** https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer) */
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n))
      throw new Error('Invalid argument: minutes. Must be one of 1, 5, 10, 15, 30.');
    return this.#set('everyMinutes', n);
  }
  everyWeeks(n: number): this {
    return this.#set('everyWeeks', n);
  }
  inTimezone(timezone: string): this {
    return this.#set('timezone', timezone);
  }
  nearMinute(minute: number): this {
    return this.#set('nearMinute', minute);
  }
  onMonthDay(day: number): this {
    return this.#set('onMonthDay', day);
  }
  onWeekDay(day: string): this {
    return this.#set('onWeekDay', day);
  }
}

type SA = typeof GoogleAppsScript.Script;
/** Members Apps Script has that @types/google-apps-script 2.0.13 does not list yet. */
interface NewerAuthInfo {
  getAuthorizedScopes(): string[];
}
type Common = GoogleAppsScript.Script.SpreadsheetTriggerBuilder &
  GoogleAppsScript.Script.FormTriggerBuilder &
  GoogleAppsScript.Script.DocumentTriggerBuilder;
export type ApiChecks = [
  Expect<NoExtraMembers<FakeScriptApp, GoogleAppsScript.Script.ScriptApp>>,
  Expect<NoExtraMembers<FakeTrigger, GoogleAppsScript.Script.Trigger>>,
  Expect<NoExtraMembers<FakeTriggerBuilder, GoogleAppsScript.Script.TriggerBuilder>>,
  Expect<NoExtraMembers<FakeContainerTriggerBuilder, Common>>,
  Expect<NoExtraMembers<FakeClockTriggerBuilder, GoogleAppsScript.Script.ClockTriggerBuilder>>,
  Expect<NoExtraMembers<FakeAuthorizationInfo, GoogleAppsScript.Script.AuthorizationInfo & NewerAuthInfo>>,
  Expect<NoExtraMembers<typeof AuthMode, SA['AuthMode']>>,
];
