/**
 * `npm start`: the add-on running outside Google. The built bundle (dist/Code.js) runs in the Apps Script
 * sandbox over the in-memory Workspace with the sample LEA; the page at / (scripts/preview.html) shows the live
 * sidebar (through the same google.script.run bridge the browser tests use) beside the workbook's tabs drawn the
 * way Sheets draws them: checkboxes, dropdown cells, each cell's number format, backgrounds and conditional
 * highlights, header notes, the charts, and the add-on's Extensions menu, whose items run the add-on's commands.
 * Formula cells show the value HyperFormula computes (their formula is in the tooltip).
 *
 * Environment: PORT (default 8787), LOCALE (the user's locale: en or es; default en).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HyperFormula } from 'hyperformula';
import { langFromLocale, t } from '../src/core/i18n';
import { enPreview } from '../src/core/i18n/en-preview';
import { startSidebarEnv } from '../test/browser/env';
import { displayValue } from '../test/fake/cell-values';
import type { Workspace } from '../test/fake/workspace';
import type { Route, RouteRequest } from '../test/harness/bridge';
import type { Sandbox } from '../test/harness/sandbox';
import { docsPage, makeSampleDocs } from './preview-docs';
import { formsRoutes } from './preview-forms';
import { outboxPage, sendSampleInvitations } from './preview-outbox';

/** One cell as drawn: text, and what Sheets shows around it. */
interface CellView {
  v: string;
  /** The formula, shown on hover. */
  f?: string;
  /** A checkbox (with its state) or a dropdown. */
  kind?: 'checkbox' | 'dropdown';
  checked?: boolean;
  /** Background: the cell's own, or a conditional rule's when one applies. */
  bg?: string;
  note?: string;
  /** Numbers and dates sit to the right, as in Sheets. */
  right?: boolean;
}
interface ChartView {
  title: string;
  /** The first column labels the x axis; each other column is a series. */
  headers: string[];
  rows: { label: string; values: (number | null)[] }[];
}
interface SheetView {
  name: string;
  rows: CellView[][];
  frozenRows: number;
  charts: ChartView[];
}
interface WorkbookView {
  name: string;
  sheets: SheetView[];
  active: { sheet: string; row: number; numRows: number } | null;
}

type Raw = string | number | boolean | null;
type Computed = string | number | boolean | null;

interface RangeLike {
  getSheet(): { getName(): string };
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
}

