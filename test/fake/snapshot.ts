/**
 * Snapshots of the in-memory Workspace, so a test that runs one operation hundreds of times (the fault sweep)
 * restores the state in milliseconds instead of rebuilding the workspace and reloading the bundle.
 */
import { SheetModel } from './spreadsheet';

/**
 * A deep copy keeping prototypes (so model classes keep their methods), shared references and cycles. A sheet's
 * cells are copied one level deep: the fake replaces a cell's rule or value, never edits them in place, so
 * sharing those keeps a workbook's snapshot (tens of thousands of cells) fast.
 */
export function deepClone<T>(value: T, seen = new Map<unknown, unknown>()): T {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof SheetModel) {
    const out = Object.create(SheetModel.prototype) as SheetModel;
    seen.set(value, out);
    for (const key of Object.keys(value) as (keyof SheetModel)[])
      if (key !== 'rows') (out as unknown as Record<string, unknown>)[key] = deepClone(value[key], seen);
    out.rows = value.rows.map((row) =>
      row.map((c) => (c ? { ...c, v: c.v instanceof Date ? new Date(c.v.getTime()) : c.v } : c)),
    );
    return out as T;
  }
  if (value instanceof Map) {
    const out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(deepClone(k, seen), deepClone(v, seen));
    return out as T;
  }
  if (value instanceof Set) {
    const out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(deepClone(v, seen));
    return out as T;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const v of value) out.push(deepClone(v, seen));
    return out as T;
  }
  const out = Object.create(Object.getPrototypeOf(value) as object) as Record<string, unknown>;
  seen.set(value, out);
  for (const key of Object.keys(value)) out[key] = deepClone((value as Record<string, unknown>)[key], seen);
  return out as T;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value);
}

/**
 * Makes `target` hold `source`'s contents while keeping its identity, and that of the objects a Map holds
 * under the same key (a spreadsheet model a test handle points at stays the one the fake services use).
 * Objects with private fields keep them: only their public fields are state here.
 */
export function restoreInto(target: object, source: object): void {
  if (target instanceof Map && source instanceof Map) {
    for (const key of [...target.keys()]) if (!source.has(key)) target.delete(key);
    for (const [key, value] of source) {
      const current: unknown = target.get(key);
      if (
        isRecord(current) &&
        isRecord(value) &&
        !(current instanceof Map) &&
        Object.getPrototypeOf(current) === Object.getPrototypeOf(value)
      )
        restoreInto(current, value);
      else target.set(key, value);
    }
    return;
  }
  if (target instanceof Set && source instanceof Set) {
    target.clear();
    for (const v of source) target.add(v);
    return;
  }
  if (Array.isArray(target) && Array.isArray(source)) {
    target.splice(0, target.length, ...(source as unknown[]));
    return;
  }
  const t = target as Record<string, unknown>;
  for (const key of Object.keys(t)) if (!(key in source)) delete t[key];
  Object.assign(t, source);
}
