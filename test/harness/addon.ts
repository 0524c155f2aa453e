/** The add-on as Apps Script runs it: the built bundle in the sandbox over a fresh in-memory Workspace. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkspace, type Workspace, type WorkspaceOptions } from '../fake/workspace';
import { DIST, loadBundle, type Sandbox } from './sandbox';

export interface Addon {
  ws: Workspace;
  sandbox: Sandbox;
  /** Calls a sidebar RPC as google.script.run would (the argument is a copy, as over the wire). */
  rpc<T = unknown>(
    name: string,
    arg?: unknown,
  ):
    | { ok: true; value: T }
    | { ok: false; error: { message: string; issues: { key: string; field: string; message: string }[] } };
}

export function startAddon(options: WorkspaceOptions = {}): Addon {
  const ws = createWorkspace({
    files: { Sidebar: readFileSync(join(DIST, 'Sidebar.html'), 'utf8') },
    ...options,
  });
  const sandbox = loadBundle(ws.globals, undefined, () => ws.now().getTime());
  ws.setScriptScope(sandbox.scope);
  return {
    ws,
    sandbox,
    rpc: (name, arg = {}) => sandbox.call(name, JSON.parse(JSON.stringify(arg))) as never,
  };
}

/** An add-on whose workbook is set up with the sample LEA loaded. */
export function startSampleAddon(options: WorkspaceOptions = {}): Addon {
  const addon = startAddon(options);
  addon.sandbox.call('setupWorkspace');
  addon.sandbox.call('loadSampleLea');
  return addon;
}
