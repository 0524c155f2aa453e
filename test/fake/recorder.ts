import { type CallEntry, CallLog } from './call-log';

/** Which Apps Script global and class a fake object stands for; set once by the fake's constructor. */
interface Meta {
  service: string;
  type: string;
}

const META = new WeakMap<object, Meta>();
const TARGET = new WeakMap<object, object>();

/** Marks a fake object so that handing it to code under test records its calls. */
export function tag<T extends object>(obj: T, service: string, type: string): T {
  META.set(obj, { service, type });
  return obj;
}

/** The unrecorded object behind a recorded handle (or the value itself). */
export function raw<T>(value: T): T {
  if (value !== null && typeof value === 'object') return (TARGET.get(value) as T | undefined) ?? value;
  return value;
}

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

export interface FailureOptions {
  /** Throw after the call took effect (a write that landed but whose answer was lost), not before it. */
  after?: boolean;
  /** Once this failure fires, every later call this matches fails too (an outage), until clearFailures. */
  outage?: (c: CallEntry) => boolean;
}

type ErrorFor = Error | ((c: CallEntry) => Error);

interface Failure extends FailureOptions {
  predicate: (c: CallEntry) => boolean;
  nth: number;
  seen: number;
  error: ErrorFor;
}

const errorFor = (error: ErrorFor, c: CallEntry): Error => (typeof error === 'function' ? error(c) : error);

/**
 * Editor add-ons run onOpen in AuthMode.NONE, where only building menus works; anything else fails with
 * "You do not have permission to call ...".
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
 * Logger and console need no authorization, so they stay usable.
 */
function allowedWithoutAuth(meta: Meta, method: string): boolean {
  if (meta.type === 'Menu') return true;
  if (meta.type === 'Ui') return method === 'createAddonMenu' || method === 'createMenu';
  if (method === 'getUi') return true;
  return meta.service === 'Logger' || meta.service === 'console';
}

/** State shared by all executions: the call log, the auth mode and the scheduled failures. */
export class Recorder {
  readonly log = new CallLog();
  authMode: AuthModeName = 'FULL';
  readonly #failures: Failure[] = [];
  #outage: { matches: (c: CallEntry) => boolean; error: ErrorFor } | null = null;

  /** Makes the nth call matching `predicate` throw `error` (before it takes effect unless `after`). */
  failCall(
    predicate: (c: CallEntry) => boolean,
    nth: number,
    error: ErrorFor,
    options: FailureOptions = {},
  ): void {
    this.#failures.push({ predicate, nth, seen: 0, error, ...options });
  }

  /** Drops scheduled failures and ends an outage, as a service coming back would. */
  clearFailures(): void {
    this.#failures.length = 0;
    this.#outage = null;
  }

  /** Records the call, then throws if the auth mode, an outage or a scheduled failure says so. */
  enter(entry: CallEntry, meta: Meta): void {
    this.log.record(entry);
    if (this.authMode === 'NONE' && !allowedWithoutAuth(meta, entry.method)) {
      throw new Error(`You do not have permission to call ${entry.type}.${entry.method}`);
    }
    if (this.#outage?.matches(entry)) throw errorFor(this.#outage.error, entry);
    this.#fire(entry, false);
  }

  /** Runs after the call took effect: throws if a scheduled after-effect failure says so. */
  leave(entry: CallEntry): void {
    this.#fire(entry, true);
  }

  #fire(entry: CallEntry, after: boolean): void {
    for (const f of this.#failures) {
      if (Boolean(f.after) !== after || f.seen >= f.nth || !f.predicate(entry)) continue;
      f.seen++;
      if (f.seen !== f.nth) continue;
      if (f.outage) this.#outage = { matches: f.outage, error: f.error };
      throw errorFor(f.error, entry);
    }
  }

  /** Wraps fakes handed to code running in one execution. */
  tracker(execution: number): Tracker {
    return new Tracker(this, execution);
  }
}

function unwrapDeep(value: unknown, depth = 0): unknown {
  if (Array.isArray(value) && depth < 3) {
    let changed = false;
    const out = value.map((v) => {
      const u = unwrapDeep(v, depth + 1);
      if (u !== v) changed = true;
      return u;
    });
    return changed ? out : value;
  }
  return raw(value);
}

/** Turns fake objects into recording proxies; every public method call becomes one CallEntry. */
export class Tracker {
  readonly #recorder: Recorder;
  readonly #execution: number;
  readonly #proxies = new WeakMap<object, object>();

  constructor(recorder: Recorder, execution: number) {
    this.#recorder = recorder;
    this.#execution = execution;
  }

  wrap<T>(value: T): T {
    return this.#out(value) as T;
  }

  #out(value: unknown, depth = 0): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (META.has(value)) return this.#proxy(value);
    if (Array.isArray(value) && depth < 3) {
      let changed = false;
      const out = value.map((v) => {
        const w = this.#out(v, depth + 1);
        if (w !== v) changed = true;
        return w;
      });
      return changed ? out : value;
    }
    return value;
  }

  #proxy(target: object): object {
    const cached = this.#proxies.get(target);
    if (cached) return cached;
    const meta = META.get(target)!;
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        const v: unknown = Reflect.get(t, prop, t);
        if (typeof v !== 'function') return this.#out(v);
        if (typeof prop !== 'string' || prop in Object.prototype) return v.bind(t);
        return (...args: unknown[]) => {
          const entry: CallEntry = { ...meta, method: prop, args, execution: this.#execution };
          // The receiver, for tallies per sheet (bench); not enumerable, so entries compare and print as before.
          Object.defineProperty(entry, 'target', { value: t });
          this.#recorder.enter(entry, meta);
          const result = v.apply(
            t,
            args.map((a) => unwrapDeep(a)),
          );
          this.#recorder.leave(entry);
          return this.#out(result);
        };
      },
      set: (t, prop, value) => Reflect.set(t, prop, value, t),
    });
    TARGET.set(proxy, target);
    this.#proxies.set(target, proxy);
    return proxy;
  }
}
