/**
 * "Create or update invitations": one Google Form per language from the Start settings and the Meetings tab,
 * created once and updated in place after that (same item ids, so response columns stay), answers sent to the
 * workbook, filed in the group's folder; then each member's invitation code (made once) and personal link in
 * their language on the Partners tab (one write); the forms' links on the Start tab (one write); then the one
 * form-submit trigger.
 *
 * Safe to re-run after a failure at any call: a new form's id is remembered before anything else is done to it,
 * items are found again by id or title, codes are only ever added, the Partners write is one call, and the
 * destination, folder and trigger steps each check before they act.
 */
import { findMadeSince, getFile } from '../adapters/drive/drive-files';
import {
  createForm,
  destinationId,
  formUrls,
  linkDestination,
  linkFor,
  openForm,
  openToRespondents,
  prefilledTemplate,
  writeForm,
} from '../adapters/forms/invitation-form';
import { randomSeed } from '../adapters/platform/random';
import { nameTab, responseSheet } from '../adapters/response-tabs';
import { type StartSnapshot, writeFormLinks } from '../adapters/start-tab';
import { readTableValues, records, updateRecords } from '../adapters/table-io';
import { ensureFormSubmitTrigger } from '../adapters/triggers';
import { tabName, type Workbook } from '../adapters/workbook';
import { readMeetings } from '../adapters/workbook-data';
import { ensureHeader } from '../adapters/workbook-setup';
import { MIME } from '../core/folders';
import { FORM_LANGUAGES, invitationForm } from '../core/forms/invitation';
import type { Lang, MessageKey } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import type { Meeting } from '../core/meeting';
import { recipientLangOfCell } from '../core/recipient';
import { codeKey, codeSource } from '../core/rsvp';
import type { Settings } from '../core/settings';
import type { FormLink } from '../core/workbook/form-links';
import { MEETINGS_TAB, PARTNERS_TAB } from '../core/workbook/tabs';
import { fileInto } from './folder';
import { formMemory, type InvitationMemory, readMemory, writeMemory } from './invitation-record';

/** The trigger handler's name (an export of src/main.ts). */
const ANSWER_HANDLER = 'onInvitationAnswer';

/**
 * What a call read of the tabs the Invitations panel shows, as its own writes left them, so the panel's view
 * after the call reads no tab a second time.
 */
export interface TabsAfter {
  /** The Partners tab's data rows by column key. */
  partners?: Record<string, unknown>[];
  meetings?: Meeting[];
  /** The Unmatched answers tab's row count and name, when the call read it. */
  unmatched?: { unmatched: number; unmatchedTab: string };
}

export interface InvitationsResult {
  members: number;
  /** Things to tell the user besides "done": a recreated form, no folder chosen. */
  notices: { key: MessageKey; params?: Record<string, unknown> }[];
  after: TabsAfter;
}

export function readMeetingsTab(workbook: Workbook): Meeting[] {
  return readMeetings(
    readTableValues(workbook.tabs.meetings!, MEETINGS_TAB),
    workbook.lang,
    workbook.timeZone,
  ).meetings;
}

/** How much earlier than the script's clock a new form's creation is looked for (Drive's clock may differ). */
const CLOCK_MARGIN_MS = 5 * 60_000;

/**
 * A new form for the language. When FormApp.create made the form but the run failed before it learned the id,
 * that form is in Drive: so the time is kept before creating, and a run that finds it kept looks for a form of
 * the same name made since, whose answers go nowhere else yet, and adopts it instead of making a second one.
 */
function newForm(
  memory: InvitationMemory,
  lang: Lang,
  title: string,
  spreadsheetId: string,
): GoogleAppsScript.Forms.Form {
  const kept = formMemory(memory, lang);
  if (kept.creating) {
    const taken = new Set(FORM_LANGUAGES.map((l) => memory.forms[l]?.formId));
    for (const file of findMadeSince(title, MIME.form, kept.creating)) {
      if (taken.has(file.id)) continue;
      const orphan = openForm(file.id);
      const goesTo = orphan ? destinationId(orphan) : 'unreadable';
      if (orphan && (goesTo === '' || goesTo === spreadsheetId)) return orphan;
    }
  } else {
    kept.creating = new Date(Date.now() - CLOCK_MARGIN_MS).toISOString();
    writeMemory(memory);
  }
  return createForm(title);
}

