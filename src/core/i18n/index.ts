export type { Catalog, Lang, MessageKey } from './catalog';
export { LANGS } from './catalog';
export { langFromLocale, type Translate, t, translator } from './i18n';
