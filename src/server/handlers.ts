/**
 * The functions the sidebar calls: this module is the handler map. Every export becomes a top-level Apps Script
 * function, and the sidebar's client takes its names and types from here.
 */
import * as z from 'zod/mini';
import { openWorkbook, tabNames } from '../adapters/workbook';
import { LANGS, type Lang } from '../core/i18n';
import { chooseLang } from './locale';
import { defineRpc, READ } from './rpc';

export { makePrintedLetters, planInvitations, sendInvitations } from './delivery-rpc';
export {
  addMeetingsToCalendar,
  makeAgenda,
  makeGroupReport,
  makeMouDraft,
  scheduleMeetings,
} from './docs-commands';
export { getPickerConfig, setGroupFolder } from './folder-picker';
export { getHours, logHours, undoHours } from './hours-rpc';
export { getInvitations, syncInvitationAnswers, updateInvitations } from './invitations';
export {
  addTodaysMeeting,
  addWalkIn,
  getMeetingView,
  saveAttendance,
  startTimer,
  stopTimer,
} from './meeting-rpc';
export { getRosterCheck, selectMemberRow } from './roster-rpc';

const langSchema = z.enum(LANGS as [Lang, ...Lang[]]);

export const getSidebarState = defineRpc(
  z.strictObject({}),
  (_arg, { readerLang }) => {
    const workbook = openWorkbook(readerLang);
    return {
      lang: readerLang,
      ready: workbook.version > 0,
      spreadsheetName: workbook.spreadsheet.getName(),
      /** Tab names as the workbook shows them, for messages that name a tab. */
      tabs: tabNames(workbook),
      /** The language of the workbook's cells, for messages that name a value as a cell shows it. */
      workbookLang: workbook.lang,
    };
  },
  READ,
);

export const setLanguage = defineRpc(
  z.strictObject({ lang: langSchema }),
  ({ lang }) => {
    chooseLang(lang);
    return { lang };
  },
  { retry: true, unchanged: 'fault.language.retry' },
);
