/**
 * Meeting series, agendas, the MOU draft and the group's report: sidebar RPCs (arguments parsed with zod) and
 * menu commands. Writes run under the document lock; each command is safe to run again.
 */
import * as z from 'zod/mini';
import { withDocumentLock } from '../adapters/lock';
import { readTableValues } from '../adapters/table-io';
import { tabName } from '../adapters/workbook';
import { readMeetings } from '../adapters/workbook-data';
import type { Lang, MessageKey } from '../core/i18n/catalog';
import { t, tKey } from '../core/i18n/i18n';
import { AGENDA_LANGUAGES } from '../core/meeting';
import { type SeriesPlan, seriesRequestSchema } from '../core/meeting-series';
import { UserError } from '../core/user-error';
import { MEETINGS_TAB } from '../core/workbook/tabs';
import { addToCalendar } from '../workflows/meeting-calendar';
import { createAgenda, createGroupReport, createMouDraft, type MadeDoc } from '../workflows/meeting-docs';
import { previewSeries, scheduleSeries } from '../workflows/meeting-series';
import { currentLang } from './locale';
import { defineRpc, errorMessage } from './rpc';
import {
  openReadyWorkbook,
  type ReadyWorkbook,
  startSettings,
  today,
  workbookSettings,
} from './workbook-session';

const agendaArgs = z.strictObject({
  meetingId: z.string().check(z.trim(), z.minLength(1)),
  language: z.optional(z.enum(AGENDA_LANGUAGES)),
  newVersion: z._default(z.boolean(), false),
});
const docArgs = z.strictObject({ newVersion: z._default(z.boolean(), false) });

/** What to tell the user: where the Doc is, and once, that it stays in My Drive until a group folder is chosen. */
function madeMessage(lang: Lang, made: MadeDoc): string {
  const done = t(lang, made.created ? 'docs.created' : 'docs.updated', { url: made.url });
  return made.notice ? `${done}\n\n${tKey(lang, made.notice)}` : done;
}

export function withMessage<T extends MadeDoc>(lang: Lang, made: T): T & { message: string } {
  return { ...made, message: madeMessage(lang, made) };
}

export function locked<T>(lang: Lang, run: (workbook: ReadyWorkbook) => T): T {
  const workbook = openReadyWorkbook(lang);
  return withDocumentLock(() => run(workbook));
}

/** `preview: true` answers what the series would add, writing nothing, so the sidebar can show it first. */
const seriesArgs = z.extend(seriesRequestSchema, { preview: z._default(z.boolean(), false) });

export const scheduleMeetings = defineRpc(
  seriesArgs,
  ({ preview, ...request }, { readerLang: lang }) => {
    const answer = (workbook: ReadyWorkbook, plan: SeriesPlan) => ({
      dates: plan.dates,
      added: plan.added.map((m) => m.date),
      skipped: plan.skipped,
      existing: plan.existing,
      message: preview
        ? ''
        : t(lang, 'docs.seriesDone', {
            added: plan.added.length,
            skipped: plan.skipped.length,
            existing: plan.existing.length,
            tab: tabName(workbook, 'meetings'),
            attendance: tabName(workbook, 'attendance'),
          }),
    });
    if (preview) {
      const workbook = openReadyWorkbook(lang);
      return answer(workbook, previewSeries(workbook, request, lang));
    }
    return locked(lang, (workbook) =>
      answer(workbook, scheduleSeries(workbook, workbookSettings(workbook), request, lang)),
    );
  },
  { unchanged: 'fault.series.partial' },
);

export const makeAgenda = defineRpc(
  agendaArgs,
  (options, { readerLang: lang }) =>
    withMessage(
      lang,
      locked(lang, (workbook) => createAgenda(workbook, workbookSettings(workbook), options, lang)),
    ),
  { unchanged: 'fault.agenda.partial' },
);

export const makeMouDraft = defineRpc(
  docArgs,
  ({ newVersion }, { readerLang: lang }) =>
    withMessage(
      lang,
      locked(lang, (workbook) =>
        createMouDraft(workbook, startSettings(workbook), newVersion, workbook.lang),
      ),
    ),
  { unchanged: 'fault.mou.partial' },
);

