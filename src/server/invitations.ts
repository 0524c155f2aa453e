/**
 * Invitations from the menu, the sidebar and the form-submit trigger. Commands and RPCs run under the document
 * lock; messages are in the reader's language, cells in the workbook's (the workflows write them).
 */
import * as z from 'zod/mini';
import { withDocumentLock } from '../adapters/lock';
import { readRows } from '../adapters/response-tabs';
import { readTableValues, records } from '../adapters/table-io';
import { tabName } from '../adapters/workbook';
import { formatDate } from '../core/dates';
import { invitedMeetings, SUPPORTS, type Support } from '../core/forms/invitation';
import { type Lang, t, tKey } from '../core/i18n';
import { MEMBER_STATUSES, type MemberStatus } from '../core/member';
import { rsvpRow, supportsPerMeeting } from '../core/rsvp';
import { PARTNERS_TAB } from '../core/workbook/tabs';
import { groupFolder } from '../workflows/folder';
import { readMemory } from '../workflows/invitation-record';
import {
  createOrUpdateInvitations,
  formLinks,
  readMeetingsTab,
  type TabsAfter,
} from '../workflows/invitations';
import { applyAnswers, isInvitationSheet } from '../workflows/rsvp';
import { currentLang } from './locale';
import { defineRpc, errorMessage, READ } from './rpc';
import { openReadyWorkbook, type ReadyWorkbook, startSettings, workbookSettings } from './workbook-session';

export interface InvitationsView {
  forms: { lang: Lang; language: string; url: string; editUrl: string }[];
  /** The group's folder, or null while files stay in My Drive. */
  folder: string | null;
  statuses: { status: MemberStatus; label: string; count: number }[];
  unmatched: number;
  /** The Unmatched answers tab's name as the workbook shows it. */
  unmatchedTab: string;
  meetings: {
    date: string;
    label: string;
    coming: number;
    needs: { support: Support; label: string; count: number }[];
    other: number;
  }[];
}

function unmatchedAnswers(workbook: ReadyWorkbook): { unmatched: number; unmatchedTab: string } {
  const id = readMemory().unmatchedSheetId;
  const sheet = workbook.spreadsheet.getSheets().find((s) => s.getSheetId() === id);
  return sheet
    ? { unmatched: readRows(sheet).rows.length, unmatchedTab: sheet.getName() }
    : { unmatched: 0, unmatchedTab: t(workbook.lang, 'inv.unmatchedTab') };
}

/** The panel's view; `after` holds what the call already read (as its writes left it), so no tab is read twice. */
function invitationsView(workbook: ReadyWorkbook, readerLang: Lang, after: TabsAfter = {}): InvitationsView {
  const partners =
    after.partners ?? records(readTableValues(workbook.tabs.partners, PARTNERS_TAB)).map((r) => r.values);
  const rows = partners.map((values) => rsvpRow(values));
  const meetings = invitedMeetings(after.meetings ?? readMeetingsTab(workbook));
  const perMeeting = supportsPerMeeting(
    rows,
    meetings.map((m) => m.date),
  );
  const folder = groupFolder();
  return {
    forms: formLinks().map((f) => ({ ...f, language: t(readerLang, `lang.${f.lang}`) })),
    folder: folder ? folder.name : null,
    statuses: MEMBER_STATUSES.map((status) => ({
      status,
      // As the Status column shows it.
      label: t(workbook.lang, `status.${status}`),
      count: rows.filter((r) => r.status === status).length,
    })).filter((s) => s.count > 0),
    ...(after.unmatched ?? unmatchedAnswers(workbook)),
    meetings: meetings.map((m, i) => ({
      date: m.date,
      label: `${formatDate(readerLang, m.date)}${m.title ? ` · ${m.title}` : ''}`,
      coming: perMeeting[i]!.attending,
      needs: SUPPORTS.map((support) => ({
        support,
        label: t(readerLang, `inv.support.${support}`),
        count: perMeeting[i]!.needs[support],
      })),
      other: perMeeting[i]!.other,
    })),
  };
}

/** What a command did, with the workbook and the tabs it read, for the panel's view after it. */
interface Done {
  message: string;
  workbook: ReadyWorkbook;
  after: TabsAfter;
}

function create(readerLang: Lang): Done & { notices: string[] } {
  return withDocumentLock(() => {
    const workbook = openReadyWorkbook(readerLang);
    const result = createOrUpdateInvitations(workbook, startSettings(workbook));
    return {
      workbook,
      after: result.after,
      message: t(readerLang, 'inv.done', {
        members: result.members,
        tab: tabName(workbook, 'partners'),
        start: tabName(workbook, 'start'),
      }),
      notices: result.notices.map((n) => tKey(readerLang, n.key, n.params)),
    };
  });
}

function sync(readerLang: Lang): Done {
  return withDocumentLock(() => {
    const workbook = openReadyWorkbook(readerLang);
    if (readMemory().forms.en?.formId === undefined && readMemory().forms.es?.formId === undefined)
      return { message: t(readerLang, 'inv.noForms'), workbook, after: {} };
    const { applied, unmatched, after } = applyAnswers(workbook, workbookSettings(workbook), true);
    const tab = tabName(workbook, 'partners');
    return { message: t(readerLang, 'inv.sync.done', { applied, unmatched, tab }), workbook, after };
  });
}

/** Menu: Create or update invitations. */
export function createInvitations(): void {
  const lang = currentLang();
  try {
    const { message, notices, workbook } = create(lang);
    if (notices.length > 0) SpreadsheetApp.getUi().alert([message, ...notices].join('\n\n'));
    else workbook.spreadsheet.toast(message, t(lang, 'app.name'));
  } catch (error) {
    SpreadsheetApp.getUi().alert(errorMessage(lang, error, 'fault.invitations.partial'));
  }
}

/** Menu: Sync answers. */
export function syncAnswers(): void {
  const lang = currentLang();
  try {
    const { message, workbook } = sync(lang);
    workbook.spreadsheet.toast(message, t(lang, 'app.name'));
  } catch (error) {
    SpreadsheetApp.getUi().alert(errorMessage(lang, error, 'fault.answers.partial'));
  }
}

/**
 * The spreadsheet form-submit trigger. Add-on triggers send no failure emails, so a failure here (e.g. the lock
 * was busy) is only logged: the next answer's trigger, or Sync answers, applies what this one missed.
 */
export function onInvitationAnswer(event?: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  if (event?.range && !isInvitationSheet(event.range.getSheet().getFormUrl())) return;
  withDocumentLock(() => {
    // No reader here: 'en' only stands in for a workbook language never stored.
    const workbook = openReadyWorkbook('en');
    applyAnswers(workbook, workbookSettings(workbook), false);
  });
}

export const getInvitations = defineRpc(
  z.strictObject({}),
  (_arg, { readerLang }) => invitationsView(openReadyWorkbook(readerLang), readerLang),
  READ,
);

/** A job of many calls: a failure part-way is told as such, and running it again finishes it. */
const JOB = { unchanged: 'fault.invitations.partial' } as const;

export const updateInvitations = defineRpc(
  z.strictObject({}),
  (_arg, { readerLang }) => {
    const { message, notices, workbook, after } = create(readerLang);
    return { message, notices, view: invitationsView(workbook, readerLang, after) };
  },
  JOB,
);

export const syncInvitationAnswers = defineRpc(
  z.strictObject({}),
  (_arg, { readerLang }) => {
    const { message, workbook, after } = sync(readerLang);
    return { message, notices: [] as string[], view: invitationsView(workbook, readerLang, after) };
  },
  { unchanged: 'fault.answers.partial' },
);
