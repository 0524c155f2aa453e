/**
 * `npm start`'s page: the live sidebar in a 300 px frame beside the workbook's tabs as tables, which follow what
 * the sidebar writes.
 */
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
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
  const frame = page.frameLocator('iframe#sidebar');
  expect(await page.locator('#sidebar').evaluate((n) => n.clientWidth)).toBe(300);

  // The Partners tab as a table; computed formula values on Coverage.
  await page.getByRole('cell', { name: 'Keisha Brown' }).waitFor();
  await page.getByRole('button', { name: 'Coverage' }).click();
  await page.getByRole('cell', { name: 'Confirmed' }).first().waitFor();

  // A finding clicked in the sidebar activates the row in the Partners table.
  await frame.getByRole('button', { name: /Keisha Brown is listed as “Parents\/Guardians/ }).click();
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

describe('looks like the Sheets the user will get', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(5000);
    await page.goto(`${env.bridge.url}/`);
    await page.getByRole('cell', { name: 'Keisha Brown' }).waitFor();
  });
  afterAll(() => page.close());
  const tab = (name: string) => page.locator('nav button', { hasText: new RegExp(`^${name}$`) }).click();
  const row = (text: string) => page.locator('tbody tr', { hasText: text });

  test('checkboxes are checkboxes and dropdown cells are marked', async () => {
    await tab('Partners');
    const keisha = row('Keisha Brown');
    expect(await keisha.locator('td.checkbox input[type="checkbox"]').first().isChecked()).toBe(true);
    expect(await keisha.locator('td.dropdown').count()).toBeGreaterThanOrEqual(3);
    expect(await keisha.locator('td.dropdown').first().getAttribute('title')).toContain('Dropdown');
    await tab('Attendance');
    expect(await page.locator('td.checkbox input[type="checkbox"]').count()).toBeGreaterThan(20);
  });

  test('values show through their number format: dates, not serials; money with its sign', async () => {
    await tab('TA Summary');
    const cells = await page.locator('tbody td:not(.row)').allTextContents();
    expect(cells.filter((c) => /^4\d{4}(\.\d+)?$/.test(c))).toEqual([]);
    expect(cells.some((c) => /^\d{4}-\d{2}-\d{2}$/.test(c))).toBe(true);
    expect(await row('Cost beyond the funded allotment').locator('td').nth(2).textContent()).toMatch(/^\$\d/);
    const funded = await page.evaluate(() => {
      const tr = [...document.querySelectorAll('tbody tr')].find(
        (r) => r.children[1]?.textContent === 'Funded hours',
      );
      return tr?.children[2]?.textContent;
    });
    expect(funded).toBe('40.00');
  });

  test('conditional highlights in their own colours, evaluated from the rules', async () => {
    const bg = (locator: import('playwright-core').Locator) =>
      locator.evaluate((n) => getComputedStyle(n).backgroundColor);
    await tab('Coverage');
    const confirmed = row('Superintendent (or Designee)').locator('td').last();
    const unconfirmed = row('Human Resources Administrator').locator('td').last();
    expect(await unconfirmed.textContent()).toBe('Selected, not confirmed');
    expect(await bg(confirmed)).toBe('rgb(183, 225, 205)');
    expect(await bg(unconfirmed)).toBe('rgb(252, 232, 178)');
    // A custom-formula rule: the parent who is a district employee, and no one else.
    await tab('Partners');
    expect(await bg(row('Keisha Brown').locator('td').nth(2))).toBe('rgb(244, 199, 195)');
    expect(await bg(row('Andre Williams').locator('td').nth(2))).toBe('rgba(0, 0, 0, 0)');
  });

  test('header notes show on hover, and the burn-down chart is drawn', async () => {
    await tab('Partners');
    const name = page
      .locator('tbody tr')
      .first()
      .locator('td', { hasText: /^Name$/ });
    expect(await name.getAttribute('title')).toBe('First and last name.');
    await tab('TA Summary');
    const chart = page.getByRole('img', { name: 'Funded TA hours left' });
    await chart.waitFor();
    expect(await chart.locator('path.series').count()).toBe(2);
    expect((await chart.locator('path.series').first().getAttribute('d'))!.split('L').length).toBeGreaterThan(
      5,
    );
  });

  test('the Engagement tab: shares as percentages and its chart, a point per meeting held for each group', async () => {
    await tab('Engagement');
    const cells = await page.locator('tbody td:not(.row)').allTextContents();
    expect(cells.filter((c) => /^\d+%$/.test(c)).length).toBeGreaterThanOrEqual(9);
    const chart = page.getByRole('img', { name: 'Share of invited members who attended, by group' });
    await chart.waitFor();
    const paths = await chart
      .locator('path.series')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));
    // The sample held three meetings: every group with invited members has a line through three points.
    expect(paths.filter((d) => d.split('L').length === 3).length).toBeGreaterThanOrEqual(4);
  });

  test('the Extensions menu lists the add-on’s commands and runs them', async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByText('Educational Partners Toolkit', { exact: true }).waitFor();
    // The preview already holds the sample: loading it again finishes nothing new and says it is loaded.
    await page.getByRole('button', { name: /Load sample LEA/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /The sample LEA was loaded/ })
      .waitFor();
  });
});

test('Extensions › Schedule meetings… opens the sidebar on the series form', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(5000);
  try {
    await page.goto(`${env.bridge.url}/`);
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('button', { name: /Schedule meetings…/ }).click();
    const frame = page.frameLocator('iframe#sidebar');
    await frame.getByRole('tab', { name: 'Meeting', selected: true }).waitFor();
    await frame.getByLabel('First date').waitFor();
    expect(
      await frame.locator('details#meeting-series').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
  } finally {
    await page.close();
  }
});

test('the page’s own words follow LOCALE', async () => {
  const es = await startSidebarEnv({ routes: previewRoutes, locale: 'es' });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${es.bridge.url}/`);
    await page
      .getByRole('heading', { name: 'Herramientas para Socios Educativos — vista previa local' })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.getByRole('button', { name: 'Extensiones' }).waitFor();
    await page.getByRole('navigation', { name: 'Pestañas del libro' }).waitFor();
  } finally {
    await page.close();
    await es.close();
  }
});

test('the preview page passes axe-core, menu open', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${env.bridge.url}/`);
    await page.getByRole('cell', { name: 'Keisha Brown' }).waitFor();
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () => {
      const run = (
        window as unknown as { axe: { run(c: unknown): Promise<{ violations: { id: string }[] }> } }
      ).axe;
      // The sidebar frame has its own scans (sidebar.test.ts); this one is the page around it.
      const { violations } = await run.run({ exclude: [['#sidebar']] });
      return violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
  } finally {
    await page.close();
  }
});
