/**
 * Serves the sidebar page on loopback with a google.script.run that calls into the sandboxed bundle, applying
 * Apps Script's serialization rules both ways. Used by the browser tests and by `npm start`.
 *
 * The rules (https://developers.google.com/apps-script/guides/html/reference/run): parameters may be
 * primitives, null, and objects or arrays of those; a Date, function or DOM element (other than a form)
 * anywhere makes the request fail; undefined fields within arrays become null; the server gets a copy.
 * Return values follow the same rules; a return value holding a Date reaches the success handler as null.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Sandbox } from './sandbox';

export interface Route {
  type: string;
  body: string;
}
/** What a preview page may read of its request (a form's answers are POSTed). */
export interface RouteRequest {
  method: string;
  query: URLSearchParams;
  body: string;
}
export interface BridgeOptions {
  sandbox: Sandbox;
  /** The sidebar page as the server code produced it (HtmlService output). */
  sidebarHtml: () => string;
  /** Extra pages, e.g. the preview's workbook view. */
  routes?: Record<string, (request: RouteRequest) => Route>;
  port?: number;
}
export interface Bridge {
  url: string;
  /** Every RPC the page made, for tests. */
  rpcLog: { name: string; args: unknown[] }[];
  close(): Promise<void>;
}

/** Runs in the page: a google.script.run with the same chaining and checks as the real client. */
function clientShim(): void {
  type Handler = (value: unknown, userObject?: unknown) => void;
  const illegal = (value: unknown, seen: Set<unknown>): string | null => {
    if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return null;
    if (typeof value === 'function') return 'Function';
    if (value instanceof Date) return 'Date';
    if (typeof Node !== 'undefined' && value instanceof Node) return 'DOM element';
    if (seen.has(value)) return 'circular reference';
    seen.add(value);
    for (const inner of Object.values(value as object)) {
      const found = illegal(inner, seen);
      if (found) return found;
    }
    seen.delete(value);
    return null;
  };
  const runner = (success?: Handler, failure?: Handler, userObject?: unknown): unknown =>
    new Proxy(
      {},
      {
        get(_target, name: string) {
          if (name === 'withSuccessHandler') return (fn: Handler) => runner(fn, failure, userObject);
          if (name === 'withFailureHandler') return (fn: Handler) => runner(success, fn, userObject);
          if (name === 'withUserObject') return (obj: unknown) => runner(success, failure, obj);
          return (...args: unknown[]) => {
            const bad = illegal(args, new Set());
            if (bad) {
              setTimeout(() =>
                failure?.(new Error(`Failed due to illegal value in argument: ${bad}`), userObject),
              );
              return;
            }
            const body = JSON.stringify({ name, args }, (_k, v) => (v === undefined ? null : v));
            fetch('/__rpc', { method: 'POST', body })
              .then((r) => r.json())
              .then((answer: { value?: unknown; error?: string }) => {
                if (answer.error !== undefined) failure?.(new Error(answer.error), userObject);
                else success?.(answer.value, userObject);
              })
              .catch((error: unknown) => failure?.(error, userObject));
          };
        },
      },
    );
  (window as unknown as { google: unknown }).google = {
    script: { run: runner(), host: { close() {}, setHeight() {}, setWidth() {}, editor: { focus() {} } } },
  };
}

/** Apps Script answers null for a return value that holds a Date. */
function toWire(value: unknown): unknown {
  let holdsDate = false;
  const json = JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    if (this[key] instanceof Date) holdsDate = true;
    return v;
  });
  return holdsDate || json === undefined ? null : JSON.parse(json);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  response.end(body);
}

export function startBridge(options: BridgeOptions): Promise<Bridge> {
  const rpcLog: Bridge['rpcLog'] = [];
  const shim = `<script>(${clientShim.toString()})();</script>`;
  const server = createServer((request, response) => {
    void (async () => {
      const [path = '/', search = ''] = (request.url ?? '/').split('?');
      if (request.method === 'POST' && path === '/__rpc') {
        const { name, args } = JSON.parse(await readBody(request)) as { name: string; args: unknown[] };
        rpcLog.push({ name, args });
        try {
          // Names ending in an underscore are private in Apps Script and cannot be called from the client.
          if (name.endsWith('_')) throw new Error(`Script function not found: ${name}`);
          const value = toWire(options.sandbox.call(name, ...args));
          send(response, 200, 'application/json', JSON.stringify({ value }));
        } catch (error) {
          send(response, 200, 'application/json', JSON.stringify({ error: (error as Error).message }));
        }
        return;
      }
      if (path === '/sidebar') {
        send(response, 200, 'text/html', options.sidebarHtml().replace('<head>', `<head>${shim}`));
        return;
      }
      const route = options.routes?.[path];
      if (route) {
        const body = request.method === 'POST' ? await readBody(request) : '';
        const answer = route({ method: request.method ?? 'GET', query: new URLSearchParams(search), body });
        send(response, 200, answer.type, answer.body);
        return;
      }
      send(response, 404, 'text/plain', 'Not found');
    })().catch((error: unknown) => send(response, 500, 'text/plain', String(error)));
  });
  return new Promise((resolve) => {
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        rpcLog,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