/** Sheets counts days from 1899-12-30; HyperFormula returns dates as those serial numbers. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const isDateFormat = (format: string) =>
  /[yd]|m(?![^"]*")/i.test(format.replace(/"[^"]*"/g, '')) && !/[0#]/.test(format);

/**
 * A conditional-format formula for one cell: its relative references shifted from the range's first cell, and
 * the constants TRUE and FALSE written as HyperFormula's functions.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  const letters = (n: number) => {
    let s = '';
    for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
    return s;
  };
  const number = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  // Outside string literals only.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(
              /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g,
              (_m, colAbs: string, col: string, rowAbs: string, row: string) =>
                `${colAbs}${colAbs ? col : letters(number(col) + cols)}${rowAbs}${rowAbs ? row : Number(row) + rows}`,
            )
            .replace(/\b(TRUE|FALSE)\b(?!\s*\()/g, '$1()'),
    )
    .join('');
}

/** Every tab as Sheets draws it; formula cells computed across tabs by HyperFormula. */
export function workbookView(ws: Workspace): WorkbookView {
  const book = ws.spreadsheet;
  const locale = book.getSpreadsheetLocale();
  const timeZone = book.getSpreadsheetTimeZone();
  const sheets = book.getSheets();
  const grids = sheets.map((sheet) => {
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    if (rows === 0 || cols === 0)
      return {
        sheet,
        display: [] as string[][],
        formulas: [] as string[][],
        raw: [] as Raw[][],
        range: null,
      };
    const range = sheet.getRange(1, 1, rows, cols);
    const display = range.getDisplayValues();
    const formulas = range.getFormulas();
    const values = range.getValues();
    const raw = values.map((row, r) =>
      row.map((v, c): Raw => {
        if (formulas[r]![c]) return formulas[r]![c]!;
        if (typeof v === 'number' || typeof v === 'boolean') return v;
        if (v instanceof Date) return (v.getTime() - SERIAL_EPOCH) / 86_400_000;
        return display[r]![c]! === '' ? null : display[r]![c]!;
      }),
    );
    return { sheet, display, formulas, raw, range };
  });
  let hf: HyperFormula | null = null;
  try {
    hf = HyperFormula.buildFromSheets(Object.fromEntries(grids.map((g) => [g.sheet.getName(), g.raw])), {
      licenseKey: 'gpl-v3',
      dateFormats: ['MM/DD/YYYY', 'YYYY-MM-DD', 'DD/MM/YYYY'],
    });
  } catch {
    hf = null;
  }
  /** A cell's value: computed for a formula, as stored otherwise. */
  const computedValue = (g: (typeof grids)[number], r: number, c: number): Computed => {
    const f = g.formulas[r]?.[c];
    if (!f) return g.raw[r]?.[c] ?? null;
    const id = hf?.getSheetId(g.sheet.getName());
    if (!hf || id === undefined) return null;
    const value = hf.getCellValue({ sheet: id, row: r, col: c });
    return typeof value === 'object' && value !== null ? null : (value as Computed);
  };
  /** A value through the cell's number format, as Sheets displays it. */
  const shown = (value: Computed, format: string): string => {
    if (value === null || value === '') return '';
    if (typeof value === 'number' && format && isDateFormat(format))
      return displayValue(new Date(SERIAL_EPOCH + value * 86_400_000), format, locale, timeZone);
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return displayValue(value, format, locale, timeZone);
  };
  const formulaTrue = (sheetName: string, formula: string): boolean => {
    const id = hf?.getSheetId(sheetName);
    if (!hf || id === undefined) return false;
    try {
      const result = hf.calculateFormula(formula, id);
      return result === true || (typeof result === 'number' && result !== 0);
    } catch {
      return false;
    }
  };

  const result: WorkbookView = {
    name: book.getName(),
    sheets: grids.map((g) => {
      const name = g.sheet.getName();
      if (!g.range) return { name, rows: [], frozenRows: g.sheet.getFrozenRows(), charts: [] };
      const formats = g.range.getNumberFormats();
      const backgrounds = g.range.getBackgrounds();
      const notes = g.range.getNotes();
      const validations = g.range.getDataValidations();
      const rows: CellView[][] = g.display.map((row, r) =>
        row.map((display, c) => {
          const f = g.formulas[r]![c]!;
          const value = computedValue(g, r, c);
          const format = formats[r]![c]!;
          const text = f || typeof value === 'number' ? shown(value, format) : display;
          const cell: CellView = { v: text };
          if (f) cell.f = f;
          if (typeof value === 'number') cell.right = true;
          const bg = backgrounds[r]![c]!;
          if (bg && bg !== '#ffffff') cell.bg = bg;
          if (notes[r]![c]) cell.note = notes[r]![c]!;
          const rule = validations[r]![c];
          const type = rule?.getCriteriaType();
          if (type === 'CHECKBOX') {
            cell.kind = 'checkbox';
            cell.checked = value === true || String(value).toUpperCase() === 'TRUE';
          } else if (type === 'VALUE_IN_LIST' || type === 'VALUE_IN_RANGE') cell.kind = 'dropdown';
          return cell;
        }),
      );
      // Conditional formats: the first rule that matches a cell gives its background, as in Sheets.
      const painted = new Set<string>();
      for (const rule of g.sheet.getConditionalFormatRules()) {
        const condition = rule.getBooleanCondition();
        const color = condition?.getBackground();
        if (!condition || !color) continue;
        const type = condition.getCriteriaType();
        const [arg] = condition.getCriteriaValues();
        for (const range of rule.getRanges() as RangeLike[]) {
          const top = range.getRow() - 1;
          const left = range.getColumn() - 1;
          for (let r = top; r < Math.min(top + range.getNumRows(), rows.length); r++) {
            for (let c = left; c < left + range.getNumColumns(); c++) {
              const cell = rows[r]?.[c];
              if (!cell || painted.has(`${r},${c}`)) continue;
              const value = computedValue(g, r, c);
              const match =
                type === 'TEXT_EQUAL_TO'
                  ? cell.v === String(arg)
                  : type === 'NUMBER_GREATER_THAN'
                    ? typeof value === 'number' && value > Number(arg)
                    : type === 'CUSTOM_FORMULA'
                      ? formulaTrue(name, shiftFormula(String(arg), r - top, c - left))
                      : false;
              if (match) {
                cell.bg = color;
                painted.add(`${r},${c}`);
              }
            }
          }
        }
      }
      const charts = g.sheet.getCharts().map((chart): ChartView => {
        const range = chart.getRanges()[0] as RangeLike;
        const top = range.getRow() - 1;
        const left = range.getColumn() - 1;
        const cells = (r: number) =>
          Array.from({ length: range.getNumColumns() }, (_, i) => ({ r, c: left + i }));
        const headers = cells(top).map(({ r, c }) => rows[r]?.[c]?.v ?? '');
        const data: ChartView['rows'] = [];
        for (let r = top + 1; r < top + range.getNumRows(); r++) {
          const [first, ...rest] = cells(r);
          data.push({
            label: rows[r]?.[first!.c]?.v ?? '',
            values: rest.map(({ c }) => {
              const v = computedValue(g, r, c);
              return typeof v === 'number' ? v : null;
            }),
          });
        }
        // Sheets plots no point for the empty rows at the end of a chart's range (room left for more data).
        const blank = (point: ChartView['rows'][number] | undefined) =>
          point !== undefined && point.label === '' && point.values.every((v) => v === null);
        while (blank(data[data.length - 1])) data.pop();
        return { title: String(chart.getOptions().get('title') ?? ''), headers, rows: data };
      });
      return { name, rows, frozenRows: g.sheet.getFrozenRows(), charts };
    }),
    active: (() => {
      const active = book.getActiveRange();
      return active
        ? { sheet: active.getSheet().getName(), row: active.getRow(), numRows: active.getNumRows() }
        : null;
    })(),
  };
  hf?.destroy();
  return result;
}

