/**
 * Loads the built bundle the way Apps Script does: one global scope holding the ECMAScript built-ins and the
 * Apps Script services, nothing from Node (no require, process, Buffer, timers, fetch, URL, TextEncoder,
 * structuredClone), so code that leans on Node fails here as it would in Google's V8 runtime.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';

export const DIST = join(__dirname, '..', '..', 'dist');

export interface Sandbox {
  /** Calls a top-level function of the bundle, as a trigger, menu item or google.script.run would. */
  call(name: string, ...args: unknown[]): unknown;
  /** The names of the bundle's top-level functions, the only ones Apps Script lets menus and clients call. */
  functionNames(): string[];
  /** The script's global scope, where installable triggers find their handler (Workspace.setScriptScope). */
  scope: Record<string, unknown>;
}

export function readBundle(): string {
  return readFileSync(join(DIST, 'Code.js'), 'utf8');
}

/**
 * Node's Date, except that "now" (`new Date()`, `Date.now()`) reads `now`: the script's clock is the workspace's,
 * so a test can fix the day. A proxy, not a subclass, so `instanceof Date` stays true for the dates a fake range
 * returns, as it is for real Sheets values inside Apps Script.
 */
function clockDate(now: () => number): DateConstructor {
  return new Proxy(Date, {
    construct: (target, args) => (args.length === 0 ? new target(now()) : new target(...(args as [number]))),
    apply: (target) => new target(now()).toString(),
    get: (target, key) => (key === 'now' ? now : Reflect.get(target, key)),
  });
}

export function loadBundle(
  services: Record<string, unknown>,
  code: string = readBundle(),
  now: () => number = Date.now,
): Sandbox {
  const context = vm.createContext({ ...services, Date: clockDate(now) });
  for (const name of ['SharedArrayBuffer', 'Atomics', 'WebAssembly']) {
    vm.runInContext(`delete globalThis.${name}`, context);
  }
  vm.runInContext(code, context, { filename: 'Code.js' });
  const functionNames = (): string[] =>
    vm.runInContext(
      'Object.getOwnPropertyNames(globalThis).filter((n) => { const f = globalThis[n]; if (typeof f !== "function") return false; const src = Function.prototype.toString.call(f); return src.startsWith("function " + n + "(") && !src.includes("[native code]"); })',
      context,
    ) as string[];
  return {
    call(name, ...args) {
      if (!functionNames().includes(name)) throw new Error(`Script function not found: ${name}`);
      const fn = context[name] as (...a: unknown[]) => unknown;
      return fn(...args);
    },
    functionNames,
    scope: context,
  };
}
