export type { Catalog, Lang, MessageKey } from './catalog';
export { LANGS } from './catalog';
export { langFromLocale, type Translate, t, tKey, translator } from './i18n';
