import { createHash, randomUUID } from 'node:crypto';
import type { Expect, NoExtraMembers } from './api-check';
import type { SentMail, World } from './context';
import { formatJavaDate } from './dates';
import { raw, tag } from './recorder';
import { enumOf } from './spreadsheet-rules';
import { FakeUser } from './user';

// Quotas: https://developers.google.com/apps-script/guides/services/quotas
const PROPERTY_VALUE_LIMIT = 9 * 1024;
const PROPERTY_STORE_LIMIT = 500 * 1024;
const CACHE_VALUE_LIMIT = 100 * 1024;
const CACHE_MAX_SECONDS = 21600;

function storeFor<V>(stores: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let store = stores.get(key);
  if (!store) {
    store = new Map();
    stores.set(key, store);
  }
  return store;
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export class FakePropertiesService {
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
    tag(this, 'PropertiesService', 'PropertiesService');
  }

  /** The store of the document the add-on runs in (the active spreadsheet). */
  getDocumentProperties(): FakeProperties {
    return new FakeProperties(storeFor(this.#world.properties.document, this.#world.activeSpreadsheetId));
  }
  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.#world.properties.script);
  }
  getUserProperties(): FakeProperties {
    return new FakeProperties(storeFor(this.#world.properties.user, this.#world.userEmail));
  }
}

/** Values are stored as strings. 9 KB per value and 500 KB per store, as the quotas say. */
export class FakeProperties {
  readonly #store: Map<string, string>;

  constructor(store: Map<string, string>) {
    this.#store = store;
    tag(this, 'PropertiesService', 'Properties');
  }

  #check(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) {
      if (bytes(v) > PROPERTY_VALUE_LIMIT) throw new Error('Argument too large: value');
      total += bytes(k) + bytes(v);
    }
    if (total > PROPERTY_STORE_LIMIT) {
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  }

  #replace(next: Map<string, string>): void {
    this.#check(next);
    this.#store.clear();
    for (const [k, v] of next) this.#store.set(k, v);
  }

  deleteAllProperties(): this {
    this.#store.clear();
    return this;
  }
  deleteProperty(key: string): this {
    this.#store.delete(key);
    return this;
  }
  getKeys(): string[] {
    return [...this.#store.keys()];
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.#store);
  }
  getProperty(key: string): string | null {
    return this.#store.get(key) ?? null;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    const next = new Map(deleteAllOthers ? [] : this.#store);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this.#replace(next);
    return this;
  }
  setProperty(key: string, value: unknown): this {
    const next = new Map(this.#store);
    next.set(key, String(value));
    this.#replace(next);
    return this;
  }
}

export class FakeCacheService {
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
    tag(this, 'CacheService', 'CacheService');
  }

  #cache(key: string): FakeCache {
    return new FakeCache(this.#world, storeFor(this.#world.caches, key));
  }

  getDocumentCache(): FakeCache {
    return this.#cache(`document:${this.#world.activeSpreadsheetId}`);
  }
  getScriptCache(): FakeCache {
    return this.#cache('script');
  }
  getUserCache(): FakeCache {
    return this.#cache(`user:${this.#world.userEmail}`);
  }
}

/** Entries expire by the workspace clock (default 600 s, at most 6 hours); values up to 100 KB. */
export class FakeCache {
  readonly #world: World;
  readonly #store: Map<string, { value: string; expires: number }>;

  constructor(world: World, store: Map<string, { value: string; expires: number }>) {
    this.#world = world;
    this.#store = store;
    tag(this, 'CacheService', 'Cache');
  }

  #get(key: string): string | null {
    const e = this.#store.get(key);
    if (!e) return null;
    if (e.expires <= this.#world.clock.now().getTime()) {
      this.#store.delete(key);
      return null;
    }
    return e.value;
  }

  #put(key: string, value: string, seconds: number): void {
    if (key.length > 250) throw new Error('Argument too large: key');
    if (bytes(value) > CACHE_VALUE_LIMIT) throw new Error('Argument too large: value');
    const ms = Math.min(seconds, CACHE_MAX_SECONDS) * 1000;
    this.#store.set(key, { value, expires: this.#world.clock.now().getTime() + ms });
  }

  get(key: string): string | null {
    return this.#get(key);
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.#get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds = 600): void {
    this.#put(key, String(value), expirationInSeconds);
  }
  putAll(values: Record<string, string>, expirationInSeconds = 600): void {
    for (const [k, v] of Object.entries(values)) this.#put(k, String(v), expirationInSeconds);
  }
  remove(key: string): void {
    this.#store.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.#store.delete(k);
  }
}