/** The page's own words, in the preview user's language. */
function pageWords(locale: string): Record<string, string> {
  const lang = langFromLocale(locale);
  return Object.fromEntries(
    (Object.keys(enPreview) as (keyof typeof enPreview)[]).map((key) => [key, t(lang, key)]),
  );
}

/** The preview's own pages, served by the bridge beside /sidebar. */
export function previewRoutes(
  ws: Workspace,
  sandbox: Sandbox,
): Record<string, (request: RouteRequest) => Route> {
  const locale = (ws.globals.Session as GoogleAppsScript.Base.Session).getActiveUserLocale();
  const page = readFileSync(join(__dirname, '..', 'scripts', 'preview.html'), 'utf8')
    .replace('<html lang="en">', `<html lang="${langFromLocale(locale)}">`)
    .replace('id="words">{}<', `id="words">${JSON.stringify(pageWords(locale)).replace(/</g, '\\u003c')}<`);
  // What Sheets does when the file opens: the add-on builds its menu under Extensions.
  sandbox.call('onOpen', { authMode: 'LIMITED' });
  const menu = ws.ui.menus.find((m) => m.addon);
  const items = (menu?.items ?? []).flatMap((e) => (e.kind === 'item' ? [e] : []));
  const run = (functionName: string) => (): Route => {
    const ui = ws.ui;
    const seen = {
      alerts: ui.alerts.length,
      toasts: ui.toasts.length,
      dialogs: ui.dialogs.length,
      sidebars: ui.sidebars.length,
    };
    let error = '';
    try {
      sandbox.call(functionName);
    } catch (e) {
      error = (e as Error).message;
    }
    const said = [
      ...ui.alerts.slice(seen.alerts).map((a) => [a.title, a.prompt].filter(Boolean).join(': ')),
      ...ui.toasts.slice(seen.toasts).map((t) => t.message),
      ...ui.dialogs.slice(seen.dialogs).map((d) => d.title),
      ...(error ? [error] : []),
    ];
    return {
      type: 'application/json',
      body: JSON.stringify({ said, sidebar: ui.sidebars.length > seen.sidebars }),
    };
  };
  return {
    '/': () => ({ type: 'text/html', body: page }),
    '/workbook.json': () => ({ type: 'application/json', body: JSON.stringify(workbookView(ws)) }),
    '/docs': () => ({ type: 'text/html', body: docsPage(ws) }),
    '/outbox': () => ({ type: 'text/html', body: outboxPage(ws) }),
    ...formsRoutes(ws, langFromLocale(locale)),
    '/menu.json': () => ({
      type: 'application/json',
      body: JSON.stringify({
        // An add-on menu has no caption of its own: Sheets shows the add-on's name.
        caption: menu?.caption || t(langFromLocale(locale), 'app.name'),
        items: (menu?.items ?? []).map((e) =>
          e.kind === 'item' ? { caption: e.caption, run: e.functionName } : { separator: true },
        ),
      }),
    }),
    ...Object.fromEntries(items.map((item) => [`/run/${item.functionName}`, run(item.functionName)])),
  };
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8787);
  const locale = process.env.LOCALE ?? 'en';
  const env = await startSidebarEnv({
    dist: join(__dirname, '..', 'dist'),
    locale,
    port,
    routes: previewRoutes,
    seed: (ws, sandbox) => {
      makeSampleDocs(ws, sandbox);
      // Makes the invitation forms and every link too, so /forms has something to answer.
      sendSampleInvitations(ws, sandbox);
    },
  });
  const words = pageWords(locale);
  console.log(`${words['pv.title']}: ${env.bridge.url}/`);
  console.log(words['pv.console']);
  const stop = () => {
    void env.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Run when started (node dist/preview.cjs), not when a test imports the page.
if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
