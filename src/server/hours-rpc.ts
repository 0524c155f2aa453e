/** The sidebar's Hours panel: the TA ledger, a quick entry appended to the TA Log, and undo of one's own entry. */
import * as z from 'zod/mini';
import { withDocumentLock } from '../adapters/lock';
import { ledgerRecord } from '../adapters/records';
import { appendRecords, readTableValues, records, type TableRows } from '../adapters/table-io';
import { clearTimer } from '../adapters/timer-store';
import { tabName } from '../adapters/workbook';
import { nextIds, readLedger } from '../adapters/workbook-data';
import { indicatorBurnDown } from '../core/burn-down';
import type { Lang } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import { type LedgerEntry, ledgerEntryInputSchema, summarizeLedger, undoableEntry } from '../core/ledger';
import { formatMoney } from '../core/money';
import { activityById, activityLabel } from '../core/services-menu';
import { fundedIndicators, type Settings } from '../core/settings';
import { fold } from '../core/sheet-values';
import { UserError } from '../core/user-error';
import { TA_LOG_TAB, type TaLogKey } from '../core/workbook/tabs';
import { defineRpc, READ } from './rpc';
import {
  currentUser,
  openReadyWorkbook,
  type ReadyWorkbook,
  today,
  wordingFor,
  workbookSettings,
} from './workbook-session';

const RECENT = 5;

/** The request id of the user's last sidebar entry in this workbook: the only entry undo may remove. */
function lastRequestKey(workbook: ReadyWorkbook): string {
  return `hours.lastRequest.${workbook.spreadsheet.getId()}`;
}

/** The TA Log as parsed: its entries and the rows that do not fit. */
type Ledger = ReturnType<typeof readLedger>;

/** Built from one read of the settings and of the log (after a write: what was read plus the change). */
function hoursView(workbook: ReadyWorkbook, settings: Settings, ledger: Ledger, readerLang: Lang) {
  const { entries, findings: rowFindings } = ledger;
  const date = today(workbook);
  const summary = summarizeLedger(entries, settings, date, wordingFor(workbook, readerLang));
  const recent = [...entries].sort((a, b) => (b.row ?? 0) - (a.row ?? 0)).slice(0, RECENT);
  return {
    today: date,
    indicators: fundedIndicators(settings),
    facilitator: settings.taFacilitator ?? '',
    mouDueDate: settings.mouDueDate,
    fundedEndDate: settings.fundedEndDate,
    summary: {
      indicators: summary.indicators,
      fundedQuarterHours: summary.fundedQuarterHours,
      fundedUsedQuarterHours: summary.fundedUsedQuarterHours,
      fundedLeftQuarterHours: summary.fundedLeftQuarterHours,
      beyondFundedQuarterHours: summary.beyondFundedQuarterHours,
      beyondFundedCost: formatMoney(readerLang, summary.beyondFundedCostCents),
      percentUsed: summary.percentUsed,
      daysToMouDue: summary.daysToMouDue,
      daysToFundedEnd: summary.daysToFundedEnd,
      projectedRunOutDate: summary.projectedRunOutDate,
    },
    burnDown: indicatorBurnDown(entries, settings),
    findings: [...rowFindings, ...summary.findings],
    recent: recent.map((e) => ({
      id: e.id ?? '',
      date: e.date,
      // As the TA Log shows them, so an entry can be found there.
      activity: activityLabel(workbook.lang, e.activityId),
      quarterHours: e.quarterHours,
      indicator: e.indicator ?? t(workbook.lang, 'ledger.shared'),
      note: e.note ?? '',
    })),
    /** The entry undo would remove, named so the sidebar can ask first; null once undone. */
    undo: undoView(entries, workbook),
    /** For the cost an entry will carry before it is saved (entryFunding in the core). */
    funding: {
      fundedEndDate: settings.fundedEndDate,
      fundedLeftQuarterHours: summary.fundedLeftQuarterHours,
      hourlyRateCents: settings.hourlyRateCents,
      windowClosed: date > settings.fundedEndDate,
    },
  };
}

function undoable(entries: readonly LedgerEntry[], workbook: ReadyWorkbook): LedgerEntry | null {
  const lastRequest = PropertiesService.getUserProperties().getProperty(lastRequestKey(workbook));
  return undoableEntry(entries, currentUser(), lastRequest);
}

function undoView(entries: readonly LedgerEntry[], workbook: ReadyWorkbook) {
  const entry = undoable(entries, workbook);
  return entry
    ? {
        id: entry.id ?? '',
        date: entry.date,
        activity: activityLabel(workbook.lang, entry.activityId),
        quarterHours: entry.quarterHours,
      }
    : null;
}
export type HoursView = ReturnType<typeof hoursView>;

