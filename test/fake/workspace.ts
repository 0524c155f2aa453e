import { CalendarModel, FakeAdvancedCalendar } from './calendar';
import type { CallEntry, CallLog } from './call-log';
import { ChartHiddenDimensionStrategy, ChartMergeStrategy, ChartType } from './charts';
import { type CellValue, Clock, type FormulaEvaluator, Ids, type SentMail, type World } from './context';
import {
  copyDocumentModel,
  createDocumentModel,
  type DocumentModel,
  FakeDocumentApp,
  MIME_DOCUMENT,
} from './document';
import { DriveModel as Drive, type DriveModel, FakeAdvancedDrive, FakeDriveApp, MIME_FOLDER } from './drive';
import {
  copyFormModel,
  createFormModel,
  destinationOf,
  FakeForm,
  FakeFormApp,
  FakeFormResponse,
  type FormModel,
  MIME_FORM,
  recordResponse,
} from './forms';
import { FakeHtmlService } from './html';
import { type AuthModeName, type FailureOptions, Recorder, raw } from './recorder';
import { FakeScriptApp } from './script';
import {
  FakeCacheService,
  FakeConsole,
  FakeLockService,
  FakeLogger,
  FakeMailApp,
  FakePropertiesService,
  FakeSession,
  FakeUtilities,
} from './services';
import { deepClone, restoreInto } from './snapshot';
import {
  copySpreadsheetModel,
  createSpreadsheetModel,
  type FakeRange,
  FakeSpreadsheet,
  FakeSpreadsheetApp,
  MIME_SPREADSHEET,
  type SpreadsheetModel,
} from './spreadsheet';
import { emptyUiRecord, type UiRecord } from './ui';

export interface WorkspaceOptions {
  /** The user's language as Session.getActiveUserLocale() reports it ("en", "es"). */
  locale?: string;
  userEmail?: string;
  timeZone?: string;
  authMode?: AuthModeName;
  /** The organization lets forms take answers from people outside it (default true). */
  outsideRespondersAllowed?: boolean;
  /** Recipients MailApp may still send to today (consumer accounts get 100). */
  mailQuota?: number;
  now?: () => Date;
  /** Project HTML files by name, without ".html": `{ Sidebar: '<html>…' }`. */
  files?: Record<string, string>;
  /** Name of the active (bound) spreadsheet. */
  spreadsheetName?: string;
  /** Puts the active spreadsheet in a shared drive of this name, as an LEA's workbook would be. */
  sharedDrive?: string;
  formulaEvaluator?: FormulaEvaluator;
  /**
   * Rows a new sheet gets (Sheets gives 1000). A smaller grid keeps a test that runs an operation hundreds of
   * times fast; the add-on grows a sheet when it needs more rows either way.
   */
  newSheetRows?: number;
  /** The scopes the user granted (default: every scope the script asks about). */
  grantedScopes?: string[];
}

/** One simulated script execution: its own globals and its own lock ownership. */
export interface Execution {
  id: number;
  globals: Record<string, unknown>;
  /** Ends the execution, releasing its locks as Apps Script does when a script finishes. */
  end(): void;
}

/** Answers by question title (or item id): strings, or string arrays for checkbox questions. */
export type FormAnswers = Record<string, string | string[]>;

