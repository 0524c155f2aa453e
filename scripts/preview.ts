/**
 * `npm start`: the add-on running outside Google. The built bundle (dist/Code.js) runs in the Apps Script
 * sandbox over the in-memory Workspace with the sample LEA; the page at / shows the live sidebar (through the
 * same google.script.run bridge the browser tests use) beside the workbook's tabs as tables, which follow what
 * the sidebar writes. Formula cells show the value HyperFormula computes (their formula is in the tooltip).
 *
 * Environment: PORT (default 8787), LOCALE (the user's locale: en or es; default en).
 */
import { join } from 'node:path';
import { HyperFormula } from 'hyperformula';
import { startSidebarEnv } from '../test/browser/env';
import type { Workspace } from '../test/fake/workspace';
import type { Route } from '../test/harness/bridge';
import { docsPage, makeSampleDocs } from './preview-docs';

interface SheetView {
  name: string;
  rows: { v: string; f?: string }[][];
  frozenRows: number;
}
interface WorkbookView {
  name: string;
  sheets: SheetView[];
  active: { sheet: string; row: number; numRows: number } | null;
}

type Raw = string | number | boolean | null;

/** Every tab's displayed values; formula cells computed across tabs by HyperFormula. */
export function workbookView(ws: Workspace): WorkbookView {
  const sheets = ws.spreadsheet.getSheets();
  const grids = sheets.map((sheet) => {
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    if (rows === 0 || cols === 0)
      return { sheet, display: [] as string[][], formulas: [] as string[][], raw: [] as Raw[][] };
    const range = sheet.getRange(1, 1, rows, cols);
    const display = range.getDisplayValues();
    const formulas = range.getFormulas();
    const values = range.getValues();
    const raw = values.map((row, r) =>
      row.map((v, c): Raw => {
        if (formulas[r]![c]) return formulas[r]![c]!;
        if (typeof v === 'number' || typeof v === 'boolean') return v;
        return display[r]![c]! === '' ? null : display[r]![c]!;
      }),
    );
    return { sheet, display, formulas, raw };
  });
  let hf: HyperFormula | null = null;
  try {
    hf = HyperFormula.buildFromSheets(Object.fromEntries(grids.map((g) => [g.sheet.getName(), g.raw])), {
      licenseKey: 'gpl-v3',
      dateFormats: ['MM/DD/YYYY', 'YYYY-MM-DD', 'DD/MM/YYYY'],
    });
    // The workbook's named ranges (settings the formulas refer to by name).
    for (const named of ws.spreadsheet.getNamedRanges()) {
      const range = named.getRange();
      const ref = `='${range.getSheet().getName().replace(/'/g, "''")}'!${range.getA1Notation().replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
      hf.addNamedExpression(named.getName(), ref);
    }
  } catch {
    hf = null;
  }
  const computed = (sheetName: string, row: number, col: number, formula: string): string => {
    const id = hf?.getSheetId(sheetName);
    if (!hf || id === undefined) return formula;
    const value = hf.getCellValue({ sheet: id, row, col });
    if (value === null) return '';
    if (typeof value === 'object') return formula; // an error HyperFormula cannot compute: show the formula
    if (typeof value === 'number') return String(Math.round(value * 100) / 100);
    return String(value).toUpperCase() === 'TRUE' || String(value).toUpperCase() === 'FALSE'
      ? String(value).toUpperCase()
      : String(value);
  };
  const active = ws.spreadsheet.getActiveRange();
  const name = ws.spreadsheet.getName();
  const result: WorkbookView = {
    name,
    sheets: grids.map((g) => ({
      name: g.sheet.getName(),
      frozenRows: g.sheet.getFrozenRows(),
      rows: g.display.map((row, r) =>
        row.map((v, c) => {
          const f = g.formulas[r]![c]!;
          return f ? { v: computed(g.sheet.getName(), r, c, f), f } : { v };
        }),
      ),
    })),
    active: active
      ? { sheet: active.getSheet().getName(), row: active.getRow(), numRows: active.getNumRows() }
      : null,
  };
  hf?.destroy();
  return result;
}

/** The preview page: the sidebar in a 300 px frame beside the workbook. Its script only uses textContent. */
const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Educational Partners Toolkit — local preview</title>
<style>
  body { margin: 0; font: 14px/1.4 Roboto, Arial, sans-serif; color: #1f1f1f; display: flex; height: 100vh; }
  #workbook { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  header { padding: 8px 16px; border-bottom: 1px solid #c4c7c5; }
  h1 { font-size: 1.1rem; margin: 0; }
  header p { margin: 2px 0 0; color: #474747; }
  nav { display: flex; flex-wrap: wrap; gap: 2px; padding: 6px 16px 0; border-bottom: 1px solid #c4c7c5; }
  nav button { border: 1px solid #c4c7c5; border-bottom: none; background: #f1f3f4; padding: 6px 10px; cursor: pointer; font: inherit; border-radius: 4px 4px 0 0; }
  nav button[aria-pressed="true"] { background: #fff; color: #0b57d0; font-weight: 700; }
  #sheet { overflow: auto; flex: 1; }
  table { border-collapse: collapse; font-size: 12px; }
  th, td { border: 1px solid #dadce0; padding: 2px 6px; white-space: nowrap; max-width: 320px; overflow: hidden; text-overflow: ellipsis; vertical-align: top; }
  thead th { position: sticky; top: 0; background: #f1f3f4; }
  td.row { background: #f1f3f4; color: #474747; text-align: right; }
  tr.frozen td { background: #e8f0fe; font-weight: 700; }
  tr.active td { background: #d3e3fd; outline: 2px solid #0b57d0; }
  td.formula { color: #146c2e; }
  #sidebar { width: 300px; border: none; border-left: 1px solid #c4c7c5; height: 100vh; flex: none; order: 2; }
  :focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
</style>
</head>
<body>
<main id="workbook">
  <header><h1 id="title">Educational Partners Toolkit — local preview</h1>
  <p>The sidebar on the right runs the add-on's built code against an in-memory workbook with a sample LEA. The tabs below follow what it writes. <a href="/docs">Generated documents</a> (agendas, sign-in sheets, the MOU draft, the group's report).</p></header>
  <nav id="tabs" aria-label="Workbook tabs"></nav>
  <div id="sheet" tabindex="0" aria-live="off"></div>
</main>
<iframe id="sidebar" src="/sidebar" title="Educational Partners Toolkit sidebar"></iframe>
<script>
(function () {
  var current = null, last = '', lastActive = '';
  var tabs = document.getElementById('tabs'), sheetBox = document.getElementById('sheet');
  function el(tag, text, cls) { var n = document.createElement(tag); if (text != null) n.textContent = text; if (cls) n.className = cls; return n; }
  function letters(i) { var s = ''; i++; while (i > 0) { var r = (i - 1) % 26; s = String.fromCharCode(65 + r) + s; i = Math.floor((i - 1) / 26); } return s; }
  function render(view) {
    document.getElementById('title').textContent = view.name + ' — local preview';
    if (!current || !view.sheets.some(function (s) { return s.name === current; })) current = view.sheets[1] ? view.sheets[1].name : view.sheets[0].name;
    var activeKey = JSON.stringify(view.active);
    var moved = lastActive !== '' && activeKey !== lastActive;
    if (view.active && moved) current = view.active.sheet;
    tabs.replaceChildren.apply(tabs, view.sheets.map(function (s) {
      var b = el('button', s.name); b.type = 'button'; b.setAttribute('aria-pressed', String(s.name === current));
      b.onclick = function () { current = s.name; render(view); }; return b;
    }));
    var sheet = view.sheets.filter(function (s) { return s.name === current; })[0];
    var table = el('table'), head = el('thead'), hr = el('tr');
    hr.appendChild(el('th', ''));
    var width = sheet.rows.reduce(function (m, r) { return Math.max(m, r.length); }, 0);
    for (var c = 0; c < width; c++) hr.appendChild(el('th', letters(c)));
    head.appendChild(hr); table.appendChild(head);
    var body = el('tbody'), target = null;
    sheet.rows.forEach(function (row, r) {
      var tr = el('tr');
      if (r < sheet.frozenRows) tr.className = 'frozen';
      var on = view.active && view.active.sheet === sheet.name && r + 1 >= view.active.row && r + 1 < view.active.row + view.active.numRows;
      if (on) { tr.className += ' active'; target = target || tr; }
      tr.appendChild(el('td', String(r + 1), 'row'));
      row.forEach(function (cell) { var td = el('td', cell.v, cell.f ? 'formula' : ''); if (cell.f) td.title = cell.f; else if (cell.v.length > 40) td.title = cell.v; tr.appendChild(td); });
      body.appendChild(tr);
    });
    table.appendChild(body);
    sheetBox.replaceChildren(table);
    if (target && moved) target.scrollIntoView({ block: 'center' });
    lastActive = activeKey;
  }
  function poll() {
    fetch('/workbook.json').then(function (r) { return r.text(); }).then(function (text) {
      if (text !== last) { last = text; render(JSON.parse(text)); }
    }).catch(function () {}).then(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
</script>
</body>
</html>`;

/** The preview's own pages, served by the bridge beside /sidebar. */
export function previewRoutes(ws: Workspace): Record<string, () => Route> {
  return {
    '/': () => ({ type: 'text/html', body: PAGE }),
    '/workbook.json': () => ({ type: 'application/json', body: JSON.stringify(workbookView(ws)) }),
    '/docs': () => ({ type: 'text/html', body: docsPage(ws) }),
  };
}

async function main(): Promise<void> {
  const root = process.argv[2] ?? process.cwd();
  const port = Number(process.env.PORT ?? 8787);
  const env = await startSidebarEnv({
    dist: join(root, 'dist'),
    locale: process.env.LOCALE ?? 'en',
    port,
    routes: previewRoutes,
    seed: makeSampleDocs,
  });
  console.log(`Educational Partners Toolkit — local preview at ${env.bridge.url}/`);
  console.log('The sidebar alone is at /sidebar. Stop with Ctrl+C.');
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