function readLog(
  workbook: ReadyWorkbook,
  readerLang: Lang,
): { snapshot: TableRows<TaLogKey>; ledger: Ledger } {
  const snapshot = readTableValues(workbook.tabs.taLog, TA_LOG_TAB);
  return { snapshot, ledger: readLedger(snapshot, wordingFor(workbook, readerLang), workbook.timeZone) };
}

export const getHours = defineRpc(
  z.strictObject({}),
  (_arg, { readerLang }) => {
    const workbook = openReadyWorkbook(readerLang);
    return hoursView(workbook, workbookSettings(workbook), readLog(workbook, readerLang).ledger, readerLang);
  },
  READ,
);

/** A cell holds at most 50,000 characters; Sheets refuses a longer value and the whole write with it. */
const CELL_MAX = 50_000;

/**
 * An entry as the sidebar sends it (the ledger's typed-entry schema, checked again here before writing), with
 * the request's id, which the sidebar keeps until the entry is saved: a retried request finds its row and is
 * not written twice. `fromTimer`: the entry is the meeting timer's, whose stopped timer is cleared once it is in.
 */
const logHoursArg = z.intersection(
  ledgerEntryInputSchema,
  z.object({
    note: z.optional(z.string().check(z.trim(), z.maxLength(CELL_MAX))),
    facilitator: z.optional(z.string().check(z.trim(), z.maxLength(CELL_MAX))),
    requestId: z.optional(z.string().check(z.minLength(8), z.maxLength(64))),
    fromTimer: z.optional(z.boolean()),
  }),
);

/**
 * Appends an entry to the TA Log: labels in the workbook's language (the tab's formulas match them, whoever
 * reads the sidebar), and the facilitator named (the one on the Start tab, else the person logging).
 */
export const logHours = defineRpc(
  logHoursArg,
  ({ requestId: sent, fromTimer, ...entry }, context) => {
    const { readerLang } = context;
    const workbook = openReadyWorkbook(readerLang);
    const settings = workbookSettings(workbook);
    const known = fundedIndicators(settings);
    if (entry.indicator && !known.some((name) => fold(name) === fold(entry.indicator!))) {
      throw new UserError('hours.unknownIndicator', {
        indicator: entry.indicator,
        tab: tabName(workbook, 'start'),
        // The sidebar's list offers it in the reader's words.
        shared: t(readerLang, 'ledger.shared'),
      });
    }
    return withDocumentLock(() => {
      const { snapshot, ledger } = readLog(workbook, readerLang);
      const user = currentUser();
      const requestId = sent ?? Utilities.getUuid();
      // The row is the record of the request: written once, found on a retry.
      let entries = ledger.entries;
      if (!entries.some((e) => e.requestId === requestId && e.enteredBy === user)) {
        const [id] = nextIds(
          records(snapshot).map((r) => r.values.id),
          'TA',
          1,
        );
        const facilitator = entry.facilitator || settings.taFacilitator || user;
        const added = { ...entry, id: id!, facilitator, enteredBy: user, requestId };
        const row = appendRecords(snapshot, [ledgerRecord(workbook.lang, added)]);
        entries = [...entries, { ...added, row, step: activityById(entry.activityId).step }];
      }
      context.committed();
      PropertiesService.getUserProperties().setProperty(lastRequestKey(workbook), requestId);
      if (fromTimer) clearTimer();
      return hoursView(workbook, settings, { ...ledger, entries }, readerLang);
    });
  },
  { retry: true, unchanged: 'fault.hours.retry', saved: 'fault.hours.saved' },
);

/** Removes the caller's last sidebar entry, and only that one; afterwards nothing is undoable until they log again. */
export const undoHours = defineRpc(
  z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(64)) }),
  ({ id }, context) => {
    const { readerLang } = context;
    const workbook = openReadyWorkbook(readerLang);
    return withDocumentLock(() => {
      const { ledger } = readLog(workbook, readerLang);
      const lastRequest = PropertiesService.getUserProperties().getProperty(lastRequestKey(workbook));
      const entry = undoableEntry(ledger.entries, currentUser(), lastRequest);
      let entries = ledger.entries;
      if (entry?.id === id && entry.row !== undefined) {
        const removed = entry.row;
        workbook.tabs.taLog.deleteRow(removed);
        // The rows below the deleted one move up by one.
        entries = entries
          .filter((e) => e !== entry)
          .map((e) => (e.row !== undefined && e.row > removed ? { ...e, row: e.row - 1 } : e));
      } else if (!lastRequest || entry || entries.some((e) => e.id === id)) {
        throw new UserError('hours.cannotUndo');
      }
      // Else a retry of an undo that took effect: the entry is gone and its request still marked. The mark
      // stays (it names a row no longer there, so nothing is undoable), which is what lets a retry know.
      context.committed();
      return hoursView(workbook, workbookSettings(workbook), { ...ledger, entries }, readerLang);
    });
  },
  { retry: true, unchanged: 'fault.undo.retry', saved: 'fault.undo.saved' },
);
