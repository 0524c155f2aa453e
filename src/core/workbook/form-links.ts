/**
 * The invitation forms' links on the Start tab, where the coordinator looks for them: a header row, then for
 * each form its link for families and its edit link, labelled in the workbook's language. Found again by its
 * header (in either language), so a re-run rewrites the same rows.
 */
import { FORM_LANGUAGES } from '../forms/invitation';
import { LANGS, type Lang } from '../i18n/catalog';
import { t } from '../i18n/i18n';
import { fold } from '../sheet-values';

export interface FormLink {
  lang: Lang;
  /** What families open. */
  url: string;
  /** Where staff edit the form. */
  editUrl: string;
}

export function formLinksBlock(workbookLang: Lang, links: readonly FormLink[]): string[][] {
  return [
    [t(workbookLang, 'wb.forms.header'), t(workbookLang, 'wb.forms.link'), t(workbookLang, 'wb.forms.about')],
    ...FORM_LANGUAGES.flatMap((lang) => {
      const link = links.find((l) => l.lang === lang);
      const language = t(workbookLang, `lang.${lang}`);
      return [
        [
          t(workbookLang, 'wb.forms.public', { language }),
          link?.url ?? '',
          t(workbookLang, 'wb.forms.publicNote'),
        ],
        [
          t(workbookLang, 'wb.forms.edit', { language }),
          link?.editUrl ?? '',
          t(workbookLang, 'wb.forms.editNote'),
        ],
      ];
    }),
  ];
}

const HEADERS = new Set(LANGS.map((lang) => fold(t(lang, 'wb.forms.header'))));

/** The block's first row (1-based) among a tab's rows, or null when it was never written. */
export function formLinksRow(values: readonly (readonly unknown[])[]): number | null {
  const i = values.findIndex((row) => HEADERS.has(fold(String(row[0] ?? ''))));
  return i < 0 ? null : i + 1;
}
