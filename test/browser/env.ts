/**
 * A live sidebar for browser tests and the local preview: the in-memory Workspace with the sample LEA, the
 * built bundle in the Apps Script sandbox, and the page HtmlService serves, behind the google.script.run bridge.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkspace, type Workspace, type WorkspaceOptions } from '../fake/workspace';
import { type Bridge, type Route, type RouteRequest, startBridge } from '../harness/bridge';
import { loadBundle, type Sandbox } from '../harness/sandbox';

export interface SidebarEnv {
  ws: Workspace;
  sandbox: Sandbox;
  bridge: Bridge;
  /** The page the server served (HtmlService output of openSidebar). */
  html: string;
  sidebarUrl: string;
  close(): Promise<void>;
}

export interface SidebarEnvOptions extends WorkspaceOptions {
  /** The built files: dist/ by default. */
  dist?: string;
  /** Runs setup and loads the sample LEA first (default true). */
  sample?: boolean;
  /** Changes the workbook after the sample is loaded, before the sidebar opens. */
  seed?: (ws: Workspace, sandbox: Sandbox) => void;
  /** Extra pages beside /sidebar (the preview's), given the workbook and the add-on's sandbox. */
  routes?: (ws: Workspace, sandbox: Sandbox) => Record<string, (request: RouteRequest) => Route>;
  port?: number;
  /** The menu function that opens the sidebar (default openSidebar). */
  opener?: string;
}

export async function startSidebarEnv(options: SidebarEnvOptions = {}): Promise<SidebarEnv> {
  const {
    dist = join(__dirname, '..', '..', 'dist'),
    sample = true,
    seed,
    routes,
    port,
    opener = 'openSidebar',
    ...wsOptions
  } = options;
  const ws = createWorkspace({
    ...wsOptions,
    files: { Sidebar: readFileSync(join(dist, 'Sidebar.html'), 'utf8') },
  });
  const sandbox = loadBundle(ws.globals, readFileSync(join(dist, 'Code.js'), 'utf8'), () =>
    ws.now().getTime(),
  );
  ws.setScriptScope(sandbox.scope);
  if (sample) {
    sandbox.call('setupWorkspace');
    sandbox.call('loadSampleLea');
  }
  seed?.(ws, sandbox);
  sandbox.call(opener);
  const shown = ws.ui.sidebars[ws.ui.sidebars.length - 1];
  if (!shown) throw new Error(`${opener} showed no sidebar`);
  const html = shown.html;
  const bridge = await startBridge({
    sandbox,
    // The page the add-on showed last: a menu command may open the sidebar again, on a section.
    sidebarHtml: () => ws.ui.sidebars[ws.ui.sidebars.length - 1]?.html ?? html,
    ...(routes ? { routes: routes(ws, sandbox) } : {}),
    ...(port !== undefined ? { port } : {}),
  });
  return { ws, sandbox, bridge, html, sidebarUrl: `${bridge.url}/sidebar`, close: () => bridge.close() };
}

/** The tab's values as the sheet displays them, unrecorded. */
export function tabValues(ws: Workspace, name: string): string[][] {
  const sheet = ws.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`No tab named ${name}`);
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows === 0 || cols === 0) return [];
  return sheet.getRange(1, 1, rows, cols).getDisplayValues();
}
