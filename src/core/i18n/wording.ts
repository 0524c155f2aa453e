/**
 * Who reads a message and how the workbook names what it talks about: the sentence is in the reader's
 * language, while a tab, a column or a cell's value (a role, an activity, a status) is named as that workbook
 * shows it, so the reader can find it there. A plain language means a reader of a workbook in that language.
 */
import type { TabKey } from '../workbook/tabs';
import type { Lang } from './catalog';
import { t } from './i18n';

export interface Wording {
  reader: Lang;
  workbook: Lang;
  /** A tab's name as this workbook has it (a person may rename a tab); asked only when a message names it. */
  tabName?: (key: TabKey) => string;
}

export function wording(voice: Lang | Wording): Wording {
  return typeof voice === 'string' ? { reader: voice, workbook: voice } : voice;
}

/** A tab's name as the workbook shows it. */
export function tabIn(w: Wording, key: TabKey): string {
  return w.tabName?.(key) ?? t(w.workbook, `wb.tab.${key}`);
}
