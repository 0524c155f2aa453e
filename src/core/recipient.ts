/**
 * A recipient's language: what a member reads (forms, emails, letters, agendas), from their preferred language.
 * Members who prefer a language the add-on has no text in read English, and the coordinator arranges
 * interpretation (the roster check lists them).
 */
import type { Lang } from './i18n/catalog';
import { PREFERRED_LANGUAGES, type PreferredLanguage } from './member';
import { choiceReader } from './sheet-values';

function recipientLang(preferred: PreferredLanguage | undefined): Lang {
  return preferred === 'es' ? 'es' : 'en';
}

const readLanguage = choiceReader(PREFERRED_LANGUAGES, (id) => `lang.${id}` as const, {
  english: 'en',
  ingles: 'en',
  spanish: 'es',
  espanol: 'es',
});

/** The recipient's language from a Partners "Preferred language" cell as typed (a label in either language). */
export function recipientLangOfCell(cell: unknown): Lang {
  const id = readLanguage(typeof cell === 'string' ? cell : '');
  return recipientLang(id === 'es' ? 'es' : undefined);
}
