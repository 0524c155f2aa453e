/**
 * `npm start`'s generated documents page: every Doc the add-on made, with headings, tables and page breaks, so a
 * newcomer can read the agendas, the MOU draft and the report without Google.
 */
import axe from 'axe-core';
import type { Browser } from 'playwright-core';
import { previewRoutes } from '../../scripts/preview';
import { makeSampleDocs } from '../../scripts/preview-docs';
import { launchChromium } from '../harness/browser';
import { type SidebarEnv, startSidebarEnv } from './env';

let browser: Browser;
let env: SidebarEnv;
beforeAll(async () => {
  browser = await launchChromium();
  env = await startSidebarEnv({ routes: previewRoutes, seed: makeSampleDocs });
});
afterAll(async () => {
  await browser?.close();
  await env?.close();
});

test('shows each generated Doc with its headings, tables and page breaks, and passes axe', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(5000);
  await page.goto(`${env.bridge.url}/`);
  await page.getByRole('link', { name: 'Generated documents' }).click();
  await page.getByRole('heading', { name: 'Generated documents' }).waitFor();
  const articles = page.locator('article');
  expect(await articles.count()).toBe(5);
  // The kickoff side by side: the five key action steps in a two-column table, English beside Spanish.
  const row = page.locator('tr', { hasText: 'Mission and goal: why this group exists' }).first();
  expect(await row.locator('td').nth(1).textContent()).toContain('Misión y meta: por qué existe este grupo');
  // Spanish agenda, sign-in sheet on its own page, MOU totals and the report's engagement table.
  await page
    .getByRole('heading', { name: /Agenda de la reunión/ })
    .first()
    .waitFor();
  expect(await page.locator('hr.page-break').count()).toBeGreaterThanOrEqual(4);
  await page
    .getByRole('heading', { name: 'Sign-in sheet / Hoja de registro de asistencia' })
    .first()
    .waitFor();
  await page.getByRole('cell', { name: 'Total agreed hours' }).waitFor();
  await page.getByRole('heading', { name: 'Engagement by stakeholder group' }).waitFor();
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }).axe.run;
    return (await run()).violations.map((v) => v.id);
  });
  expect(violations).toEqual([]);
  await page.close();
});
