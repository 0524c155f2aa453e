/**
 * Drive through the Advanced Drive service (v3). Every call passes supportsAllDrives: the LEA's files live in a
 * shared drive, and without it the API answers 404 for anything there. Under the drive.file scope the add-on
 * sees only files it created and folders the user picked, which is all this module ever touches.
 */
import { MIME } from '../../core/folders';

const ALL_DRIVES = { supportsAllDrives: true } as const;
const FIELDS = 'id,name,mimeType,parents,driveId,trashed,webViewLink';
/** Metadata-only calls pass null for the media (the typings want a Blob there). */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  /** The shared drive holding the file; absent in My Drive. */
  driveId?: string;
  trashed: boolean;
  url: string;
}

function api(): GoogleAppsScript.Drive {
  // The advanced service is declared in appsscript.json; without it the global is missing.
  if (typeof Drive === 'undefined' || !Drive) throw new Error('The Drive advanced service is not enabled.');
  return Drive;
}

function toFile(r: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File): DriveFile {
  return {
    id: String(r.id),
    name: String(r.name ?? ''),
    mimeType: String(r.mimeType ?? ''),
    parents: [...(r.parents ?? [])],
    ...(r.driveId ? { driveId: r.driveId } : {}),
    trashed: r.trashed === true,
    url: String(r.webViewLink ?? ''),
  };
}

/** A 404 (deleted, or never visible to the add-on) reads as "no such file"; anything else is a real failure. */
function isNotFound(error: unknown): boolean {
  const details = (error as { details?: { code?: number } } | null)?.details;
  return details?.code === 404 || /File not found/i.test(String((error as Error)?.message ?? ''));
}

/** A string inside a Drive query's single quotes. */
const quoted = (text: string) => text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");

/** The file, or null when it is gone or the add-on cannot see it. */
export function getFile(id: string): DriveFile | null {
  try {
    return toFile(api().Files!.get(id, { ...ALL_DRIVES, fields: FIELDS }));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

export function createFolder(name: string, parentId: string): DriveFile {
  return toFile(
    api().Files!.create({ name, mimeType: MIME.folder, parents: [parentId] }, NO_MEDIA, {
      ...ALL_DRIVES,
      fields: FIELDS,
    }),
  );
}

/** A file of this name and type the add-on can see, anywhere it made files, or null. */
function findOne(clauses: string, name: string, mimeType: string): DriveFile | null {
  const list = api().Files!.list({
    ...ALL_DRIVES,
    includeItemsFromAllDrives: true,
    q: `${clauses}name = '${quoted(name)}' and mimeType = '${mimeType}' and trashed = false`,
    fields: `files(${FIELDS})`,
    pageSize: 1,
  });
  const first = list.files?.[0];
  return first ? toFile(first) : null;
}

/** A folder of this name directly in the parent (one the add-on made before), or null. */
export function findFolder(parentId: string, name: string): DriveFile | null {
  return findOne(`'${parentId}' in parents and `, name, MIME.folder);
}

/** A file of this exact name and type that the add-on made (under drive.file it sees no other), or null. */
export function findFileNamed(name: string, mimeType: string): DriveFile | null {
  return findOne('', name, mimeType);
}

/**
 * Files of this name and type made since `since` (RFC 3339) that the add-on can see, newest first: how a run
 * finds a file whose creation took effect though the call that made it failed.
 */
export function findMadeSince(name: string, mimeType: string, since: string): DriveFile[] {
  const list = api().Files!.list({
    ...ALL_DRIVES,
    includeItemsFromAllDrives: true,
    q: `name = '${quoted(name)}' and mimeType = '${mimeType}' and trashed = false and createdTime >= '${since}'`,
    fields: `files(${FIELDS},createdTime)`,
    pageSize: 10,
  });
  return (list.files ?? [])
    .sort((a, b) => String(b.createdTime).localeCompare(String(a.createdTime)))
    .map(toFile);
}

/** Moves a file into a folder (out of wherever it was); a file already there is left alone. */
export function moveFile(file: DriveFile, folderId: string): DriveFile {
  if (file.parents.length === 1 && file.parents[0] === folderId) return file;
  return toFile(
    api().Files!.update({}, file.id, NO_MEDIA, {
      ...ALL_DRIVES,
      addParents: folderId,
      removeParents: file.parents.filter((p) => p !== folderId).join(','),
      fields: FIELDS,
    }),
  );
}
