/**
 * The fault sweep's engine: runs one registered operation of the built bundle once per service call with a
 * transient failure injected at that call, then retries it as the user would, and classifies what happened.
 * Registrations live in ./operations.ts; the test (test/integration/fault-sweep.test.ts) and `npm run bench`
 * both run this.
 *
 * The fault model: call i fails with the service's transient error, before it takes effect (first pass) or after
 * it took effect (second pass, write calls only: a read that "took effect" is the same as one that did not), and
 * the service stays down for the rest of that attempt, longer than the add-on's own bounded retries. The calls
 * that show the outcome (Ui, toast) stay up so the user can be told; they are still fault points themselves.
 * Logging, Utilities and builders are local and never fail. Between the attempt and the retry the execution ends (its
 * locks are released) and the services come back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../src/core/i18n/en';
import { es } from '../../src/core/i18n/es';
import type { CallEntry } from '../fake/call-log';
import { type DocNode, MIME_DOCUMENT } from '../fake/document';
import { MIME_FOLDER } from '../fake/drive';
import { type Cell, DEFAULT_COLUMN_WIDTH, type SheetModel } from '../fake/spreadsheet';
import { createWorkspace, type Workspace } from '../fake/workspace';
import { DIST, loadBundle, type Sandbox } from '../harness/sandbox';

export type Locale = 'en' | 'es';

/** What a registration's scenario and checks work with. */
export interface SweepEnv {
  ws: Workspace;
  sandbox: Sandbox;
  /** Calls an entry function as google.script.run or a menu would (an RPC's argument is copied, as over the wire). */
  call(name: string, arg?: unknown): unknown;
  /** A tab of the add-on's workbook by key, found by the sheet ids the add-on keeps, as rows of cell values. */
  rows(tab: TabKey): unknown[][];
  /** The user's and the document's properties. */
  userProperty(key: string): string | null;
}

export type TabKey =
  | 'start'
  | 'partners'
  | 'coverage'
  | 'meetings'
  | 'attendance'
  | 'activities'
  | 'taLog'
  | 'taSummary';

export interface SweepOperation {
  /** The entry function (an export of src/main.ts, a menu item's function). */
  fn: string;
  /** A short name for the report, unique across registrations. */
  name: string;
  /** A read changes nothing: the sweep checks that under every fault too. */
  kind: 'write' | 'read';
  /** The reader's locale (messages are checked in this language). */
  locale?: Locale;
  /** Brings the workbook to where the operation starts; runs once, then the state is snapshotted. */
  scenario?(env: SweepEnv): void;
  /**
   * The RPC argument, sent again unchanged on the retry (as the sidebar re-sends the same request); a function
   * computes it from the scenario's end state.
   */
  arg?: unknown;
  /** Null when the operation's effect is all there, else what is missing. */
  complete?(env: SweepEnv): string | null;
  /** A multi-tab job that may stop part-way; running the same command again must finish it. */
  resumable?: boolean;
  /** Calls whose failure the operation may let escape (a simple trigger's error is only logged). */
  mayThrow?: boolean;
  /**
   * A trigger's event: the operation runs as Apps Script runs an installable trigger (an execution of its own,
   * the event's objects recorded), and the retry is Google running it again with the same event. Built on the
   * restored workbook before each run, since it holds live objects (a range), so it is not copied.
   */
  event?(env: SweepEnv): unknown;
  /**
   * Values the operation draws at random (an invitation code): runs are compared with each match replaced by a
   * placeholder, since a retry draws new ones; `complete` checks them.
   */
  random?: RegExp;
  /**
   * Registered but not swept yet: who makes it fault-safe and registers its scenario. The report lists it;
   * nothing about it is claimed.
   */
  pending?: string;
}

/** One run's result; `problems` is empty when the run meets every rule. */
export interface RunResult {
  op: string;
  index: number;
  after: boolean;
  call: string;
  outcome: 'completed' | 'unchanged' | 'retry' | 'saved' | 'partial' | 'refused' | 'thrown' | 'unclear';
  problems: string[];
}

