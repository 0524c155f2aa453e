/**
 * `npm start`'s invitation forms: each at phone width in its language, opened from a member's link, and an
 * answer sent there lands on the member's Partners row through the form-submit trigger.
 */
import axe from 'axe-core';
import type { Browser } from 'playwright-core';
import { previewRoutes } from '../../scripts/preview';
import { partner } from '../fixtures/invitations';
import { launchChromium } from '../harness/browser';
import { type SidebarEnv, startSidebarEnv } from './env';

let browser: Browser;
let env: SidebarEnv;
beforeAll(async () => {
  browser = await launchChromium();
  env = await startSidebarEnv({
    routes: previewRoutes,
    seed: (_ws, sandbox) => sandbox.call('createInvitations'),
  });
});
afterAll(async () => {
  await browser?.close();
  await env?.close();
});

test('shows both forms at phone width, each in its language', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(`${env.bridge.url}/forms`);
  const frames = page.locator('iframe');
  expect(await frames.count()).toBe(2);
  expect(await frames.first().evaluate((n) => n.clientWidth)).toBeLessThanOrEqual(380);
  await page.frameLocator('iframe').nth(0).getByText('Will you join the group?').waitFor();
  await page.frameLocator('iframe').nth(1).getByText('¿Se une al grupo?').waitFor();
  await page.close();
});

test('an answer sent from a member’s link updates their Partners row', async () => {
  const page = await browser.newPage({ viewport: { width: 380, height: 800 } });
  page.setDefaultTimeout(5000);
  await page.goto(`${env.bridge.url}/forms`);
  const src = await page.locator('iframe').nth(1).getAttribute('src');
  await page.goto(`${env.bridge.url}${src}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
  const code = await page.getByLabel('Su código de invitación').inputValue();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await page.getByLabel('Quiero hablar antes').check();
  await page.getByLabel('Cuidado de niños').check();
  await page.getByLabel('¿Tiene preguntas o comentarios?').fill('=1+1 ¿a qué hora empieza?');
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const a = (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }).axe;
    return (await a.run()).violations.map((v) => v.id);
  });
  expect(violations).toEqual([]);
  await page.getByRole('button', { name: 'Enviar' }).click();
  await page.getByText('¡Gracias! Recibimos su respuesta.').waitFor();
  const addon = { ws: env.ws, sandbox: env.sandbox, rpc: () => ({}) as never };
  const row = Object.values(
    addon.ws.spreadsheet.getSheetByName('Partners')!.getDataRange().getDisplayValues(),
  );
  const member = row.find((r) => r.includes(code))!;
  const name = member[1]!;
  expect(partner(addon, name)).toMatchObject({
    Status: 'Wants to talk first',
    'Supports needed': 'Childcare',
    'Questions or comments': '=1+1 ¿a qué hora empieza?',
  });
  await page.close();
});
