/**
 * The MOU draft's and the group report's links on the Start tab, beside the forms' links: a header row, then one
 * row per Doc (label, link, what it is) in the workbook's language. Found again by its header (in either
 * language); making one Doc keeps the other's link.
 */
import { LANGS, type Lang } from '../i18n/catalog';
import { t } from '../i18n/i18n';
import { fold } from '../sheet-values';
import { safeCell } from './cells';

const START_DOCS = ['mou', 'report'] as const;
export type StartDoc = (typeof START_DOCS)[number];

const label = (lang: Lang, doc: StartDoc) => t(lang, `wb.start.doc.${doc}`);

/** The block with `links` written and every other Doc's link as `current` (the rows there now) has it. */
export function docLinksBlock(
  workbookLang: Lang,
  links: Partial<Record<StartDoc, string>>,
  current: readonly (readonly unknown[])[],
): unknown[][] {
  const kept = (doc: StartDoc) => {
    const labels = new Set(LANGS.map((lang) => fold(label(lang, doc))));
    const row = current.slice(0, 1 + START_DOCS.length).find((r) => labels.has(fold(String(r[0] ?? ''))));
    return String(row?.[1] ?? '');
  };
  return [
    [
      t(workbookLang, 'wb.start.doc.header'),
      t(workbookLang, 'wb.forms.link'),
      t(workbookLang, 'wb.forms.about'),
    ],
    ...START_DOCS.map((doc) => [
      label(workbookLang, doc),
      safeCell(links[doc] ?? kept(doc)),
      t(workbookLang, 'wb.start.doc.note'),
    ]),
  ];
}

const HEADERS = new Set(LANGS.map((lang) => fold(t(lang, 'wb.start.doc.header'))));

/** The block's first row (1-based) among a tab's rows, or null when it was never written. */
export function docLinksRow(values: readonly (readonly unknown[])[]): number | null {
  const i = values.findIndex((row) => HEADERS.has(fold(String(row[0] ?? ''))));
  return i < 0 ? null : i + 1;
}