export interface OperationReport {
  op: string;
  calls: number;
  faultPoints: number;
  runs: RunResult[];
}

const LOCAL_SERVICES = new Set(['Logger', 'console', 'Utilities', 'Charts', 'HtmlService']);
/** The calls that tell the user what happened stay up during an outage. */
const showsOutcome = (c: CallEntry) =>
  c.type === 'Ui' ||
  c.method === 'getUi' ||
  c.method === 'toast' ||
  (c.type === 'SpreadsheetApp' && c.method === 'getActiveSpreadsheet');
/**
 * Builders (validation rules, formats, charts) are assembled locally: only using what they build reaches Sheets.
 * A trigger builder's create() is what registers the trigger with the service.
 */
export const faultable = (c: CallEntry) =>
  !LOCAL_SERVICES.has(c.service) &&
  (!c.type.endsWith('Builder') || (c.service === 'ScriptApp' && c.method === 'create')) &&
  !/^new[A-Z]/.test(c.method);
const WRITE =
  /^(set|insert|delete|append|clear|remove|protect|add|update|copy|move|rename|activate|create|hide|show|sort|merge|new|release|try|wait)/;

/**
 * Transient errors as Apps Script words them (collected at
 * https://ramblings.mcpher.com/database-abstraction-and-google-apps-script/backing-off-on-rate-limiting/).
 */
export function transientError(c: CallEntry): Error {
  switch (c.service) {
    case 'SpreadsheetApp':
      return new Error('Service Spreadsheets failed while accessing document with id 1SS00001.');
    case 'LockService':
      return new Error('There are too many LockService operations against the same script.');
    case 'PropertiesService':
      return new Error('Service error: PropertiesService');
    case 'Session':
      return new Error('We\u2019re sorry, a server error occurred. Please wait a bit and try again.');
    default:
      return new Error(
        `Service invoked too many times in a short time: ${c.service}. Try Utilities.sleep(1000) between calls.`,
      );
  }
}

type Claim = 'unchanged' | 'retry' | 'saved' | 'partial' | 'done' | 'unclear';

interface KnownMessage {
  key: string;
  lang: Locale;
  pattern: RegExp;
}

/**
 * The texts a catalog message can take, its parameters marked: a template is rendered with each parameter as
 * the mark, and (for up to three parameters) also as 1 and as false, so "1 event" and "No one was emailed" are
 * known as well as "<n> events" and "Guests were emailed".
 */
function renderings(message: unknown, mark: string): string[] {
  if (typeof message !== 'function') return [String(message)];
  const render = (value: (key: string) => unknown) => {
    try {
      return String((message as (p: unknown) => string)(new Proxy({}, { get: (_, k) => value(String(k)) })));
    } catch {
      return null;
    }
  };
  const keys = new Set<string>();
  const plain = render((k) => {
    keys.add(k);
    return mark;
  });
  if (plain === null) return [];
  const texts = new Set([plain]);
  const names = [...keys];
  if (names.length <= 3) {
    const choices: unknown[] = [mark, 1, false];
    for (let n = 0; n < choices.length ** names.length; n++) {
      const pick = new Map(names.map((k, i) => [k, choices[Math.floor(n / choices.length ** i) % 3]]));
      const text = render((k) => (pick.has(k) ? pick.get(k) : mark));
      if (text !== null) texts.add(text);
    }
  }
  return [...texts];
}

/** Every catalog message as a pattern (a template's parameters match anything). */
function knownMessages(): KnownMessage[] {
  const mark = '\u0001';
  const out: KnownMessage[] = [];
  for (const [lang, catalog] of [
    ['en', en],
    ['es', es],
  ] as const) {
    for (const [key, message] of Object.entries(catalog)) {
      for (const text of renderings(message, mark)) {
        // A message that is only its parameters says nothing by itself: it cannot name what happened.
        if (text.split(mark).join('').trim().length < 8) continue;
        const source = text
          .split(mark)
          .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[\\s\\S]*');
        out.push({ key, lang, pattern: new RegExp(`^${source}$`) });
      }
    }
  }
  // The most specific first: a template's wildcards must not claim another message's text.
  return out.sort((a, b) => b.pattern.source.length - a.pattern.source.length);
}