export interface Workspace {
  /** Globals of the default execution (id 0), to install into a sandbox. */
  globals: Record<string, unknown>;
  calls: CallLog;
  /** The active spreadsheet, unrecorded: for seeding and assertions. */
  spreadsheet: FakeSpreadsheet;
  ui: UiRecord;
  outbox: SentMail[];
  logs: string[];
  drive: DriveModel;
  /** Calendar events and the notifications they sent (the Advanced Calendar service). */
  calendar: CalendarModel;
  failCall(
    predicate: (c: CallEntry) => boolean,
    nth: number,
    error: Error | ((c: CallEntry) => Error),
    options?: FailureOptions,
  ): void;
  /** Drops scheduled failures and ends an outage. */
  clearFailures(): void;
  /**
   * Saves every file, property, lock, trigger, message and log line; the returned function puts them back
   * (the call log keeps growing: use `calls.mark()`). Scheduled failures are cleared on restore.
   */
  snapshot(): () => void;
  /** The active spreadsheet's model and the property stores, unrecorded: for fast whole-state comparisons. */
  inspect(): {
    spreadsheet: SpreadsheetModel;
    properties: World['properties'];
    forms: World['forms'];
    drive: DriveModel;
    triggers: World['triggers'];
  };
  setAuthMode(mode: AuthModeName): void;
  /** The user's locale from now on, as Session.getActiveUserLocale() reports it. */
  setLocale(locale: string): void;
  startExecution(): Execution;
  /** Runs fn with a fresh execution's globals, then ends the execution. */
  execution<T>(fn: (globals: Record<string, unknown>) => T): T;
  /** Ends an execution by id (0 is the default one), releasing its locks. */
  endExecution(id: number): void;
  /** Where template scriptlets and trigger handlers find script functions (e.g. the vm sandbox's global). */
  setScriptScope(scope: Record<string, unknown>): void;
  /** Runs a script function by name in a new execution, with that execution's globals swapped into the scope. */
  runFunction(name: string, event?: unknown): unknown;
  /** Submits a response as a respondent would, writes the destination row, runs onFormSubmit triggers. */
  /** `signedIn: false` answers as a family without a Google account would. */
  fireFormSubmit(form: unknown, answers: FormAnswers, options?: { email?: string; signedIn?: boolean }): void;
  /**
   * The event a spreadsheet form-submit trigger gets for an answer already on the form's response tab (its last
   * row unless `row`): to run the trigger for an answer whose trigger was missed, or again as Google may.
   */
  formSubmitEvent(formId: string, row?: number): Record<string, unknown>;
  setFormulaEvaluator(evaluator: FormulaEvaluator): void;
  /** Reads of cells holding exactly this formula return `value`. */
  setFormulaValue(formula: string, value: CellValue): void;
  addSharedDrive(name: string): string;
  /**
   * A folder someone else made in a shared drive (the LEA's group folder): the add-on cannot see it under
   * drive.file until the user picks it (`pickFolder`).
   */
  addForeignFolder(name: string, sharedDriveId: string): string;
  /** What Google Picker does when the user picks an item: grants the add-on drive.file access to it. */
  pickFolder(id: string): void;
  advanceTime(ms: number): void;
  /** The workspace clock's time: `options.now` (or the real time) plus every advanceTime. */
  now(): Date;
  /** The user's answer to the next alert or prompt (default: the first button, empty text). */
  respondToNextDialog(response: { button?: string; text?: string }): void;
  spreadsheetById(id: string): FakeSpreadsheet;
  document(id: string): DocumentModel;
  form(id: string): FormModel;
}

/** The parts of the world an execution can change (the rest is configuration or the recorder). */
const SNAPSHOT_KEYS = [
  'spreadsheets',
  'documents',
  'forms',
  'drive',
  'ui',
  'properties',
  'caches',
  'locks',
  'triggers',
  'outbox',
  'logs',
  'calendar',
] as const satisfies readonly (keyof World)[];

function pick<T extends object, K extends keyof T>(obj: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, obj[k]])) as Pick<T, K>;
}

/** Base.MimeType values the add-on may use. */
const MimeType = Object.freeze({
  GOOGLE_SHEETS: MIME_SPREADSHEET,
  GOOGLE_DOCS: MIME_DOCUMENT,
  GOOGLE_FORMS: MIME_FORM,
  FOLDER: MIME_FOLDER,
  PDF: 'application/pdf',
  PLAIN_TEXT: 'text/plain',
  HTML: 'text/html',
  CSV: 'text/csv',
});