export const makeGroupReport = defineRpc(
  docArgs,
  ({ newVersion }, { readerLang: lang }) =>
    withMessage(
      lang,
      locked(lang, (workbook) =>
        createGroupReport(
          workbook,
          startSettings(workbook),
          today(workbook),
          newVersion,
          lang,
          workbook.lang,
        ),
      ),
    ),
  { unchanged: 'fault.report.partial' },
);

export const addMeetingsToCalendar = defineRpc(
  z.strictObject({
    meetingId: z.optional(z.string().check(z.trim(), z.minLength(1))),
    notify: z._default(z.boolean(), false),
  }),
  (options, { readerLang: lang }) =>
    locked(lang, (workbook) => {
      const done = addToCalendar(workbook, workbookSettings(workbook), options, lang);
      return { ...done, message: t(lang, 'docs.calendarDone', { ...done, notified: options.notify }) };
    }),
  { unchanged: 'fault.calendar.partial' },
);

/** The meeting on the row the user selected in the Meetings tab. */
function selectedMeetingId(workbook: ReadyWorkbook, lang: Lang): string {
  const sheet = workbook.spreadsheet.getActiveSheet();
  if (sheet.getSheetId() !== workbook.tabs.meetings.getSheetId())
    throw new UserError('docs.selectMeeting', { tab: tabName(workbook, 'meetings') });
  const row = workbook.spreadsheet.getActiveRange()?.getRow() ?? 0;
  const meetings = readMeetings(readTableValues(sheet, MEETINGS_TAB), lang, workbook.timeZone).meetings;
  const meeting = meetings.find((m) => m.row === row);
  if (!meeting) throw new UserError('docs.selectMeeting', { tab: tabName(workbook, 'meetings') });
  return meeting.id;
}

/**
 * Runs a menu command and shows where its Doc is (the link is also written to the sheet where it has a place);
 * `fault` says what to do when Google did not answer.
 */
export function runDocCommand(make: (lang: Lang) => MadeDoc, fault: MessageKey): void {
  const lang = currentLang();
  try {
    SpreadsheetApp.getUi().alert(madeMessage(lang, make(lang)));
  } catch (error) {
    SpreadsheetApp.getUi().alert(errorMessage(lang, error, fault));
  }
}

export function createAgendaForSelection(): void {
  runDocCommand(
    (lang) =>
      locked(lang, (workbook) =>
        createAgenda(
          workbook,
          workbookSettings(workbook),
          { meetingId: selectedMeetingId(workbook, lang), newVersion: false },
          lang,
        ),
      ),
    'fault.agenda.partial',
  );
}

/** "Add to calendar" for the selected meeting; guests get an email only if the person says yes. */
export function addSelectionToCalendar(): void {
  const lang = currentLang();
  try {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.alert(t(lang, 'docs.calendarAsk'), ui.ButtonSet.YES_NO_CANCEL);
    if (answer === ui.Button.CANCEL || answer === ui.Button.CLOSE) return;
    const notify = answer === ui.Button.YES;
    const done = locked(lang, (workbook) =>
      addToCalendar(
        workbook,
        workbookSettings(workbook),
        { meetingId: selectedMeetingId(workbook, lang), notify },
        lang,
      ),
    );
    ui.alert(t(lang, 'docs.calendarDone', { ...done, notified: notify }));
  } catch (error) {
    SpreadsheetApp.getUi().alert(errorMessage(lang, error, 'fault.calendar.partial'));
  }
}

export function createMouDraftCommand(): void {
  runDocCommand(
    (lang) =>
      locked(lang, (workbook) => createMouDraft(workbook, startSettings(workbook), false, workbook.lang)),
    'fault.mou.partial',
  );
}

export function createGroupReportCommand(): void {
  runDocCommand(
    (lang) =>
      locked(lang, (workbook) =>
        createGroupReport(workbook, startSettings(workbook), today(workbook), false, lang, workbook.lang),
      ),
    'fault.report.partial',
  );
}