/**
 * What a message tells the user about the workbook, by its catalog key: `….unchanged` nothing was changed,
 * `….retry` it may or may not be in and saving again completes it without doubling,
 * `….saved` the change is in, `….partial` a job stopped part-way and running it again finishes it,
 * `wb.done.…`, `….done` and a report success; any other catalog message is a refusal (a refused request changes nothing);
 * `error.unexpected` says nothing about what happened and is never right for a transient fault.
 */
function claimOf(key: string): Claim {
  if (key === 'error.unexpected') return 'unclear';
  if (key.endsWith('.retry')) return 'retry';
  if (key.endsWith('.saved')) return 'saved';
  if (key.endsWith('.partial')) return 'partial';
  // A report (the installation check) is a success: it names what it found.
  if (key.startsWith('wb.done.') || key.endsWith('.done') || key === 'check.title') return 'done';
  // What a menu command that makes a Doc or calendar events shows when it is done.
  if (['docs.created', 'docs.updated', 'docs.calendarDone'].includes(key)) return 'done';
  return 'unchanged';
}

/** A Doc's body as plain data (the tree without its parent links). */
function docTree(n: DocNode): unknown {
  return [n.type, n.text, n.attributes, n.children.map(docTree)];
}

/**
 * What an operation leaves outside the workbook: Drive's files (with each Doc's content), the emails sent, the
 * Calendar's events and the notifications they sent. Times the service stamps (sent, modified, updated) and an
 * event's revision count are left out: a run and its retry need not happen in the same second.
 */
function outside(ws: Workspace) {
  const files = [...ws.drive.items.values()].map((i) => [
    i.id,
    i.name,
    i.mimeType,
    i.parents,
    i.trashed,
    i.mimeType === MIME_DOCUMENT ? docTree(ws.document(i.id).body) : i.content,
  ]);
  const mail = ws.outbox.map((m) => [m.to, m.cc, m.bcc, m.subject, m.body, m.htmlBody, m.name, m.replyTo]);
  const events = [...ws.calendar.events].map(([calendar, byId]) => [
    calendar,
    [...byId.values()].map(({ created, updated, sequence, ...event }) => event),
  ]);
  return { files, mail, events, notifications: ws.calendar.notifications };
}

/** What exists outside the workbook, counted by what a person would see twice: an email, a Doc, an event. */
function outsideCounts(ws: Workspace): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const m of ws.outbox) add(`email to ${m.to}: ${m.subject}`);
  for (const i of ws.drive.items.values())
    if (!i.trashed && i.mimeType !== MIME_FOLDER) add(`file "${i.name}" in ${i.parents.join(',')}`);
  for (const [, byId] of ws.calendar.events)
    for (const e of byId.values()) add(`event "${e.summary}" on ${JSON.stringify(e.start)}`);
  for (const n of ws.calendar.notifications) add(`notification of ${n.eventId} to ${n.to.join(',')}`);
  return counts;
}

/** Nothing outside the workbook exists more often than after a run without a fault (or before the run). */
function outsideDoubles(
  before: Map<string, number>,
  expected: Map<string, number>,
  now: Map<string, number>,
  when: string,
): string[] {
  const problems: string[] = [];
  for (const [key, count] of now) {
    // A file renamed part-way, or an email not sent yet, is not a second one.
    if (count > Math.max(1, before.get(key) ?? 0, expected.get(key) ?? 0))
      problems.push(`twice ${when}: ${key.slice(0, 120)}`);
  }
  return problems;
}

/**
 * The workbook as a string: every tab's cells, formats, rules and protections, both property stores, and what
 * the operation left outside it (files, emails, events, forms with their items and responses, triggers).
 */
