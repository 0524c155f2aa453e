/**
 * What the invitations remember between runs (document properties): each language's form id, its item ids and
 * response tab, the Unmatched answers tab, and how far each response tab has been applied.
 */
import { readDocumentRecord, writeDocumentRecord } from '../adapters/document-store';
import type { ItemIds } from '../adapters/forms/invitation-form';
import type { Lang } from '../core/i18n/catalog';

const KEY = 'invitations';

export interface FormMemory {
  formId?: string;
  items: ItemIds;
  sheetId?: number;
  /** Response tab rows applied to the Partners tab so far (data rows, not counting the header). */
  applied: number;
  url?: string;
  editUrl?: string;
  /**
   * Kept just before a new form is made (an RFC 3339 time, a little early for clock differences): if the run
   * fails before it learns the form's id, the next run finds the form made since and adopts it.
   */
  creating?: string;
}

export interface InvitationMemory {
  forms: Partial<Record<Lang, FormMemory>>;
  unmatchedSheetId?: number;
}

export function readMemory(): InvitationMemory {
  const record = readDocumentRecord(KEY);
  try {
    const parsed = JSON.parse(record.state ?? '{}') as InvitationMemory;
    return {
      forms: parsed.forms ?? {},
      ...(parsed.unmatchedSheetId ? { unmatchedSheetId: parsed.unmatchedSheetId } : {}),
    };
  } catch {
    return { forms: {} };
  }
}

export function writeMemory(memory: InvitationMemory): void {
  writeDocumentRecord(KEY, { state: JSON.stringify(memory) });
}

export function formMemory(memory: InvitationMemory, lang: Lang): FormMemory {
  memory.forms[lang] ??= { items: {}, applied: 0 };
  return memory.forms[lang]!;
}