/** Locks belong to executions: the workspace's executions contend for them, and ending one releases its locks. */
export class FakeLockService {
  readonly #world: World;
  readonly #execution: number;

  constructor(world: World, execution: number) {
    this.#world = world;
    this.#execution = execution;
    tag(this, 'LockService', 'LockService');
  }

  getDocumentLock(): FakeLock {
    return new FakeLock(this.#world, `document:${this.#world.activeSpreadsheetId}`, this.#execution);
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this.#world, 'script', this.#execution);
  }
  getUserLock(): FakeLock {
    return new FakeLock(this.#world, `user:${this.#world.userEmail}`, this.#execution);
  }
}

export class FakeLock {
  readonly #world: World;
  readonly #key: string;
  readonly #execution: number;

  constructor(world: World, key: string, execution: number) {
    this.#world = world;
    this.#key = key;
    this.#execution = execution;
    tag(this, 'LockService', 'Lock');
  }

  #acquire(timeoutInMillis: number): boolean {
    const holder = this.#world.locks.get(this.#key);
    if (holder === undefined || holder === this.#execution) {
      this.#world.locks.set(this.#key, this.#execution);
      return true;
    }
    // Nothing else runs while this execution waits, so the other holder keeps the lock for the whole timeout.
    this.#world.clock.advance(timeoutInMillis);
    return false;
  }

  hasLock(): boolean {
    return this.#world.locks.get(this.#key) === this.#execution;
  }
  releaseLock(): void {
    if (this.hasLock()) this.#world.locks.delete(this.#key);
  }
  tryLock(timeoutInMillis: number): boolean {
    return this.#acquire(timeoutInMillis);
  }
  /** https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer) */
  waitLock(timeoutInMillis: number): void {
    if (!this.#acquire(timeoutInMillis)) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
  }
}

export class FakeSession {
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
    tag(this, 'Session', 'Session');
  }

  getActiveUser(): FakeUser {
    return new FakeUser('Session', this.#world.userEmail);
  }
  /** A language code such as "en" or "es". */
  getActiveUserLocale(): string {
    return this.#world.locale;
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser('Session', this.#world.userEmail);
  }
  getScriptTimeZone(): string {
    return this.#world.timeZone;
  }
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(this.#world.userEmail).digest('base64url').slice(0, 32);
  }
}

export const DigestAlgorithm = enumOf('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');
export const Charset = enumOf('US_ASCII', 'UTF_8');

function signedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

export class FakeBlob {
  #data: Buffer;
  #contentType: string | null;
  #name: string | null;

  constructor(data: Buffer, contentType: string | null, name: string | null) {
    this.#data = data;
    this.#contentType = contentType;
    this.#name = name;
    tag(this, 'Utilities', 'Blob');
  }

  copyBlob(): FakeBlob {
    return new FakeBlob(Buffer.from(this.#data), this.#contentType, this.#name);
  }
  getAs(contentType: string): FakeBlob {
    return new FakeBlob(Buffer.from(this.#data), contentType, this.#name);
  }
  getBlob(): FakeBlob {
    return this;
  }
  getBytes(): number[] {
    return signedBytes(this.#data);
  }
  getContentType(): string | null {
    return this.#contentType;
  }
  getDataAsString(charset?: string): string {
    return this.#data.toString(charset === 'US-ASCII' ? 'ascii' : 'utf8');
  }
  getName(): string | null {
    return this.#name;
  }
  isGoogleType(): boolean {
    return false;
  }
  setBytes(data: number[]): this {
    this.#data = Buffer.from(data.map((b) => b & 255));
    return this;
  }
  setContentType(contentType: string | null): this {
    this.#contentType = contentType;
    return this;
  }
  setContentTypeFromExtension(): this {
    const ext = /\.([a-z0-9]+)$/i.exec(this.#name ?? '')?.[1]?.toLowerCase() ?? '';
    const types: Record<string, string> = {
      html: 'text/html',
      txt: 'text/plain',
      csv: 'text/csv',
      pdf: 'application/pdf',
      json: 'application/json',
    };
    this.#contentType = types[ext] ?? null;
    return this;
  }
  setDataFromString(string: string): this {
    this.#data = Buffer.from(string, 'utf8');
    return this;
  }
  setName(name: string): this {
    this.#name = name;
    return this;
  }
}

/** RFC 4180 CSV, as Utilities.parseCsv reads it. */
function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && csv[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

export class FakeUtilities {
  readonly #world: World;
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;

  constructor(world: World) {
    this.#world = world;
    tag(this, 'Utilities', 'Utilities');
  }

  /** Signed bytes, as Java's byte[] reaches scripts; throws on text that is not base64, as Apps Script does. */
  base64Decode(encoded: string): number[] {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded.replace(/\s/g, ''))) {
      throw new Error('Exception: Invalid argument: encoded');
    }
    return signedBytes(Buffer.from(encoded, 'base64'));
  }
  base64Encode(data: string | number[]): string {
    return (
      typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 255))
    ).toString('base64');
  }
  computeDigest(algorithm: string, value: string | number[]): number[] {
    const name = {
      MD2: 'md5',
      MD5: 'md5',
      SHA_1: 'sha1',
      SHA_256: 'sha256',
      SHA_384: 'sha384',
      SHA_512: 'sha512',
    }[algorithm];
    if (!name) throw new Error(`Invalid argument: algorithm`);
    const data =
      typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.map((b) => b & 255));
    return signedBytes(createHash(name).update(data).digest());
  }
  formatDate(date: Date, timeZone: string, format: string): string {
    return formatJavaDate(date, timeZone, format);
  }
  /** printf-style %s, %d and %f, as Utilities.formatString supports. */
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(/%(\.\d+)?([sdf%])/g, (_m, precision: string | undefined, kind: string) => {
      if (kind === '%') return '%';
      const v = args[i++];
      if (kind === 'd') return String(Math.trunc(Number(v)));
      if (kind === 'f') return Number(v).toFixed(precision ? Number(precision.slice(1)) : 6);
      return String(v);
    });
  }
  getUuid(): string {
    return randomUUID();
  }
  newBlob(data: string | number[], contentType?: string, name?: string): FakeBlob {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 255));
    return new FakeBlob(buf, contentType ?? null, name ?? null);
  }
  parseCsv(csv: string, delimiter?: string): string[][] {
    return parseCsv(csv, delimiter);
  }
  /** Sleeping moves the workspace clock instead of blocking. */
  sleep(milliseconds: number): void {
    this.#world.clock.advance(milliseconds);
  }
}

function recipients(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Apps Script quotas are per user and "reset 24 hours after the first request". */
const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

export class FakeMailApp {
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
    tag(this, 'MailApp', 'MailApp');
  }

  /**
   * Recipients left in the current quota window (every to, cc and bcc address counts): the window opens with
   * the first send and closes 24 hours later, when the full quota is back.
   * https://developers.google.com/apps-script/guides/services/quotas
   * https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()
   */
  getRemainingDailyQuota(): number {
    const now = this.#world.clock.now().getTime();
    let start: number | null = null;
    let used = 0;
    for (const m of this.#world.outbox) {
      const at = m.sentAt.getTime();
      if (start === null || at - start >= QUOTA_WINDOW_MS) {
        start = at;
        used = 0;
      }
      used += this.#count(m);
    }
    return start !== null && now - start >= QUOTA_WINDOW_MS
      ? this.#world.mailQuota
      : this.#world.mailQuota - used;
  }

  #count(m: { to: string; cc?: string; bcc?: string }): number {
    return recipients(m.to).length + recipients(m.cc).length + recipients(m.bcc).length;
  }

  /**
   * sendEmail(message), (recipient, subject, body) or (recipient, subject, body, options). Every recipient,
   * cc and bcc included, counts against the daily quota.
   * https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
   */
  sendEmail(...args: unknown[]): void {
    type Options = Partial<Omit<SentMail, 'sentAt' | 'attachments'>> & { attachments?: unknown[] };
    const m: Options =
      typeof args[0] === 'object' && args[0] !== null
        ? { ...(args[0] as Options) }
        : {
            ...((args[3] as Options | undefined) ?? {}),
            to: String(args[0] ?? ''),
            subject: String(args[1] ?? ''),
            body: String(args[2] ?? ''),
          };
    const all = [...recipients(m.to), ...recipients(m.cc), ...recipients(m.bcc)];
    if (all.length === 0) throw new Error('Failed to send email: no recipient');
    const bad = all.find((r) => !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(r.replace(/^.*<(.+)>$/, '$1')));
    if (bad) throw new Error(`Invalid email: ${bad}`);
    if (all.length > this.getRemainingDailyQuota()) {
      throw new Error('Service invoked too many times for one day: email.');
    }
    this.#world.outbox.push({
      to: m.to ?? '',
      cc: m.cc,
      bcc: m.bcc,
      subject: m.subject ?? '',
      body: m.body ?? '',
      htmlBody: m.htmlBody,
      name: m.name,
      replyTo: m.replyTo,
      noReply: m.noReply,
      attachments: (m.attachments ?? []).map((a) => raw(a)),
      sentAt: this.#world.clock.now(),
    });
  }
}

