/** The functions the sidebar calls. Every export here becomes a top-level Apps Script function. */
import * as z from 'zod';
import { LANGS, type Lang } from '../core/i18n';
import { chooseLang } from './locale';
import { defineRpc } from './rpc';

const langSchema = z.enum(LANGS as [Lang, ...Lang[]]);

export const getSidebarState = defineRpc(z.object({}).strict(), (_arg, { lang }) => ({
  lang,
  spreadsheetName: SpreadsheetApp.getActiveSpreadsheet().getName(),
}));

export const setLanguage = defineRpc(z.object({ lang: langSchema }).strict(), ({ lang }) => {
  chooseLang(lang);
  return { lang };
});