function fingerprint(ws: Workspace, ignoredProperties: RegExp, normalize: (s: string) => string): string {
  const { spreadsheet, properties, forms, triggers } = ws.inspect();
  const sheets = spreadsheet.sheets.map((s) => sheetState(s));
  const props = (store: Map<string, string> | undefined) =>
    Object.fromEntries([...(store ?? new Map())].filter(([k]) => !ignoredProperties.test(k)).sort());
  return normalize(
    JSON.stringify({
      sheets,
      active: [spreadsheet.activeSheetId, spreadsheet.activeRange],
      protections: spreadsheet.protections.map((p) => [p.sheetId, p.description, p.warningOnly, p.grid]),
      named: [...spreadsheet.namedRanges],
      document: props(properties.document.get(spreadsheet.id)),
      user: [...properties.user].map(([u, store]) => [u, props(store)]),
      outside: outside(ws),
      forms: [...forms.values()].map((f) => ({ ...f, responses: f.responses.map((r) => r.id) })),
      triggers: triggers.map((t) => [t.handler, t.eventType, t.source, t.sourceId]),
    }),
  );
}

/** A cell's rule objects are shared between cells and snapshots: each is stringified once. */
const objectKeys = new WeakMap<object, string>();
function cellKey(cell: Cell | undefined): string {
  if (!cell) return '';
  let out = '';
  for (const [key, value] of Object.entries(cell)) {
    if (value === undefined) continue;
    let text: string;
    if (value instanceof Date) text = `D${value.getTime()}`;
    else if (value !== null && typeof value === 'object') {
      text = objectKeys.get(value) ?? JSON.stringify(value);
      objectKeys.set(value, text);
    } else text = `${typeof value}:${String(value)}`;
    out += `${key}=${text}\u0001`;
  }
  return out;
}

function sheetState(s: SheetModel) {
  return {
    name: s.name,
    maxRows: s.maxRows,
    maxColumns: s.maxColumns,
    frozen: [s.frozenRows, s.frozenColumns],
    hidden: s.hidden,
    rows: s.rows
      .map((row) => row.map(cellKey).join('␟').replace(/␟+$/, ''))
      .join('\n')
      .replace(/\n+$/, ''),
    conditionalFormats: s.conditionalFormats,
    charts: s.charts.length,
    merges: s.merges,
    // As a person sees them: a column set to the default width looks as one never sized.
    widths: [...s.columnWidths].filter(([, width]) => width !== DEFAULT_COLUMN_WIDTH),
  };
}

interface Items {
  /** Each row a person typed (table tabs) and each attendance mark, as a string. */
  all: Set<string>;
  /** Rows by content without their id, counted: the same entry twice under two ids is a double. */
  contents: Map<string, number>;
  ids: string[];
}

const DATA_TABS: readonly TabKey[] = ['partners', 'meetings', 'taLog'];

/** What people typed or marked: the data tabs' rows and the attendance checks. */
function personItems(env: SweepEnv, normalize: (s: string) => string): Items {
  const all = new Set<string>();
  const contents = new Map<string, number>();
  const ids: string[] = [];
  for (const tab of DATA_TABS) {
    for (const row of env.rows(tab).slice(1)) {
      if (row.every((c) => c === '')) continue;
      all.add(normalize(`${tab}|${JSON.stringify(row)}`));
      const content = normalize(`${tab}|${JSON.stringify(row.slice(1))}`);
      contents.set(content, (contents.get(content) ?? 0) + 1);
      if (row[0] !== '') ids.push(`${tab}|${String(row[0])}`);
    }
  }
  const grid = env.rows('attendance');
  const header = grid[0] ?? [];
  for (const row of grid.slice(1))
    row.forEach((cell, c) => {
      if (c >= 2 && cell === true) all.add(`att|${String(row[0])}|${String(header[c]).split(' ')[0]}`);
    });
  return { all, contents, ids };
}

