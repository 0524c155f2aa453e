/**
 * `npm start`'s page: the live sidebar in a 300 px frame beside the workbook's tabs as tables, which follow what
 * the sidebar writes.
 */
import type { Browser } from 'playwright-core';
import { previewRoutes } from '../../scripts/preview';
import { launchChromium } from '../harness/browser';
import { type SidebarEnv, startSidebarEnv } from './env';

let browser: Browser;
let env: SidebarEnv;
beforeAll(async () => {
  browser = await launchChromium();
  env = await startSidebarEnv({ routes: previewRoutes });
});
afterAll(async () => {
  await browser?.close();
  await env?.close();
});

test('shows the workbook beside the sidebar and follows what the sidebar writes', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(5000);
  await page.goto(`${env.bridge.url}/`);
  const frame = page.frameLocator('iframe[title="Educational Partners Toolkit sidebar"]');
  expect(await page.locator('#sidebar').evaluate((n) => n.clientWidth)).toBe(300);

  // The Partners tab as a table; computed formula values on Coverage.
  await page.getByRole('cell', { name: 'Keisha Brown' }).waitFor();
  await page.getByRole('button', { name: 'Coverage' }).click();
  await page.getByRole('cell', { name: 'Confirmed' }).first().waitFor();

  // A finding clicked in the sidebar activates the row in the Partners table.
  await frame.getByRole('button', { name: /Keisha Brown is listed as a parent\/guardian/ }).click();
  await page.locator('tr.active', { hasText: 'Keisha Brown' }).waitFor();

  // Hours logged in the sidebar appear in the TA Log table.
  await frame.getByRole('tab', { name: 'TA hours' }).click();
  await frame.getByLabel('Hours (quarter hours)').fill('0.75');
  await frame.getByLabel('Note').fill('Preview check-in call');
  await frame.getByRole('button', { name: 'Add to TA Log' }).click();
  await page.getByRole('button', { name: 'TA Log' }).click();
  await page.getByRole('cell', { name: 'Preview check-in call' }).waitFor();
  await page.close();
});
