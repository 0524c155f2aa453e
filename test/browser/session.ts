/**
 * What the sidebar's browser tests share: one Chromium per test file, a sidebar session per test (closed after
 * it), and helpers to act and wait as a user does.
 */
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../harness/browser';
import { type SidebarEnv, type SidebarEnvOptions, startSidebarEnv } from './env';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

export interface Session {
  env: SidebarEnv;
  page: Page;
  /** Messages of window.alert/confirm/prompt dialogs (each dismissed). */
  dialogs: string[];
  errors: string[];
}
const open: Session[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) {
    await s.page.close();
    await s.env.close();
  }
});

/** A new page over a sidebar environment (both closed after the test), not yet pointed anywhere. */
export async function newSession(
  options: SidebarEnvOptions = {},
  viewport = { width: 300, height: 800 },
): Promise<Session> {
  const env = await startSidebarEnv(options);
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(5000);
  const session: Session = { env, page, dialogs: [], errors: [] };
  open.push(session);
  page.on('dialog', (d) => {
    session.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => session.errors.push(e.message));
  return session;
}

/** The sidebar at its real 300 px over the sample LEA (or `options`). */
export async function openSidebar(options: SidebarEnvOptions = {}, height = 800): Promise<Session> {
  const session = await newSession(options, { width: 300, height });
  await session.page.goto(session.env.sidebarUrl);
  await session.page.getByRole('tablist').waitFor();
  return session;
}

export async function showTab(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** Retries an assertion until it passes or the time is up, as what a user sees arrives asynchronously. */
export async function eventually(check: () => Promise<void>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export const rpcNames = (env: SidebarEnv) => env.bridge.rpcLog.map((r) => r.name);

export function column(values: string[][], header: string): number {
  const index = values[0]!.indexOf(header);
  if (index < 0) throw new Error(`No column ${header} in ${values[0]!.join(', ')}`);
  return index;
}

/** axe-core's violations on the page as it is now: rule ids and the elements they name. */
export async function axeViolations(page: Page): Promise<{ id: string; targets: unknown[] }[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    const { violations } = await run.run();
    return violations.map((v) => {
      const violation = v as { id: string; nodes: { target: unknown }[] };
      return { id: violation.id, targets: violation.nodes.map((n) => n.target) };
    });
  });
}
