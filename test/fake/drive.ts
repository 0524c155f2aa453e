import type { Expect, NoExtraMembers } from './api-check';
import type { Clock, Ids, World } from './context';
import { raw, tag } from './recorder';
import { enumOf } from './spreadsheet-rules';
import { FakeUser } from './user';

export const MIME_FOLDER = 'application/vnd.google-apps.folder';
export const Access = enumOf('ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE');
export const Permission = enumOf('VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'FILE_ORGANIZER', 'NONE');

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  /** The shared drive the item lives in; null in My Drive. */
  driveId: string | null;
  trashed: boolean;
  starred: boolean;
  description: string;
  content: string;
  created: Date;
  modified: Date;
  owner: string;
  editors: string[];
  viewers: string[];
  access: string;
  permission: string;
  /**
   * Whether the add-on can see the item under the drive.file scope: it created it, or the user picked it with
   * Google Picker. Anything else answers 404 as if it did not exist ("per-file access": drive.file reaches only
   * files the app created or the user opened with it).
   * https://developers.google.com/drive/api/guides/about-auth
   */
  appAccess: boolean;
}

/** Creates and copies Google-type files (Sheets, Docs, Forms) whose content lives in their own models. */
export interface GoogleTypeFactory {
  create(name: string): string;
  copy(fromId: string, name: string): string;
}

/** Every file and folder, My Drive and shared drives, in one id space. */
export class DriveModel {
  readonly items = new Map<string, DriveItem>();
  readonly sharedDrives = new Map<string, { id: string; name: string }>();
  readonly rootId: string;
  readonly factories = new Map<string, GoogleTypeFactory>();
  readonly #ids: Ids;
  readonly #clock: Clock;
  readonly #owner: string;

  constructor(ids: Ids, clock: Clock, owner: string) {
    this.#ids = ids;
    this.#clock = clock;
    this.#owner = owner;
    this.rootId = ids.next('RT');
    this.#put({ id: this.rootId, name: 'My Drive', mimeType: MIME_FOLDER, parents: [], driveId: null });
  }

  #put(fields: Pick<DriveItem, 'id' | 'name' | 'mimeType' | 'parents' | 'driveId'>): DriveItem {
    const now = this.#clock.now();
    const item: DriveItem = {
      trashed: false,
      starred: false,
      description: '',
      content: '',
      created: now,
      modified: now,
      owner: this.#owner,
      editors: [],
      viewers: [],
      access: Access.PRIVATE,
      permission: Permission.NONE,
      appAccess: true,
      ...fields,
    };
    this.items.set(item.id, item);
    return item;
  }

  get(id: string): DriveItem | undefined {
    return this.items.get(id);
  }

  /** `byOthers`: a file someone else made, which the add-on cannot see until the user picks it. */
  addFile(f: {
    id?: string;
    name: string;
    mimeType: string;
    parent?: string;
    content?: string;
    byOthers?: boolean;
  }): DriveItem {
    const parent = this.items.get(f.parent ?? this.rootId);
    const item = this.#put({
      id: f.id ?? this.#ids.next(f.mimeType === MIME_FOLDER ? 'FD' : 'FL'),
      name: f.name,
      mimeType: f.mimeType,
      parents: [parent?.id ?? this.rootId],
      driveId: parent?.driveId ?? null,
    });
    item.content = f.content ?? '';
    item.appAccess = !f.byOthers;
    return item;
  }

  addSharedDrive(name: string): string {
    const id = this.#ids.next('SD').slice(0, 19);
    this.sharedDrives.set(id, { id, name });
    this.#put({ id, name, mimeType: MIME_FOLDER, parents: [], driveId: id }).appAccess = false;
    return id;
  }

  /** What picking an item with Google Picker does under drive.file: the add-on may see and use it from now on. */
  grant(id: string): void {
    const item = this.items.get(id);
    if (item) item.appAccess = true;
  }

  /** Google-type files get their content model from the factory; other files keep text content. */
  create(name: string, mimeType: string, parent: string, content = ''): DriveItem {
    const factory = this.factories.get(mimeType);
    if (factory) {
      const item = this.items.get(factory.create(name))!;
      this.move(item.id, parent);
      return item;
    }
    return this.addFile({ name, mimeType, parent, content });
  }

  copy(id: string, name: string, parent: string): DriveItem {
    const source = this.items.get(id)!;
    const factory = this.factories.get(source.mimeType);
    const copy = factory
      ? this.items.get(factory.copy(id, name))!
      : this.addFile({ name, mimeType: source.mimeType, content: source.content });
    copy.description = source.description;
    this.move(copy.id, parent);
    return copy;
  }

  move(id: string, folderId: string): void {
    const item = this.items.get(id)!;
    const folder = this.items.get(folderId)!;
    item.parents = [folder.id];
    item.driveId = folder.driveId;
    item.modified = this.#clock.now();
  }

  rename(id: string, name: string): void {
    const item = this.items.get(id);
    if (item) {
      item.name = name;
      item.modified = this.#clock.now();
    }
  }

  /** What the add-on sees in a folder: under drive.file, only items it can see. */
  children(folderId: string): DriveItem[] {
    return [...this.items.values()].filter((i) => i.parents.includes(folderId) && !i.trashed && i.appAccess);
  }
}

