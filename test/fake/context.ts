import type { CalendarModel } from './calendar';
import type { DocumentModel } from './document';
import type { DriveModel } from './drive';
import type { FormModel } from './forms';
import type { Recorder } from './recorder';
import type { SpreadsheetModel } from './spreadsheet';
import type { UiRecord } from './ui';

export type CellValue = string | number | boolean | Date;

/** Where a formula cell sits, for a test's formula evaluator. */
export interface FormulaCell {
  spreadsheetId: string;
  sheet: string;
  row: number;
  column: number;
}

/** Returns the computed value of a formula cell, or undefined to read it as '' (the fake does not evaluate). */
export type FormulaEvaluator = (formula: string, cell: FormulaCell) => CellValue | undefined;

export interface SentMail {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments: unknown[];
  sentAt: Date;
}

export interface TriggerModel {
  id: string;
  handler: string;
  eventType: 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT' | 'CLOCK';
  source: 'SPREADSHEETS' | 'FORMS' | 'DOCUMENTS' | 'CLOCK';
  sourceId: string | null;
  clock?: Record<string, unknown>;
}

/** Deterministic ids that look like Drive ids (same alphabet and length), one id space for every file. */
export class Ids {
  #n = 0;
  #seed = 20240419;

  next(kind: string): string {
    this.#n++;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
    let tail = '';
    while (tail.length < 44 - kind.length - 6) {
      this.#seed = (this.#seed * 1103515245 + 12345) % 2147483648;
      tail += alphabet[this.#seed % alphabet.length];
    }
    return `1${kind}${String(this.#n).padStart(5, '0')}${tail}`;
  }

  number(): number {
    this.#seed = (this.#seed * 1103515245 + 12345) % 2147483648;
    return 100000000 + (this.#seed % 1900000000);
  }

  /** The counter and seed, for a workspace snapshot. */
  save(): () => void {
    const [n, seed] = [this.#n, this.#seed];
    return () => {
      this.#n = n;
      this.#seed = seed;
    };
  }
}

/** A clock tests can move forward: cache expiry, Utilities.sleep and form timestamps read it. */
export class Clock {
  readonly #base: () => Date;
  #offset = 0;

  constructor(base?: () => Date) {
    this.#base = base ?? (() => new Date());
  }

  now(): Date {
    return new Date(this.#base().getTime() + this.#offset);
  }

  advance(ms: number): void {
    this.#offset += ms;
  }

  /** The offset tests and Utilities.sleep added, for a workspace snapshot. */
  save(): () => void {
    const offset = this.#offset;
    return () => {
      this.#offset = offset;
    };
  }
}

/** Everything the fake services share across executions. */
export interface World {
  recorder: Recorder;
  clock: Clock;
  ids: Ids;
  locale: string;
  timeZone: string;
  userEmail: string;
  /** The user has a Google Workspace account (an organization), not a consumer one. */
  workspaceDomain: boolean;
  /** The organization lets forms take answers from people outside it (an administrator's setting). */
  outsideRespondersAllowed: boolean;
  mailQuota: number;
  /** The scopes the user granted; undefined: every scope asked for. */
  grantedScopes?: string[];
  /** Rows of a new sheet or spreadsheet (1000 in Sheets). */
  newSheetRows: number;
  spreadsheets: Map<string, SpreadsheetModel>;
  documents: Map<string, DocumentModel>;
  forms: Map<string, FormModel>;
  drive: DriveModel;
  calendar: CalendarModel;
  ui: UiRecord;
  htmlFiles: Map<string, string>;
  activeSpreadsheetId: string;
  formulaEvaluator: FormulaEvaluator;
  /** Free identifiers in HTML templates (e.g. an `include` function) resolve here after template properties. */
  scriptScope: Record<string, unknown>;
  properties: {
    script: Map<string, string>;
    user: Map<string, Map<string, string>>;
    document: Map<string, Map<string, string>>;
  };
  caches: Map<string, Map<string, { value: string; expires: number }>>;
  locks: Map<string, number>;
  triggers: TriggerModel[];
  outbox: SentMail[];
  logs: string[];
}