function tabRows(ws: Workspace, tab: TabKey): unknown[][] {
  const { spreadsheet, properties } = ws.inspect();
  const ids = JSON.parse(properties.document.get(spreadsheet.id)?.get('workbook.sheets') ?? '{}') as Record<
    string,
    number
  >;
  const sheet = spreadsheet.sheets.find((s) => s.id === ids[tab]);
  if (!sheet) return [];
  const fake = ws.spreadsheet.getSheets().find((s) => s.getSheetId() === sheet.id)!;
  return fake.getDataRange().getValues();
}

const NOW = Date.parse('2024-05-02T17:00:00Z');
const same = (s: string) => s;

export interface SweeperOptions {
  /** Bookkeeping the add-on keeps to itself (default: applied request ids and job records). */
  ignoredProperties?: RegExp;
  /**
   * Rows a new sheet gets (default 120). Every run compares whole sheets, so registrations whose scenarios need
   * no more rows sweep faster on fewer; the add-on grows a sheet when it needs more either way.
   */
  newSheetRows?: number;
}

/** The bundle loaded once over one workspace; every run restores a snapshot instead of rebuilding. */
export class Sweeper {
  readonly env: SweepEnv;
  readonly #pristine: () => void;
  readonly #messages = knownMessages();
  /** Bookkeeping the add-on keeps to itself (applied request ids), not part of what a person sees. */
  readonly #ignored: RegExp;

  constructor(options: SweeperOptions = {}) {
    const ws = createWorkspace({
      files: { Sidebar: readFileSync(join(DIST, 'Sidebar.html'), 'utf8') },
      now: () => new Date(NOW),
      newSheetRows: options.newSheetRows ?? 120,
    });
    // The add-on's clock is frozen, so a run and its retry stamp the same times (a timer's start, "today").
    const sandbox = loadBundle(ws.globals, undefined, () => NOW);
    ws.setScriptScope(sandbox.scope);
    this.#ignored = options.ignoredProperties ?? /^(request|job)\./;
    this.env = {
      ws,
      sandbox,
      call: (name, arg) =>
        arg === undefined ? sandbox.call(name) : sandbox.call(name, JSON.parse(JSON.stringify(arg))),
      rows: (tab) => tabRows(ws, tab),
      userProperty: (key) =>
        ws.inspect().properties.user.get('coordinator@district.k12.ca.us')?.get(key) ?? null,
    };
    this.#pristine = ws.snapshot();
  }

  /** Scenarios shared by several registrations run once: their end state is kept by scenario and locale. */
  readonly #scenarios = new Map<SweepOperation['scenario'], Map<Locale, () => void>>();

