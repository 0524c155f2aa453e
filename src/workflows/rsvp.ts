/**
 * Answers back into the roster. The form-submit trigger applies every answer not applied yet (its own, and any
 * whose trigger failed or never ran); "Sync answers" re-applies every answer on the response tabs. Either way
 * the latest answer of each member wins and lands on their Partners row as text, and answers whose code matches
 * no member are kept whole on the Unmatched answers tab, once each. Callers hold the document lock.
 *
 * Order for faults: the Partners write (one call) comes first, the Unmatched answers append (skipping answers
 * already there) next, and the "applied up to" marks last, so a failure anywhere leaves a state the next
 * trigger or Sync completes without applying anything twice.
 */
import { appendRows, readRows, responseSheet, unmatchedSheet } from '../adapters/response-tabs';
import { records, updateRecords } from '../adapters/table-io';
import type { Workbook } from '../adapters/workbook';
import { ensureHeader } from '../adapters/workbook-setup';
import { FORM_LANGUAGES, invitationForm } from '../core/forms/invitation';
import { t } from '../core/i18n/i18n';
import {
  type Answer,
  answerColumns,
  answerId,
  codeKey,
  latestByCode,
  memberCells,
  parseAnswer,
  UNMATCHED_HEADERS,
  unmatchedRow,
} from '../core/rsvp';
import type { Settings } from '../core/settings';
import { PARTNERS_TAB } from '../core/workbook/tabs';
import { readMemory, writeMemory } from './invitation-record';
import { readMeetingsTab, type TabsAfter } from './invitations';

export interface AnswersApplied {
  applied: number;
  unmatched: number;
  after: TabsAfter;
}

/** Whether a response tab belongs to one of the invitation forms (the trigger ignores other forms). */
export function isInvitationSheet(formUrl: string | null): boolean {
  const memory = readMemory();
  return FORM_LANGUAGES.some((lang) => {
    const id = memory.forms[lang]?.formId;
    return id !== undefined && (formUrl ?? '').includes(id);
  });
}

export function applyAnswers(workbook: Workbook, settings: Settings, all: boolean): AnswersApplied {
  const memory = readMemory();
  const meetings = readMeetingsTab(workbook);
  const sheets = workbook.spreadsheet.getSheets();
  const answers: Answer[] = [];
  const marks: Partial<Record<(typeof FORM_LANGUAGES)[number], number>> = {};
  for (const lang of FORM_LANGUAGES) {
    const form = memory.forms[lang];
    if (!form?.formId) continue;
    const sheet = responseSheet(sheets, form.formId, form.sheetId);
    if (!sheet) continue;
    const spec = invitationForm(lang, settings, meetings);
    const { header, rows } = readRows(sheet);
    const columns = answerColumns(spec, header);
    const from = all ? 0 : Math.min(form.applied, rows.length);
    for (let i = from; i < rows.length; i++) {
      if (rows[i]!.every((cell) => cell === '')) continue;
      answers.push(parseAnswer(spec, columns, rows[i]!, i + 2));
    }
    marks[lang] = rows.length;
  }
  if (answers.length === 0) return { applied: 0, unmatched: 0, after: { meetings } };

  const partners = ensureHeader(workbook.tabs.partners!, PARTNERS_TAB, workbook.lang);
  const rowOfCode = new Map<string, number>();
  for (const { row, values } of records(partners)) {
    const key = codeKey(String(values.inviteCode ?? ''));
    if (key) rowOfCode.set(key, row);
  }
  const updates = new Map<number, Record<string, unknown>>();
  for (const [key, answer] of latestByCode(answers)) {
    const row = rowOfCode.get(key);
    if (row !== undefined) updates.set(row, memberCells(answer, workbook.lang, workbook.timeZone));
  }
  updateRecords(partners, updates);
  const after: TabsAfter = {
    meetings,
    partners: records(partners).map(({ row, values }) => ({ ...values, ...updates.get(row) })),
  };

  const unmatched = answers.filter((a) => !rowOfCode.has(codeKey(a.code)));
  if (unmatched.length > 0) {
    const { sheet, rows } = unmatchedSheet(
      workbook.spreadsheet,
      memory.unmatchedSheetId,
      t(workbook.lang, 'inv.unmatchedTab'),
      UNMATCHED_HEADERS(workbook.lang),
      t(workbook.lang, 'inv.note.unmatched'),
    );
    memory.unmatchedSheetId = sheet.getSheetId();
    const idColumn = UNMATCHED_HEADERS(workbook.lang).length - 1;
    const kept = new Set(rows.map((r) => String(r[idColumn] ?? '')));
    const added = unmatched.filter((a) => !kept.has(answerId(a))).map((a) => unmatchedRow(a, workbook.lang));
    appendRows(sheet, added);
    after.unmatched = { unmatched: rows.length + added.length, unmatchedTab: sheet.getName() };
  }
  for (const [lang, mark] of Object.entries(marks)) memory.forms[lang as keyof typeof marks]!.applied = mark;
  writeMemory(memory);
  return { applied: updates.size, unmatched: unmatched.length, after };
}