function formatLog(args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first === 'string' && /%s/.test(first)) {
    let i = 0;
    return first.replace(/%s/g, () => String(rest[i++]));
  }
  return args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
}

export class FakeLogger {
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
    tag(this, 'Logger', 'Logger');
  }

  clear(): void {
    this.#world.logs.length = 0;
  }
  getLog(): string {
    return this.#world.logs.join('\n');
  }
  log(...args: unknown[]): this {
    this.#world.logs.push(formatLog(args));
    return this;
  }
}

/** The console Apps Script gives scripts; output goes to the workspace's log, not to the test's stdout. */
export class FakeConsole {
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
    tag(this, 'console', 'console');
  }

  error(...args: unknown[]): void {
    this.#world.logs.push(`ERROR ${formatLog(args)}`);
  }
  info(...args: unknown[]): void {
    this.#world.logs.push(`INFO ${formatLog(args)}`);
  }
  log(...args: unknown[]): void {
    this.#world.logs.push(formatLog(args));
  }
  warn(...args: unknown[]): void {
    this.#world.logs.push(`WARNING ${formatLog(args)}`);
  }
}

type U = typeof GoogleAppsScript.Utilities;
export type ApiChecks = [
  Expect<NoExtraMembers<FakePropertiesService, GoogleAppsScript.Properties.PropertiesService>>,
  Expect<NoExtraMembers<FakeProperties, GoogleAppsScript.Properties.Properties>>,
  Expect<NoExtraMembers<FakeCacheService, GoogleAppsScript.Cache.CacheService>>,
  Expect<NoExtraMembers<FakeCache, GoogleAppsScript.Cache.Cache>>,
  Expect<NoExtraMembers<FakeLockService, GoogleAppsScript.Lock.LockService>>,
  Expect<NoExtraMembers<FakeLock, GoogleAppsScript.Lock.Lock>>,
  Expect<NoExtraMembers<FakeSession, GoogleAppsScript.Base.Session>>,
  Expect<NoExtraMembers<FakeBlob, GoogleAppsScript.Base.Blob>>,
  Expect<NoExtraMembers<FakeUtilities, GoogleAppsScript.Utilities.Utilities>>,
  Expect<NoExtraMembers<FakeMailApp, GoogleAppsScript.Mail.MailApp>>,
  Expect<NoExtraMembers<FakeLogger, GoogleAppsScript.Base.Logger>>,
  Expect<NoExtraMembers<FakeConsole, Console>>,
  Expect<NoExtraMembers<typeof DigestAlgorithm, U['DigestAlgorithm']>>,
];
