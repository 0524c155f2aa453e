/** The core's public API: pure domain rules shared by the Apps Script server, the sidebar and the tests. */
export * from './activity-hours';
export * from './burn-down';
export * from './dates';
export * from './findings';
export type { Catalog, Lang, MessageKey } from './i18n/catalog';
export { LANGS } from './i18n/catalog';
export { langFromLocale, type Translate, t, translator } from './i18n/i18n';
export * from './ledger';
export * from './member';
export * from './money';
export * from './mou';
export * from './quarter-hours';
export * from './roles';
export * from './roster';
export * from './services-menu';
export * from './settings';
export { fold } from './sheet-values';
export * from './zod-messages';
