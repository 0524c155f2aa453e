/**
 * Delivering invitations from the sidebar, in Chromium: check who gets the email, the preview per language,
 * sending with the progress bar until done, cancelled or the quota stops it, printed letters, and an axe-core
 * scan. The preview's outbox and letters pages show what was sent and printed.
 */
import type { Page } from 'playwright-core';
import { previewRoutes } from '../../scripts/preview';
import { sendSampleInvitations } from '../../scripts/preview-outbox';
import type { SidebarEnvOptions } from './env';
import { axeViolations, eventually, newSession, openSidebar, rpcNames, type Session } from './session';

async function delivery(options: SidebarEnvOptions = {}): Promise<Session> {
  const session = await openSidebar(
    {
      seed: (_ws, sandbox) => {
        sandbox.call('updateInvitations', {});
      },
      ...options,
    },
    900,
  );
  session.page.setDefaultTimeout(10000);
  await session.page.locator('#tab-invitations').click();
  await session.page.locator('#panel-invitations .delivery').waitFor();
  return session;
}

/** Holds the first sendInvitations request until `release` is called, as a slow batch would be. */
async function holdFirstBatch(page: Page): Promise<{ started: () => boolean; release: () => void }> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let batches = 0;
  await page.route('**/__rpc', async (route) => {
    const { name } = JSON.parse(route.request().postData() ?? '{}') as { name?: string };
    if (name === 'sendInvitations' && ++batches === 1) await held;
    await route.continue();
  });
  return { started: () => batches > 0, release };
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

test('Cancel stops after the current batch, Continue sending resumes, and nobody gets two emails', async () => {
  const { env, page } = await delivery();
  const panel = page.locator('#panel-invitations');
  const batch = await holdFirstBatch(page);
  await panel.getByRole('button', { name: 'Check who gets it' }).click();
  const send = panel.getByRole('button', { name: /^Send \d+ invitations$/ });
  const n = Number((await send.textContent())!.match(/\d+/)![0]);
  expect(n).toBeGreaterThan(10);
  await send.click();
  await eventually(async () => expect(batch.started()).toBe(true));
  await panel.getByRole('button', { name: 'Cancel' }).click();
  batch.release();
  await panel
    .getByText(`Stopped after the current batch. ${n - 10} not sent yet`, { exact: false })
    .waitFor();
  // The batch under way finished; no other was started.
  expect(env.ws.outbox).toHaveLength(10);
  expect(rpcNames(env).filter((name) => name === 'sendInvitations')).toHaveLength(1);
  await panel.getByRole('button', { name: 'Continue sending' }).click();
  await panel.getByText(`Done: ${n - 10} sent, 0 not sent.`).waitFor();
  const addresses = env.ws.outbox.map((m) => m.to);
  expect(addresses).toHaveLength(n);
  expect(new Set(addresses).size).toBe(n);
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
  const { env, page } = await newSession(
    { routes: previewRoutes, seed: sendSampleInvitations },
    { width: 1280, height: 800 },
  );
  page.setDefaultTimeout(8000);
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
