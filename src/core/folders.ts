/**
 * The group's folder in the LEA's shared drive holds every file the add-on generates, one subfolder per kind.
 * Each kind's subfolder is named in the workbook's language and created the first time a file of that kind is
 * filed.
 */
import type { MessageKey } from './i18n/catalog';

const FILE_KINDS = ['forms', 'letters', 'agendas', 'mou', 'reports'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export function subfolderKey(kind: FileKind): MessageKey {
  return `folder.kind.${kind}`;
}

export const MIME = {
  folder: 'application/vnd.google-apps.folder',
  form: 'application/vnd.google-apps.form',
  document: 'application/vnd.google-apps.document',
} as const;
