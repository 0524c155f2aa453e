/** One call to a public method of a fake Apps Script object, as code under test made it. */
export interface CallEntry {
  /** The global the object belongs to: 'SpreadsheetApp', 'DriveApp', 'Drive', 'LockService', ... */
  service: string;
  /** The Apps Script class: 'Range', 'Sheet', 'Ui', 'Menu', 'Properties', ... */
  type: string;
  method: string;
  args: unknown[];
  /** Which simulated execution made the call (0 is the workspace's default execution). */
  execution: number;
  /** The fake object called (unrecorded), e.g. to tell which sheet a Range call reached. */
  readonly target?: object;
}

/** `'Range.getValues'`, a partial entry to match, or a predicate. */
export type CallFilter =
  | string
  | Partial<Pick<CallEntry, 'service' | 'type' | 'method' | 'execution'>>
  | ((c: CallEntry) => boolean);

export function matches(entry: CallEntry, filter: CallFilter | undefined): boolean {
  if (filter === undefined) return true;
  if (typeof filter === 'function') return filter(entry);
  if (typeof filter === 'string') {
    return filter.includes('.') ? `${entry.type}.${entry.method}` === filter : entry.method === filter;
  }
  return (
    (filter.service === undefined || filter.service === entry.service) &&
    (filter.type === undefined || filter.type === entry.type) &&
    (filter.method === undefined || filter.method === entry.method) &&
    (filter.execution === undefined || filter.execution === entry.execution)
  );
}

const BUILDER_FACTORIES = new Set([
  'newDataValidation',
  'newConditionalFormatRule',
  'newChart',
  'newTextStyle',
]);

export function isBuilderCall(entry: CallEntry): boolean {
  // A trigger builder's create() is what registers the trigger with the service.
  if (entry.method === 'create') return false;
  return entry.type.endsWith('Builder') || BUILDER_FACTORIES.has(entry.method);
}

/** The ordered record of every call. Tests count calls to prove an operation's cost does not grow with data. */
export class CallLog {
  readonly #entries: CallEntry[];

  constructor(entries: CallEntry[] = []) {
    this.#entries = entries;
  }

  get entries(): readonly CallEntry[] {
    return this.#entries;
  }

  record(entry: CallEntry): void {
    this.#entries.push(entry);
  }

  /**
   * Drops every call recorded so far (marks taken before no longer apply): a long sweep of thousands of runs
   * would otherwise keep every call's arguments alive until the process runs out of memory.
   */
  forget(): void {
    this.#entries.length = 0;
  }

  /** A position to pass to `since` later. */
  mark(): number {
    return this.#entries.length;
  }

  /** A snapshot of the calls made after `mark`. */
  since(mark: number): CallLog {
    return new CallLog(this.#entries.slice(mark));
  }

  count(filter?: CallFilter): number {
    let n = 0;
    for (const e of this.#entries) if (matches(e, filter)) n++;
    return n;
  }

  filter(filter?: CallFilter): CallEntry[] {
    return this.#entries.filter((e) => matches(e, filter));
  }

  /**
   * The calls that reach a spreadsheet, form or other service object: builder calls (a validation rule, a
   * conditional format, a chart being put together) only assemble a value in the script until it is applied,
   * so they are left out.
   */
  remote(): CallLog {
    return new CallLog(this.#entries.filter((e) => !isBuilderCall(e)));
  }

  /** Calls per tab they reached (a Sheet, or a Range on it), by the tab's name: e.g. how often each was read. */
  bySheet(filter?: CallFilter): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of this.filter(filter)) {
      const target = e.target as
        | { getSheet?: () => { getName(): string }; getName?: () => string }
        | undefined;
      const name = (e.type === 'Range' ? target?.getSheet?.() : target)?.getName?.() ?? '?';
      out[name] = (out[name] ?? 0) + 1;
    }
    return out;
  }

  /** Calls per `Type.method`, in first-call order. */
  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of this.#entries) {
      const key = `${e.type}.${e.method}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  }

  clear(): void {
    this.#entries.length = 0;
  }
}
