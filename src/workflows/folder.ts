/**
 * The group's folder: where every file the add-on generates goes (forms, letters, agendas, the MOU, reports),
 * one subfolder per kind inside the folder the user picked once in the LEA's shared drive.
 *
 * How a workflow files a new file:
 *   const form = FormApp.create(title);                 // new Docs and Forms land in My Drive
 *   const filed = fileInto('forms', form.getId(), workbook.lang);
 *   // filed.url: the file's link, to write into the sheet
 *   // filed.notice: when no folder was chosen yet, a message to show the user (given once per workbook)
 * The kind's subfolder is made the first time and its id remembered in document properties; a subfolder made
 * by a run that failed before remembering it is found by name and reused, so a re-run never makes a second one.
 * A file already in its subfolder is left alone, so filing the same file again is harmless.
 */

import { readDocumentRecord, writeDocumentRecord } from '../adapters/document-store';
import { createFolder, type DriveFile, findFolder, getFile, moveFile } from '../adapters/drive/drive-files';
import { type FileKind, MIME, subfolderKey } from '../core/folders';
import type { Lang, MessageKey } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import { UserError } from '../core/user-error';

const RECORD = 'groupFolder';

export interface GroupFolder {
  id: string;
  name: string;
}

export interface Filed {
  url: string;
  /** The subfolder the file is in; null while no folder is chosen (the file stays in My Drive). */
  folderId: string | null;
  /** Said once per workbook: no folder is chosen, so files stay in My Drive. */
  notice: MessageKey | null;
}

export function groupFolder(): GroupFolder | null {
  const record = readDocumentRecord(RECORD);
  return record.id ? { id: record.id, name: record.name ?? '' } : null;
}

/** Remembers the folder the user picked (Picker granted the add-on access to it); its old subfolders are forgotten. */
export function chooseGroupFolder(folderId: string): GroupFolder {
  const folder = getFile(folderId);
  if (!folder || folder.trashed) throw new UserError('folder.notFound');
  if (folder.mimeType !== MIME.folder) throw new UserError('folder.notAFolder');
  const { notified } = readDocumentRecord(RECORD);
  writeDocumentRecord(RECORD, { id: folder.id, name: folder.name, ...(notified ? { notified } : {}) });
  return { id: folder.id, name: folder.name };
}

function subfolder(record: Record<string, string>, kind: FileKind, lang: Lang): string {
  const key = `kind.${kind}`;
  const known = record[key] ? getFile(record[key]) : null;
  if (known && !known.trashed) return known.id;
  const parent = record.id!;
  const name = t(lang, subfolderKey(kind));
  let made: DriveFile;
  try {
    made = findFolder(parent, name) ?? createFolder(name, parent);
  } catch (error) {
    // The group's folder was deleted or its access withdrawn: the user picks it again.
    if (getFile(parent) === null) throw new UserError('folder.notFound');
    throw error;
  }
  writeDocumentRecord(RECORD, { ...record, [key]: made.id });
  return made.id;
}

/** Files a file the add-on just made into the kind's subfolder; see the top of this module. */
export function fileInto(kind: FileKind, fileId: string, lang: Lang): Filed {
  const record = readDocumentRecord(RECORD);
  const file = getFile(fileId);
  if (!file) throw new Error(`File ${fileId} is not visible to the add-on.`);
  if (!record.id) {
    if (record.notified) return { url: file.url, folderId: null, notice: null };
    writeDocumentRecord(RECORD, { ...record, notified: '1' });
    return { url: file.url, folderId: null, notice: 'folder.notChosen' };
  }
  const folderId = subfolder(record, kind, lang);
  return { url: moveFile(file, folderId).url, folderId, notice: null };
}