  #scenario(op: SweepOperation): () => void {
    const locale = op.locale ?? 'en';
    const byLocale = this.#scenarios.get(op.scenario) ?? new Map<Locale, () => void>();
    this.#scenarios.set(op.scenario, byLocale);
    let restore = byLocale.get(locale);
    if (!restore) {
      this.#pristine();
      this.env.ws.setLocale(locale);
      op.scenario?.(this.env);
      this.env.ws.endExecution(0);
      restore = this.env.ws.snapshot();
      byLocale.set(locale, restore);
    }
    return restore;
  }

  /** The workbook, properties included, as one comparable string. */
  state(): string {
    return fingerprint(this.env.ws, this.#ignored, same);
  }

  /** Restores the end state of a registration's scenario (run once, then kept). */
  startFrom(op: SweepOperation): void {
    this.#scenario(op)();
    this.env.ws.setLocale(op.locale ?? 'en');
  }

  /** The menu's items: every function a person can start from Extensions. */
  menuFunctions(): string[] {
    this.#pristine();
    this.env.call('onOpen');
    const names = this.env.ws.ui.menus.flatMap((m) =>
      m.items.flatMap((i) => (i.kind === 'item' ? [i.functionName] : [])),
    );
    this.#pristine();
    return names;
  }

  /** Runs the operation once cleanly, then once per fault point and pass. `only` limits the runs (for bench). */
  sweep(op: SweepOperation, only?: (index: number, after: boolean) => boolean): OperationReport {
    const { env } = this;
    const { ws } = env;
    const start = this.#scenario(op);
    start();
    ws.setLocale(op.locale ?? 'en');
    const arg: unknown = typeof op.arg === 'function' ? (op.arg as (e: SweepEnv) => unknown)(env) : op.arg;
    const random = op.random ? new RegExp(op.random.source, 'g') : null;
    const normalize = random ? (s: string) => s.replace(random, '\u0002') : same;
    const snapshot = () => fingerprint(ws, this.#ignored, normalize);
    const before = snapshot();
    const beforeItems = personItems(env, normalize);
    const beforeOutside = outsideCounts(ws);

    ws.calls.forget();
    const mark = ws.calls.mark();
    const clean = this.#attempt(op, arg, op.event?.(env));
    const cleanCalls = ws.calls.since(mark).entries;
    const expected = snapshot();
    const expectedItems = personItems(env, normalize);
    const expectedOutside = outsideCounts(ws);
    const cleanProblems: string[] = [];
    if (clean.claim !== 'done') cleanProblems.push(`without a fault it did not succeed: ${clean.text}`);
    if (op.kind === 'read' && expected !== before) cleanProblems.push('a read changed the workbook');
    const incomplete = op.complete?.(env);
    if (incomplete) cleanProblems.push(`without a fault: ${incomplete}`);
    const points = cleanCalls.filter(faultable);
    const runs: RunResult[] = [];
    if (cleanProblems.length > 0) {
      runs.push({
        op: op.name,
        index: 0,
        after: false,
        call: '-',
        outcome: 'unclear',
        problems: cleanProblems,
      });
      return { op: op.name, calls: cleanCalls.length, faultPoints: points.length, runs };
    }
    // The language lookup comes first; a fault there may leave the message in English.
    const lookupEnd = points.findIndex((c) => c.service !== 'PropertiesService' && c.service !== 'Session');

    for (const after of [false, true]) {
      points.forEach((point, i) => {
        if (after && !WRITE.test(point.method)) return;
        if (only && !only(i + 1, after)) return;
        ws.calls.forget();
        start();
        const problems: string[] = [];
        const event = op.event?.(env);
        ws.failCall(faultable, i + 1, transientError, {
          after,
          outage: (c) => faultable(c) && !showsOutcome(c),
        });
        const first = this.#attempt(op, arg, event);
        ws.clearFailures();
        ws.endExecution(0);
        const state = snapshot();
        const items = personItems(env, normalize);
        const unchanged = state === before;
        // Complete: as a run without a fault left it, or (for an operation whose bookkeeping may lag, such as a
        // timer cleared after its entry is written) its own check passes.
        const complete =
          state === expected || (op.kind === 'write' && state !== before && op.complete?.(env) === null);
        // The rules after the fault.
        if (first.claim === 'thrown' && !op.mayThrow) problems.push(`uncaught: ${first.text}`);
        if (first.claim === 'unclear') problems.push(`no clear message: ${first.text}`);
        if (first.lang && first.lang !== (op.locale ?? 'en') && !(i < lookupEnd && first.lang === 'en'))
          problems.push(`message not in the reader's language: ${first.text}`);
        if (op.kind === 'read' && !unchanged) problems.push('a read changed the workbook');
        if (op.kind === 'write' && !op.resumable && !unchanged && !complete)
          problems.push('half-written after the fault');
        if (first.claim === 'done' && !complete && op.kind === 'write')
          problems.push('reported done, but incomplete');
        if (first.claim === 'unchanged' && !unchanged)
          problems.push(`says nothing changed, but it did: ${first.text}`);
        if (first.claim === 'saved' && !complete) problems.push(`says saved, but incomplete: ${first.text}`);
        if (first.claim === 'unchanged' && complete && !unchanged)
          problems.push(`done, but reported as failed: ${first.text}`);
        problems.push(...integrity(beforeItems, expectedItems, items, 'after the fault'));
        problems.push(
          ...outsideDoubles(beforeOutside, expectedOutside, outsideCounts(ws), 'after the fault'),
        );
        // The user's retry, after anything but a success: the same command or request again.
        const second = first.claim === 'done' ? first : this.#attempt(op, arg, event);
        ws.endExecution(0);
        if (second.claim !== 'done') problems.push(`the retry did not succeed: ${second.text}`);
        const final = snapshot();
        if (final !== expected)
          problems.push(
            `after the retry the workbook differs from a run without a fault: ${firstDifference(final, expected)}`,
          );
        problems.push(
          ...integrity(beforeItems, expectedItems, personItems(env, normalize), 'after the retry'),
        );
        problems.push(
          ...outsideDoubles(beforeOutside, expectedOutside, outsideCounts(ws), 'after the retry'),
        );
        runs.push({
          op: op.name,
          index: i + 1,
          after,
          call: `${point.type}.${point.method}`,
          outcome:
            first.claim === 'done'
              ? 'completed'
              : first.claim === 'thrown' || first.claim === 'unclear'
                ? first.claim
                : first.claim === 'unchanged' && first.refused
                  ? 'refused'
                  : first.claim,
          problems,
        });
      });
    }
    return { op: op.name, calls: cleanCalls.length, faultPoints: points.length, runs };
  }

  /** One attempt: the call, and what the user was shown. */
  #attempt(
    op: SweepOperation,
    arg: unknown,
    event: unknown,
  ): { claim: Claim | 'thrown'; text: string; lang?: Locale; refused?: boolean } {
    const { ws } = this.env;
    const alerts = ws.ui.alerts.length;
    const toasts = ws.ui.toasts.length;
    let answer: unknown;
    try {
      answer = op.event ? ws.runFunction(op.fn, event) : this.env.call(op.fn, arg);
    } catch (error) {
      return { claim: 'thrown', text: String(error) };
    }
    const shown = [
      ...ws.ui.alerts.slice(alerts).map((a) => a.prompt || a.title),
      ...ws.ui.toasts.slice(toasts).map((t) => t.message),
    ];
    let text: string | undefined;
    if (answer && typeof answer === 'object' && 'ok' in answer) {
      const rpc = answer as { ok: boolean; error?: { message: string } };
      if (rpc.ok) return { claim: 'done', text: 'ok' };
      text = rpc.error!.message;
    } else if (shown.length === 0) {
      // A command that shows nothing (onOpen, openSidebar) succeeded when it did not throw.
      return { claim: 'done', text: 'returned' };
    } else {
      text = shown[shown.length - 1]!;
    }
    // A report (several lines) is known by its first line.
    const head = text.split('\n')[0]!;
    const matching = this.#messages.filter((m) => m.pattern.test(head));
    const known = matching.find((m) => m.lang === (op.locale ?? 'en')) ?? matching[0];
    if (!known) return { claim: 'unclear', text };
    const claim = claimOf(known.key);
    return {
      claim,
      text,
      lang: known.lang,
      refused: claim === 'unchanged' && !known.key.endsWith('.unchanged'),
    };
  }
}

/** Where two fingerprints part, with some context: enough to find the tab and cell. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const tab = [...a.slice(0, i).matchAll(/"name":"([^"]*)"/g)].pop()?.[1] ?? '?';
  return `in "${tab}" at …${a.slice(Math.max(0, i - 60), i + 60)}… vs …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

/** Nothing a person typed or marked is lost, and no entry exists twice. */
function integrity(before: Items, expected: Items, now: Items, when: string): string[] {
  const problems: string[] = [];
  for (const item of before.all)
    if (expected.all.has(item) && !now.all.has(item)) problems.push(`lost ${when}: ${item.slice(0, 120)}`);
  for (const [content, count] of now.contents) {
    // A row changed part-way (a status on its way to its final value) is one entry, not a second one.
    const allowed = Math.max(1, before.contents.get(content) ?? 0, expected.contents.get(content) ?? 0);
    if (count > allowed) problems.push(`twice ${when}: ${content.slice(0, 120)}`);
  }
  const seen = new Set<string>();
  for (const id of now.ids) {
    if (seen.has(id)) problems.push(`id twice ${when}: ${id}`);
    seen.add(id);
  }
  return problems;
}