/** Creates or updates one language's form; returns its prefilled-link template. */
function syncForm(
  workbook: Workbook,
  lang: Lang,
  settings: Settings,
  meetings: readonly Meeting[],
  notices: InvitationsResult['notices'],
): string {
  const memory = readMemory();
  const remembered = formMemory(memory, lang);
  const spec = invitationForm(lang, settings, meetings);
  const file = remembered.formId ? getFile(remembered.formId) : null;
  let form = file && !file.trashed ? openForm(file.id) : null;
  if (!form) {
    if (remembered.formId)
      notices.push({
        key: 'inv.recreated',
        params: { language: t(workbook.lang, `lang.${lang}`), tab: tabName(workbook, 'partners') },
      });
    form = newForm(memory, lang, spec.title, workbook.spreadsheet.getId());
    memory.forms[lang] = { formId: form.getId(), items: {}, applied: 0 };
    writeMemory(memory);
  }
  const items = writeForm(form, spec, memory.forms[lang]!.items);
  memory.forms[lang]!.items = items;
  writeMemory(memory);
  openToRespondents(form);
  linkDestination(form, workbook.spreadsheet.getId());
  const sheet = responseSheet(workbook.spreadsheet.getSheets(), form.getId(), memory.forms[lang]!.sheetId);
  if (sheet) {
    nameTab(
      workbook.spreadsheet,
      sheet,
      t(workbook.lang, 'inv.responsesTab', { language: t(workbook.lang, `lang.${lang}`) }),
    );
    if (memory.forms[lang]!.sheetId !== sheet.getSheetId()) {
      memory.forms[lang]!.sheetId = sheet.getSheetId();
      writeMemory(memory);
    }
  }
  const filed = fileInto('forms', form.getId(), workbook.lang);
  if (filed.notice) notices.push({ key: filed.notice });
  const urls = formUrls(form);
  if (remembered.url !== urls.published || remembered.editUrl !== urls.edit) {
    Object.assign(memory.forms[lang]!, { url: urls.published, editUrl: urls.edit });
    writeMemory(memory);
  }
  return prefilledTemplate(form, items.code);
}

/**
 * Gives each member without a code one, and everyone their link in their language: one write. Returns the
 * members' rows as written.
 */
function writeLinks(
  workbook: Workbook,
  templates: Record<Lang, string>,
  seed: string,
): Record<string, unknown>[] {
  const snapshot = ensureHeader(workbook.tabs.partners!, PARTNERS_TAB, workbook.lang);
  const rows = records(snapshot).filter((r) => String(r.values.name ?? '').trim() !== '');
  const taken = new Set(rows.map((r) => codeKey(String(r.values.inviteCode ?? ''))));
  const nextCode = codeSource(seed);
  const fresh = (): string => {
    let code = nextCode();
    while (taken.has(codeKey(code))) code = nextCode();
    taken.add(codeKey(code));
    return code;
  };
  const updates = new Map<number, Record<string, unknown>>();
  for (const { row, values } of rows) {
    const code = String(values.inviteCode ?? '').trim() || fresh();
    const link = linkFor(templates[recipientLangOfCell(values.preferredLanguage)], code);
    if (code !== values.inviteCode || link !== values.inviteLink)
      updates.set(row, { inviteCode: code, inviteLink: link });
  }
  updateRecords(snapshot, updates);
  return rows.map(({ row, values }) => ({ ...values, ...updates.get(row) }));
}

/** `start` is the Start tab the settings were read from, where the forms' links go. */
export function createOrUpdateInvitations(
  workbook: Workbook,
  { settings, start }: { settings: Settings; start: StartSnapshot },
): InvitationsResult {
  const meetings = readMeetingsTab(workbook);
  const notices: InvitationsResult['notices'] = [];
  const templates = {} as Record<Lang, string>;
  for (const lang of FORM_LANGUAGES) templates[lang] = syncForm(workbook, lang, settings, meetings, notices);
  writeFormLinks(workbook.tabs.start!, start, workbook.lang, formLinks());
  const partners = writeLinks(workbook, templates, randomSeed());
  ensureFormSubmitTrigger(workbook.spreadsheet, ANSWER_HANDLER);
  return { members: partners.length, notices, after: { partners, meetings } };
}

/** The forms as the last run left them, for the sidebar and the Start tab (none before the first run). */
export function formLinks(): FormLink[] {
  const memory = readMemory();
  return FORM_LANGUAGES.flatMap((lang) => {
    const form = memory.forms[lang];
    return form?.url && form.editUrl ? [{ lang, url: form.url, editUrl: form.editUrl }] : [];
  });
}
