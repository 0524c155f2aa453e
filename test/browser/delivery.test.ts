/**
 * Delivering invitations from the sidebar, in Chromium: check who gets the email, the preview per language,
 * sending with the progress bar until done or the quota stops it, printed letters, and an axe-core scan. The
 * preview's outbox and letters pages show what was sent and printed.
 */
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { previewRoutes } from '../../scripts/preview';
import { sendSampleInvitations } from '../../scripts/preview-outbox';
import { launchChromium } from '../harness/browser';
import { type SidebarEnv, type SidebarEnvOptions, startSidebarEnv } from './env';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const open: { env: SidebarEnv; page: Page }[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) {
    await s.page.close();
    await s.env.close();
  }
});

async function delivery(options: SidebarEnvOptions = {}): Promise<{ env: SidebarEnv; page: Page }> {
  const env = await startSidebarEnv({
    seed: (_ws, sandbox) => {
      sandbox.call('updateInvitations', {});
    },
    ...options,
  });
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  page.setDefaultTimeout(10000);
  open.push({ env, page });
  await page.goto(env.sidebarUrl);
  await page.locator('#tab-invitations').click();
  await page.locator('#panel-invitations .delivery').waitFor();
  return { env, page };
}

async function axeViolations(page: Page): Promise<unknown[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const run = (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const { violations } = await run.run();
    return violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target) }));
  });
}

test('checks who gets it, previews each language, sends with a progress bar, and records it', async () => {
  const { env, page } = await delivery();
  const panel = page.locator('#panel-invitations');
  await panel.getByRole('button', { name: 'Check who gets it' }).click();
  await panel.getByText(/to send, \d+ left out\. Emails left today: 100\./).waitFor();
  // One preview per language group, each the server's rendering for a real member.
  await panel
    .frameLocator('iframe[title="Email preview, Spanish"]')
    .getByText(/^Estimado\(a\) /)
    .waitFor();
  await panel
    .frameLocator('iframe[title="Email preview, English"]')
    .getByText(/^Dear /)
    .waitFor();
  await panel
    .frameLocator('iframe[title="Email preview, English / Spanish"]')
    .getByText(/If you prefer Vietnamese/)
    .waitFor();
  const send = panel.getByRole('button', { name: /^Send \d+ invitations$/ });
  const n = Number((await send.textContent())!.match(/\d+/)![0]);
  await send.click();
  await panel.getByText(`Done: ${n} sent, 0 not sent.`).waitFor();
  expect(
    await panel
      .locator('progress')
      .evaluate((p) => [(p as HTMLProgressElement).value, (p as HTMLProgressElement).max]),
  ).toEqual([n, n]);
  expect(env.ws.outbox).toHaveLength(n);
  // Checking again (from the keyboard) finds nobody left: nothing is sent twice.
  await panel.getByRole('button', { name: 'Check who gets it' }).focus();
  await page.keyboard.press('Enter');
  await panel.getByText('Nobody to send to.').waitFor();
  expect(await axeViolations(page)).toEqual([]);
});

test('stops when the day’s quota is used up and says the rest waits for tomorrow', async () => {
  const { env, page } = await delivery({ mailQuota: 4 });
  const panel = page.locator('#panel-invitations');
  await panel.getByRole('button', { name: 'Check who gets it' }).click();
  await panel.getByText(/do not fit today's email limit/).waitFor();
  await panel.getByRole('button', { name: /^Send \d+ invitations$/ }).click();
  await panel.getByText(/Today's email limit is used up\. \d+ not sent yet: continue tomorrow\./).waitFor();
  expect(env.ws.outbox).toHaveLength(4);
});

test('makes the printed letters and links them', async () => {
  const { page } = await delivery({ locale: 'es' });
  const panel = page.locator('#panel-invitations');
  await panel.getByRole('button', { name: 'Hacer cartas impresas' }).click();
  await panel.getByText(/Las cartas para \d+ integrantes están listas\./).waitFor();
  expect(await panel.getByRole('link', { name: 'Abrir las cartas' }).getAttribute('href')).toMatch(
    /^https:\/\/docs\.google\.com\/document\/d\//,
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('the preview shows the outbox as members see it and the letters with their QR codes', async () => {
  const env = await startSidebarEnv({ routes: previewRoutes, seed: sendSampleInvitations });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(8000);
  open.push({ env, page });
  await page.goto(`${env.bridge.url}/outbox`);
  expect(await page.locator('article iframe').count()).toBe(3);
  await page
    .frameLocator('article iframe')
    .first()
    .getByRole('link', { name: /Answer the invitation|Responder/ })
    .waitFor();
  await page.goto(`${env.bridge.url}/docs`);
  const qr = page.locator('article img[alt*="QR"]').first();
  await qr.waitFor();
  expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
});