export function createWorkspace(options: WorkspaceOptions = {}): Workspace {
  const recorder = new Recorder();
  recorder.authMode = options.authMode ?? 'FULL';
  const clock = new Clock(options.now);
  const ids = new Ids();
  const userEmail = options.userEmail ?? 'coordinator@district.k12.ca.us';
  const formulaValues = new Map<string, CellValue>();
  const world: World = {
    recorder,
    clock,
    ids,
    locale: options.locale ?? 'en',
    timeZone: options.timeZone ?? 'America/Los_Angeles',
    userEmail,
    workspaceDomain: !/@gmail\.com$/i.test(userEmail),
    outsideRespondersAllowed: options.outsideRespondersAllowed ?? true,
    mailQuota: options.mailQuota ?? 100,
    newSheetRows: options.newSheetRows ?? 1000,
    grantedScopes: options.grantedScopes,
    spreadsheets: new Map(),
    documents: new Map(),
    forms: new Map(),
    drive: new Drive(ids, clock, userEmail),
    calendar: new CalendarModel(),
    ui: emptyUiRecord(),
    htmlFiles: new Map(Object.entries(options.files ?? {}).map(([k, v]) => [k.replace(/\.html$/, ''), v])),
    activeSpreadsheetId: '',
    formulaEvaluator: options.formulaEvaluator ?? ((formula) => formulaValues.get(formula)),
    scriptScope: {},
    properties: { script: new Map(), user: new Map(), document: new Map() },
    caches: new Map(),
    locks: new Map(),
    triggers: [],
    outbox: [],
    logs: [],
  };
  world.drive.factories.set(MIME_SPREADSHEET, {
    create: (name) => createSpreadsheetModel(world, name).id,
    copy: (from, name) => copySpreadsheetModel(world, from, name),
  });
  world.drive.factories.set(MIME_DOCUMENT, {
    create: (name) => createDocumentModel(world, name).id,
    copy: (from, name) => copyDocumentModel(world, from, name),
  });
  world.drive.factories.set(MIME_FORM, {
    create: (name) => createFormModel(world, name).id,
    copy: (from, name) => copyFormModel(world, from, name),
  });

  const active = createSpreadsheetModel(world, options.spreadsheetName ?? 'Educational Partners Workbook');
  world.activeSpreadsheetId = active.id;
  if (options.sharedDrive) world.drive.move(active.id, world.drive.addSharedDrive(options.sharedDrive));

  let nextExecution = 0;
  const startExecution = (): Execution => {
    const id = nextExecution++;
    const t = recorder.tracker(id);
    const services: Record<string, unknown> = {
      SpreadsheetApp: new FakeSpreadsheetApp(world),
      DocumentApp: new FakeDocumentApp(world),
      FormApp: new FakeFormApp(world),
      DriveApp: new FakeDriveApp(world),
      Drive: new FakeAdvancedDrive(world),
      Calendar: new FakeAdvancedCalendar(world),
      PropertiesService: new FakePropertiesService(world),
      CacheService: new FakeCacheService(world),
      LockService: new FakeLockService(world, id),
      ScriptApp: new FakeScriptApp(world),
      Session: new FakeSession(world),
      Utilities: new FakeUtilities(world),
      MailApp: new FakeMailApp(world),
      HtmlService: new FakeHtmlService(world),
      Logger: new FakeLogger(world),
      console: new FakeConsole(world),
    };
    const globals: Record<string, unknown> = {
      Charts: Object.freeze({ ChartType, ChartHiddenDimensionStrategy, ChartMergeStrategy }),
      MimeType,
    };
    for (const [name, service] of Object.entries(services)) globals[name] = t.wrap(service);
    return { id, globals, end: () => endExecution(id) };
  };
  const endExecution = (id: number) => {
    for (const [key, holder] of world.locks) if (holder === id) world.locks.delete(key);
  };
  const main = startExecution();

  const runFunction = (name: string, event?: unknown): unknown => {
    const exec = startExecution();
    const scope = world.scriptScope;
    const fn = scope[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    const saved = new Map<string, unknown>();
    for (const [k, v] of Object.entries(exec.globals)) {
      if (k in scope) {
        saved.set(k, scope[k]);
        scope[k] = v;
      }
    }
    // The event's objects (a trigger's range, source, response) are the service's: their calls are recorded.
    const tracker = recorder.tracker(exec.id);
    const wrapped =
      event !== null && typeof event === 'object' && Object.getPrototypeOf(event) === Object.prototype
        ? Object.fromEntries(Object.entries(event).map(([k, v]) => [k, tracker.wrap(v)]))
        : tracker.wrap(event);
    try {
      return fn(wrapped);
    } finally {
      for (const [k, v] of saved) scope[k] = v;
      exec.end();
    }
  };

  /** What a spreadsheet form-submit trigger receives for the answer on a row of the form's response tab. */
  const sheetSubmitEvent = (form: FormModel, row: number): Record<string, unknown> => {
    const ss = destinationOf(world, form)!;
    const sheet = ss.getSheetById(form.destinationSheetId!)!;
    const width = sheet.getLastColumn();
    const range = sheet.getRange(row, 1, 1, width) as FakeRange;
    const header = sheet.getRange(1, 1, 1, width).getDisplayValues()[0]!;
    const values = range.getDisplayValues()[0]!;
    const namedValues = Object.fromEntries(header.map((h, j) => [h, [values[j] ?? '']]));
    return { authMode: 'FULL', source: ss, range, values, namedValues };
  };

  const fireFormSubmit = (
    formArg: unknown,
    answers: FormAnswers,
    opts: { email?: string; signedIn?: boolean } = {},
  ) => {
    const id = typeof formArg === 'string' ? formArg : (raw(formArg) as FakeForm).getId();
    const form = world.forms.get(id);
    if (!form) throw new Error(`No form with id ${id}`);
    const responseAnswers = Object.entries(answers).map(([key, value]) => {
      const item = form.items.find((i) => i.title === key || String(i.id) === key);
      if (!item) throw new Error(`The form has no question "${key}".`);
      return { itemId: item.id, value };
    });
    const response = {
      id: `2_ABaOnu${ids.next('RS').slice(3, 40)}`,
      timestamp: clock.now(),
      email: opts.email ?? (form.collectEmail ? userEmail : ''),
      answers: responseAnswers,
    };
    const row = recordResponse(world, form, response, opts.signedIn ?? true);
    const authMode = 'FULL';
    const errors: unknown[] = [];
    for (const trigger of world.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT')) {
      let event: Record<string, unknown> | null = null;
      if (trigger.source === 'FORMS' && trigger.sourceId === form.id) {
        event = {
          authMode,
          source: new FakeForm(world, form),
          response: new FakeFormResponse(world, form, response),
        };
      } else if (trigger.source === 'SPREADSHEETS' && trigger.sourceId === form.destinationId && row > 0) {
        event = sheetSubmitEvent(form, row);
      }
      if (!event) continue;
      try {
        runFunction(trigger.handler, { ...event, triggerUid: trigger.id });
      } catch (e) {
        errors.push(e);
      }
    }
    // Apps Script would only log a failing trigger; a test wants to see it.
    if (errors.length > 0) throw errors[0];
  };

  return {
    globals: main.globals,
    calls: recorder.log,
    spreadsheet: new FakeSpreadsheet(world, active),
    ui: world.ui,
    outbox: world.outbox,
    logs: world.logs,
    drive: world.drive,
    calendar: world.calendar,
    failCall: (predicate, nth, error, opts) => recorder.failCall(predicate, nth, error, opts),
    clearFailures: () => recorder.clearFailures(),
    snapshot: () => {
      const state = () => ({ ...pick(world, SNAPSHOT_KEYS), activeSpreadsheetId: world.activeSpreadsheetId });
      const saved = deepClone(state());
      const restoreIds = ids.save();
      const restoreClock = clock.save();
      return () => {
        const fresh = deepClone(saved);
        for (const key of SNAPSHOT_KEYS) restoreInto(world[key], fresh[key]);
        world.activeSpreadsheetId = fresh.activeSpreadsheetId;
        restoreIds();
        restoreClock();
        recorder.clearFailures();
      };
    },
    inspect: () => ({
      spreadsheet: world.spreadsheets.get(world.activeSpreadsheetId)!,
      properties: world.properties,
      forms: world.forms,
      drive: world.drive,
      triggers: world.triggers,
    }),
    setAuthMode: (mode) => {
      recorder.authMode = mode;
    },
    setLocale: (locale) => {
      world.locale = locale;
    },
    startExecution,
    execution: (fn) => {
      const exec = startExecution();
      try {
        return fn(exec.globals);
      } finally {
        exec.end();
      }
    },
    endExecution,
    setScriptScope: (scope) => {
      world.scriptScope = scope;
    },
    runFunction,
    fireFormSubmit,
    formSubmitEvent: (formId, row) => {
      const form = world.forms.get(formId);
      if (!form?.destinationId) throw new Error(`No form with a destination: ${formId}`);
      const sheet = world.spreadsheets.get(form.destinationId)!.sheetById(form.destinationSheetId!)!;
      return sheetSubmitEvent(form, row ?? sheet.lastRow());
    },
    setFormulaEvaluator: (evaluator) => {
      world.formulaEvaluator = evaluator;
    },
    setFormulaValue: (formula, value) => {
      formulaValues.set(formula, value);
    },
    addSharedDrive: (name) => world.drive.addSharedDrive(name),
    addForeignFolder: (name, sharedDriveId) =>
      world.drive.addFile({ name, mimeType: MIME_FOLDER, parent: sharedDriveId, byOthers: true }).id,
    pickFolder: (id) => world.drive.grant(id),
    advanceTime: (ms) => clock.advance(ms),
    now: () => clock.now(),
    respondToNextDialog: (response) => {
      world.ui.responses.push(response);
    },
    spreadsheetById: (id) => {
      const model = world.spreadsheets.get(id);
      if (!model) throw new Error(`No spreadsheet with id ${id}`);
      return new FakeSpreadsheet(world, model);
    },
    document: (id) => {
      const model = world.documents.get(id);
      if (!model) throw new Error(`No document with id ${id}`);
      return model;
    },
    form: (id) => {
      const model = world.forms.get(id);
      if (!model) throw new Error(`No form with id ${id}`);
      return model;
    },
  };
}