function noItem(): Error {
  return new Error('No item with the given ID could be found. Or you do not have permission to access it.');
}

function isFolder(i: DriveItem): boolean {
  return i.mimeType === MIME_FOLDER;
}

/** Keeps the names of spreadsheets, documents and forms in step with their Drive files. */
function renameEverywhere(world: World, id: string, name: string): void {
  world.drive.rename(id, name);
  const model = world.spreadsheets.get(id) ?? world.documents.get(id) ?? world.forms.get(id);
  if (model) model.name = name;
}

function url(i: DriveItem): string {
  if (isFolder(i)) return `https://drive.google.com/drive/folders/${i.id}`;
  const kind = {
    'application/vnd.google-apps.spreadsheet': 'spreadsheets',
    'application/vnd.google-apps.document': 'document',
    'application/vnd.google-apps.form': 'forms',
  }[i.mimeType];
  return kind
    ? `https://docs.google.com/${kind}/d/${i.id}/edit`
    : `https://drive.google.com/file/d/${i.id}/view`;
}

export class FakeDriveApp {
  readonly #world: World;
  readonly Access = Access;
  readonly Permission = Permission;

  constructor(world: World) {
    this.#world = world;
    tag(this, 'DriveApp', 'DriveApp');
  }

  #all(): DriveItem[] {
    return [...this.#world.drive.items.values()].filter(
      (i) => !i.trashed && i.appAccess && i.id !== this.#world.drive.rootId,
    );
  }

  createFile(...args: unknown[]): FakeFile {
    return new FakeFolder(this.#world, this.#world.drive.rootId).createFile(...args);
  }
  createFolder(name: string): FakeFolder {
    return new FakeFolder(this.#world, this.#world.drive.rootId).createFolder(name);
  }
  getFileById(id: string): FakeFile {
    const item = this.#world.drive.get(id);
    if (!item?.appAccess || isFolder(item)) throw noItem();
    return new FakeFile(this.#world, id);
  }
  getFiles(): FakeFileIterator {
    return new FakeFileIterator(
      this.#world,
      this.#all()
        .filter((i) => !isFolder(i))
        .map((i) => i.id),
    );
  }
  getFilesByName(name: string): FakeFileIterator {
    const ids = this.#all().filter((i) => !isFolder(i) && i.name === name);
    return new FakeFileIterator(
      this.#world,
      ids.map((i) => i.id),
    );
  }
  getFilesByType(mimeType: string): FakeFileIterator {
    const ids = this.#all().filter((i) => i.mimeType === mimeType);
    return new FakeFileIterator(
      this.#world,
      ids.map((i) => i.id),
    );
  }
  getFolderById(id: string): FakeFolder {
    const item = this.#world.drive.get(id);
    if (!item?.appAccess || !isFolder(item)) throw noItem();
    return new FakeFolder(this.#world, id);
  }
  getFolders(): FakeFolderIterator {
    const ids = this.#all().filter((i) => isFolder(i) && !this.#world.drive.sharedDrives.has(i.id));
    return new FakeFolderIterator(
      this.#world,
      ids.map((i) => i.id),
    );
  }
  getFoldersByName(name: string): FakeFolderIterator {
    const ids = this.#all().filter((i) => isFolder(i) && i.name === name);
    return new FakeFolderIterator(
      this.#world,
      ids.map((i) => i.id),
    );
  }
  getRootFolder(): FakeFolder {
    return new FakeFolder(this.#world, this.#world.drive.rootId);
  }
}

export class FakeFile {
  readonly #world: World;
  readonly #id: string;

  constructor(world: World, id: string) {
    this.#world = world;
    this.#id = id;
    tag(this, 'DriveApp', 'File');
  }

  get #item(): DriveItem {
    return this.#world.drive.get(this.#id)!;
  }

  addEditor(emailAddress: string): this {
    if (!this.#item.editors.includes(emailAddress)) this.#item.editors.push(emailAddress);
    return this;
  }
  addEditors(emailAddresses: string[]): this {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }
  addViewer(emailAddress: string): this {
    if (!this.#item.viewers.includes(emailAddress)) this.#item.viewers.push(emailAddress);
    return this;
  }
  addViewers(emailAddresses: string[]): this {
    for (const e of emailAddresses) this.addViewer(e);
    return this;
  }
  getDateCreated(): Date {
    return new Date(this.#item.created);
  }
  getDescription(): string | null {
    return this.#item.description || null;
  }
  getEditors(): FakeUser[] {
    return this.#item.editors.map((e) => new FakeUser('DriveApp', e));
  }
  getId(): string {
    return this.#id;
  }
  getLastUpdated(): Date {
    return new Date(this.#item.modified);
  }
  getMimeType(): string {
    return this.#item.mimeType;
  }
  getName(): string {
    return this.#item.name;
  }
  /** Files in a shared drive have no owner. */
  getOwner(): FakeUser | null {
    return this.#item.driveId ? null : new FakeUser('DriveApp', this.#item.owner);
  }
  getParents(): FakeFolderIterator {
    return new FakeFolderIterator(this.#world, [...this.#item.parents]);
  }
  getSharingAccess(): string {
    return this.#item.access;
  }
  getSharingPermission(): string {
    return this.#item.permission;
  }
  getSize(): number {
    return Buffer.byteLength(this.#item.content);
  }
  getUrl(): string {
    return url(this.#item);
  }
  getViewers(): FakeUser[] {
    return this.#item.viewers.map((e) => new FakeUser('DriveApp', e));
  }
  isStarred(): boolean {
    return this.#item.starred;
  }
  isTrashed(): boolean {
    return this.#item.trashed;
  }
  makeCopy(...args: unknown[]): FakeFile {
    const name = typeof args[0] === 'string' ? args[0] : `Copy of ${this.#item.name}`;
    const dest = raw(args.find((a) => a instanceof FakeFolder) as FakeFolder | undefined);
    const copy = this.#world.drive.copy(
      this.#id,
      name,
      dest ? dest.getId() : (this.#item.parents[0] ?? this.#world.drive.rootId),
    );
    return new FakeFile(this.#world, copy.id);
  }
  moveTo(destination: FakeFolder): this {
    this.#world.drive.move(this.#id, raw(destination).getId());
    return this;
  }
  removeEditor(emailAddress: string): this {
    this.#item.editors = this.#item.editors.filter((e) => e !== emailAddress);
    return this;
  }
  removeViewer(emailAddress: string): this {
    this.#item.viewers = this.#item.viewers.filter((e) => e !== emailAddress);
    return this;
  }
  setContent(content: string): this {
    this.#item.content = content;
    return this;
  }
  setDescription(description: string): this {
    this.#item.description = description;
    return this;
  }
  setName(name: string): this {
    renameEverywhere(this.#world, this.#id, name);
    return this;
  }
  setSharing(accessType: string, permissionType: string): this {
    this.#item.access = accessType;
    this.#item.permission = permissionType;
    return this;
  }
  setStarred(starred: boolean): this {
    this.#item.starred = starred;
    return this;
  }
  setTrashed(trashed: boolean): this {
    this.#item.trashed = trashed;
    return this;
  }
}

export class FakeFolder {
  readonly #world: World;
  readonly #id: string;

  constructor(world: World, id: string) {
    this.#world = world;
    this.#id = id;
    tag(this, 'DriveApp', 'Folder');
  }

  get #item(): DriveItem {
    return this.#world.drive.get(this.#id)!;
  }

  addEditor(emailAddress: string): this {
    if (!this.#item.editors.includes(emailAddress)) this.#item.editors.push(emailAddress);
    return this;
  }
  addEditors(emailAddresses: string[]): this {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }
  /** createFile(name, content[, mimeType]) or createFile(blob). */
  createFile(...args: unknown[]): FakeFile {
    let item: DriveItem;
    const [first] = args;
    if (typeof first === 'string') {
      item = this.#world.drive.create(
        first,
        (args[2] as string | undefined) ?? 'text/plain',
        this.#id,
        String(args[1] ?? ''),
      );
    } else {
      const blob = raw(first) as GoogleAppsScript.Base.Blob;
      item = this.#world.drive.create(
        blob.getName() ?? 'Untitled',
        blob.getContentType() ?? 'application/octet-stream',
        this.#id,
        blob.getDataAsString(),
      );
    }
    return new FakeFile(this.#world, item.id);
  }
  createFolder(name: string): FakeFolder {
    return new FakeFolder(
      this.#world,
      this.#world.drive.addFile({ name, mimeType: MIME_FOLDER, parent: this.#id }).id,
    );
  }
  getDateCreated(): Date {
    return new Date(this.#item.created);
  }
  getDescription(): string | null {
    return this.#item.description || null;
  }
  getEditors(): FakeUser[] {
    return this.#item.editors.map((e) => new FakeUser('DriveApp', e));
  }
  getFiles(): FakeFileIterator {
    const ids = this.#world.drive.children(this.#id).filter((i) => !isFolder(i));
    return new FakeFileIterator(
      this.#world,
      ids.map((i) => i.id),
    );
  }
  getFilesByName(name: string): FakeFileIterator {
    const ids = this.#world.drive.children(this.#id).filter((i) => !isFolder(i) && i.name === name);
    return new FakeFileIterator(
      this.#world,
      ids.map((i) => i.id),
    );
  }
  getFilesByType(mimeType: string): FakeFileIterator {
    const ids = this.#world.drive.children(this.#id).filter((i) => i.mimeType === mimeType);
    return new FakeFileIterator(
      this.#world,
      ids.map((i) => i.id),
    );
  }
  getFolders(): FakeFolderIterator {
    const ids = this.#world.drive.children(this.#id).filter(isFolder);
    return new FakeFolderIterator(
      this.#world,
      ids.map((i) => i.id),
    );
  }
  getFoldersByName(name: string): FakeFolderIterator {
    const ids = this.#world.drive.children(this.#id).filter((i) => isFolder(i) && i.name === name);
    return new FakeFolderIterator(
      this.#world,
      ids.map((i) => i.id),
    );
  }
  getId(): string {
    return this.#id;
  }
  getLastUpdated(): Date {
    return new Date(this.#item.modified);
  }
  getName(): string {
    return this.#item.name;
  }
  getOwner(): FakeUser | null {
    return this.#item.driveId ? null : new FakeUser('DriveApp', this.#item.owner);
  }
  getParents(): FakeFolderIterator {
    return new FakeFolderIterator(this.#world, [...this.#item.parents]);
  }
  getUrl(): string {
    return url(this.#item);
  }
  isTrashed(): boolean {
    return this.#item.trashed;
  }
  moveTo(destination: FakeFolder): this {
    this.#world.drive.move(this.#id, raw(destination).getId());
    return this;
  }
  setDescription(description: string): this {
    this.#item.description = description;
    return this;
  }
  setName(name: string): this {
    this.#world.drive.rename(this.#id, name);
    return this;
  }
  setTrashed(trashed: boolean): this {
    this.#item.trashed = trashed;
    return this;
  }
}

abstract class FakeIterator<T> {
  readonly #ids: string[];
  #next = 0;

  constructor(ids: string[]) {
    this.#ids = ids;
  }

  protected abstract make(id: string): T;

  getContinuationToken(): string {
    return Buffer.from(JSON.stringify(this.#ids.slice(this.#next))).toString('base64');
  }
  hasNext(): boolean {
    return this.#next < this.#ids.length;
  }
  next(): T {
    if (!this.hasNext()) throw new Error('Cannot retrieve the next object: iterator has reached the end.');
    return this.make(this.#ids[this.#next++]!);
  }
}

export class FakeFileIterator extends FakeIterator<FakeFile> {
  readonly #world: World;

  constructor(world: World, ids: string[]) {
    super(ids);
    this.#world = world;
    tag(this, 'DriveApp', 'FileIterator');
  }

  protected make(id: string): FakeFile {
    return new FakeFile(this.#world, id);
  }
}

export class FakeFolderIterator extends FakeIterator<FakeFolder> {
  readonly #world: World;

  constructor(world: World, ids: string[]) {
    super(ids);
    this.#world = world;
    tag(this, 'DriveApp', 'FolderIterator');
  }

  protected make(id: string): FakeFolder {
    return new FakeFolder(this.#world, id);
  }
}

// ---- Advanced Drive service (Drive API v3) ----

/**
 * Advanced services throw GoogleJsonResponseException with the API's message.
 * Items in shared drives are invisible without supportsAllDrives: true, so the API answers 404.
 * https://developers.google.com/workspace/drive/api/guides/enable-shareddrives
 */
function apiError(method: string, code: number, message: string): Error {
  const e = new Error(`API call to drive.${method} failed with error: ${message}`);
  e.name = 'GoogleJsonResponseException';
  Object.assign(e, { details: { code, message } });
  return e;
}

type Args = Record<string, unknown> | undefined;

function resource(item: DriveItem): Record<string, unknown> {
  return {
    kind: 'drive#file',
    id: item.id,
    name: item.name,
    mimeType: item.mimeType,
    parents: [...item.parents],
    ...(item.driveId ? { driveId: item.driveId } : {}),
    trashed: item.trashed,
    starred: item.starred,
    description: item.description,
    createdTime: item.created.toISOString(),
    modifiedTime: item.modified.toISOString(),
    webViewLink: url(item),
    ...(item.driveId ? {} : { owners: [{ kind: 'drive#user', emailAddress: item.owner, me: true }] }),
  };
}

/** v3 returns only kind, id, name and mimeType unless `fields` asks for more. */
function select(full: Record<string, unknown>, fields: unknown): Record<string, unknown> {
  if (fields === '*') return full;
  const wanted =
    typeof fields === 'string' && fields
      ? fields.split(',').map((f) => f.trim().replace(/\(.*$/, ''))
      : ['kind', 'id', 'name', 'mimeType'];
  return Object.fromEntries(Object.entries(full).filter(([k]) => wanted.includes(k)));
}

/** A query's clauses: split at each "and" outside quotes (a file's name may say "and"). */
function clauses(q: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < q.length; i++) {
    const ch = q[i]!;
    if (quoted && ch === '\\') {
      current += ch + (q[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === "'") quoted = !quoted;
    const and = quoted ? null : /^\s+and\s+/i.exec(q.slice(i));
    if (and) {
      out.push(current);
      current = '';
      i += and[0].length - 1;
    } else current += ch;
  }
  return [...out, current];
}

/** The subset of the Drive query language the add-on needs: clauses joined by "and". */
function queryFilter(q: string): (i: DriveItem) => boolean {
  const tests = clauses(q)
    .filter(Boolean)
    .map((clause): ((i: DriveItem) => boolean) => {
      const c = clause.trim().replace(/^\((.*)\)$/, '$1');
      let m = /^'([^']+)'\s+in\s+parents$/.exec(c);
      if (m) return (i) => i.parents.includes(m![1]!);
      m = /^(name|mimeType)\s*(=|!=|contains)\s*'((?:[^'\\]|\\.)*)'$/.exec(c);
      if (m) {
        const [, field, op, raw] = m;
        const value = raw!.replace(/\\(.)/g, '$1');
        return (i) => {
          const v = field === 'name' ? i.name : i.mimeType;
          return op === '=' ? v === value : op === '!=' ? v !== value : v.includes(value);
        };
      }
      m = /^trashed\s*=\s*(true|false)$/.exec(c);
      if (m) return (i) => i.trashed === (m![1] === 'true');
      // Times compare as RFC 3339 date-times (UTC when no offset is given).
      // https://developers.google.com/workspace/drive/api/guides/ref-search-terms#file-properties
      m = /^(createdTime|modifiedTime)\s*(<=|>=|<|>|=|!=)\s*'([^']+)'$/.exec(c);
      if (m) {
        const [, field, op, value] = m;
        const at = Date.parse(/(Z|[+-]\d\d:\d\d)$/.test(value!) ? value! : `${value}Z`);
        if (Number.isNaN(at)) throw apiError('files.list', 400, 'Invalid Value');
        return (i) => {
          const t = (field === 'createdTime' ? i.created : i.modified).getTime();
          return { '<': t < at, '<=': t <= at, '>': t > at, '>=': t >= at, '=': t === at, '!=': t !== at }[
            op!
          ]!;
        };
      }
      throw apiError('files.list', 400, 'Invalid Value');
    });
  return (i) => tests.every((t) => t(i));
}

export class FakeAdvancedDrive {
  readonly Files: FakeDriveFiles;
  readonly Drives: FakeDriveDrives;
  readonly Permissions: FakeDrivePermissions;

  constructor(world: World) {
    this.Files = new FakeDriveFiles(world);
    this.Drives = new FakeDriveDrives(world);
    this.Permissions = new FakeDrivePermissions(world);
    tag(this, 'Drive', 'Drive');
  }
}

/** An item the call may touch: one the add-on can see under drive.file, and in a shared drive only with supportsAllDrives. */
function visible(world: World, method: string, id: string, args: Args): DriveItem {
  const item = world.drive.get(id);
  if (!item?.appAccess || (item.driveId && args?.supportsAllDrives !== true))
    throw apiError(method, 404, `File not found: ${id}.`);
  return item;
}

export class FakeDriveFiles {
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
    tag(this, 'Drive', 'Files');
  }

  copy(resourceIn: Record<string, unknown>, fileId: string, optionalArgs?: Args): Record<string, unknown> {
    const source = visible(this.#world, 'files.copy', fileId, optionalArgs);
    const parents = (resourceIn.parents as string[] | undefined) ?? source.parents;
    for (const p of parents) visible(this.#world, 'files.copy', p, optionalArgs);
    const copy = this.#world.drive.copy(
      fileId,
      String(resourceIn.name ?? `Copy of ${source.name}`),
      parents[0]!,
    );
    return select(resource(copy), optionalArgs?.fields);
  }
  create(
    resourceIn: Record<string, unknown>,
    mediaData?: unknown,
    optionalArgs?: Args,
  ): Record<string, unknown> {
    const parents = (resourceIn.parents as string[] | undefined) ?? [this.#world.drive.rootId];
    for (const p of parents) visible(this.#world, 'files.create', p, optionalArgs);
    const content = mediaData ? (raw(mediaData) as GoogleAppsScript.Base.Blob).getDataAsString() : '';
    const item = this.#world.drive.create(
      String(resourceIn.name ?? 'Untitled'),
      String(resourceIn.mimeType ?? 'application/octet-stream'),
      parents[0]!,
      content,
    );
    if (typeof resourceIn.description === 'string') item.description = resourceIn.description;
    return select(resource(item), optionalArgs?.fields);
  }
  get(fileId: string, optionalArgs?: Args): Record<string, unknown> {
    return select(resource(visible(this.#world, 'files.get', fileId, optionalArgs)), optionalArgs?.fields);
  }
  /**
   * Shared-drive items are listed only with includeItemsFromAllDrives and supportsAllDrives; corpora "drive"
   * needs a driveId.
   */
  list(optionalArgs?: Args): Record<string, unknown> {
    const a = optionalArgs ?? {};
    const allDrives = a.includeItemsFromAllDrives === true && a.supportsAllDrives === true;
    if (a.corpora === 'drive' && (!a.driveId || !allDrives)) {
      throw apiError(
        'files.list',
        403,
        'The includeItemsFromAllDrives and supportsAllDrives parameters must be set to true when corpora is drive.',
      );
    }
    const match = typeof a.q === 'string' && a.q.trim() ? queryFilter(a.q) : () => true;
    const all = [...this.#world.drive.items.values()].filter(
      (i) =>
        i.id !== this.#world.drive.rootId &&
        i.appAccess &&
        !this.#world.drive.sharedDrives.has(i.id) &&
        (a.corpora === 'drive' ? i.driveId === a.driveId : allDrives || !i.driveId) &&
        (typeof a.q === 'string' && /trashed/.test(a.q) ? true : !i.trashed) &&
        match(i),
    );
    const start = typeof a.pageToken === 'string' ? Number(a.pageToken) : 0;
    const size = typeof a.pageSize === 'number' ? a.pageSize : 100;
    const page = all.slice(start, start + size);
    const filesFields = typeof a.fields === 'string' ? /files\(([^)]*)\)/.exec(a.fields)?.[1] : undefined;
    return {
      kind: 'drive#fileList',
      incompleteSearch: false,
      files: page.map((i) => select(resource(i), filesFields)),
      ...(start + size < all.length ? { nextPageToken: String(start + size) } : {}),
    };
  }
  remove(fileId: string, optionalArgs?: Args): void {
    visible(this.#world, 'files.delete', fileId, optionalArgs);
    this.#world.drive.items.delete(fileId);
  }
  update(resourceIn: Record<string, unknown>, fileId: string, mediaData?: unknown, optionalArgs?: Args) {
    const item = visible(this.#world, 'files.update', fileId, optionalArgs);
    if (typeof resourceIn.name === 'string') renameEverywhere(this.#world, fileId, resourceIn.name);
    if (typeof resourceIn.description === 'string') item.description = resourceIn.description;
    if (typeof resourceIn.trashed === 'boolean') item.trashed = resourceIn.trashed;
    if (typeof resourceIn.starred === 'boolean') item.starred = resourceIn.starred;
    if (mediaData) item.content = (raw(mediaData) as GoogleAppsScript.Base.Blob).getDataAsString();
    const add = typeof optionalArgs?.addParents === 'string' ? optionalArgs.addParents.split(',') : [];
    const remove =
      typeof optionalArgs?.removeParents === 'string' ? optionalArgs.removeParents.split(',') : [];
    for (const p of add) {
      visible(this.#world, 'files.update', p, optionalArgs);
      this.#world.drive.move(fileId, p);
    }
    item.parents = item.parents.filter((p) => !remove.includes(p) || add.includes(p));
    return select(resource(item), optionalArgs?.fields);
  }
}

export class FakeDriveDrives {
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
    tag(this, 'Drive', 'Drives');
  }

  get(driveId: string): Record<string, unknown> {
    const d = this.#world.drive.sharedDrives.get(driveId);
    if (!d) throw apiError('drives.get', 404, `Shared drive not found: ${driveId}`);
    return { kind: 'drive#drive', id: d.id, name: d.name };
  }
  list(optionalArgs?: Args): Record<string, unknown> {
    const q =
      typeof optionalArgs?.q === 'string' ? /name\s*=\s*'([^']*)'/.exec(optionalArgs.q)?.[1] : undefined;
    const drives = [...this.#world.drive.sharedDrives.values()].filter(
      (d) => q === undefined || d.name === q,
    );
    return {
      kind: 'drive#driveList',
      drives: drives.map((d) => ({ kind: 'drive#drive', id: d.id, name: d.name })),
    };
  }
}

export class FakeDrivePermissions {
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
    tag(this, 'Drive', 'Permissions');
  }

  create(resourceIn: Record<string, unknown>, fileId: string, optionalArgs?: Args): Record<string, unknown> {
    const item = visible(this.#world, 'permissions.create', fileId, optionalArgs);
    const email = String(resourceIn.emailAddress ?? '');
    const role = String(resourceIn.role ?? 'reader');
    if (resourceIn.type === 'anyone') item.access = Access.ANYONE_WITH_LINK;
    else if (role === 'reader' || role === 'commenter') item.viewers.push(email);
    else item.editors.push(email);
    return {
      kind: 'drive#permission',
      id: `p${item.editors.length + item.viewers.length}`,
      role,
      type: resourceIn.type,
      emailAddress: email,
    };
  }
  list(fileId: string, optionalArgs?: Args): Record<string, unknown> {
    const item = visible(this.#world, 'permissions.list', fileId, optionalArgs);
    const perms = [
      ...item.editors.map((e) => ({ role: 'writer', emailAddress: e })),
      ...item.viewers.map((e) => ({ role: 'reader', emailAddress: e })),
    ].map((p, n) => ({ kind: 'drive#permission', id: `p${n + 1}`, type: 'user', ...p }));
    return { kind: 'drive#permissionList', permissions: perms };
  }
}

type D = typeof GoogleAppsScript.Drive;
export type ApiChecks = [
  Expect<NoExtraMembers<FakeDriveApp, GoogleAppsScript.Drive.DriveApp>>,
  Expect<NoExtraMembers<FakeFile, GoogleAppsScript.Drive.File>>,
  Expect<NoExtraMembers<FakeFolder, GoogleAppsScript.Drive.Folder>>,
  Expect<NoExtraMembers<FakeFileIterator, GoogleAppsScript.Drive.FileIterator>>,
  Expect<NoExtraMembers<FakeFolderIterator, GoogleAppsScript.Drive.FolderIterator>>,
  Expect<NoExtraMembers<typeof Access, D['Access']>>,
  Expect<NoExtraMembers<FakeAdvancedDrive, GoogleAppsScript.Drive>>,
  Expect<NoExtraMembers<FakeDriveFiles, GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection>>,
  Expect<NoExtraMembers<FakeDriveDrives, GoogleAppsScript.Drive_v3.Drive.V3.Collection.DrivesCollection>>,
  Expect<
    NoExtraMembers<FakeDrivePermissions, GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection>
  >,
];
