/**
 * The sidebar as it reads at 300 px: no text under 12 px, long choices that stay distinguishable, the Help
 * section, and axe-core on every panel in both languages with the new controls open.
 */
import { axeViolations, eventually, openSidebar } from './session';

const PANELS = ['roster', 'hours', 'meeting'] as const;

test('no text anywhere in the sidebar is smaller than 12 px', async () => {
  const { page } = await openSidebar();
  await page.locator('details.help summary').click();
  for (const panel of PANELS) {
    await page.locator(`#tab-${panel}`).click();
    await page.locator(`#panel-${panel}:not([aria-busy]) h3`).first().waitFor();
    await page.waitForTimeout(200);
    const small = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (!node.textContent?.trim() || parent.closest('[hidden], .visually-hidden, title, desc')) continue;
        const rect = parent.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        const size = Number.parseFloat(getComputedStyle(parent).fontSize);
        if (size < 12) out.push(`${size}px: ${node.textContent.trim().slice(0, 40)}`);
      }
      return out;
    });
    expect(small).toEqual([]);
  }
});

test.each(['en', 'es'] as const)(
  'the tab labels fit at 300 px without a word cut in two (%s)',
  async (locale) => {
    const { page } = await openSidebar({ locale });
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[role="tab"]')]
        .filter((tab) => tab.scrollWidth > tab.clientWidth || getComputedStyle(tab).overflowWrap !== 'normal')
        .map((tab) => tab.textContent),
    );
    expect(overflowing).toEqual([]);
    expect(await page.locator('[role="tab"]').count()).toBeGreaterThanOrEqual(4);
  },
);

test('indicators sharing a long prefix stay distinguishable in the 300 px select', async () => {
  const indicators = [
    'Disproportionate identification: Specific Learning Disability',
    'Disproportionate identification: Speech or Language Impairment',
    'Disproportionate identification: Other Health Impairment',
    'Discipline: suspension over 10 days',
  ];
  const { page } = await openSidebar({
    seed: (ws) => {
      const start = ws.spreadsheet.getSheetByName('Start')!;
      const values = start.getDataRange().getValues();
      const r = values.findIndex((row) => String(row[1]).startsWith('Disproportionate identification'));
      start.getRange(r + 1, 2).setValue(indicators.join('\n'));
    },
  });
  await page.locator('#tab-hours').click();
  const select = page.getByLabel('Indicator');
  await eventually(async () => expect(await select.locator('option').count()).toBe(indicators.length + 1));
  // What the closed select can show of each option: the text that fits its width, in its font.
  const visible = await select.evaluate((node) => {
    const s = node as HTMLSelectElement;
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.font = getComputedStyle(s).font;
    const room = s.clientWidth - 28;
    return [...s.options].map((o) => {
      let text = o.label;
      while (canvas.measureText(text).width > room) text = text.slice(0, -1);
      return text;
    });
  });
  expect(new Set(visible).size).toBe(visible.length);
  // The shared prefix names the group, so the option is still read in full context.
  expect(
    await select.locator('optgroup[label="Disproportionate identification"] option').allTextContents(),
  ).toEqual(['Specific Learning Disability', 'Speech or Language Impairment', 'Other Health Impairment']);
});

test.each([
  ['en', 'Help', 'What each panel is for', 'Significant Disproportionality'],
  ['es', 'Ayuda', 'Para qué sirve cada panel', 'Desproporcionalidad Significativa'],
] as const)('Help explains the panels and the glossary (%s)', async (locale, summary, panels, term) => {
  const { page } = await openSidebar({ locale });
  const help = page.locator('details.help');
  expect(await help.getAttribute('open')).toBeNull();
  await help.locator('summary', { hasText: summary }).click();
  await help.getByRole('heading', { name: panels }).waitFor();
  const terms = await help.locator('.glossary dt').allTextContents();
  expect(terms).toHaveLength(6);
  expect(terms).toContain(term);
  for (const t of ['CIM', 'SPP-TAP', 'MOU']) expect(terms).toContain(t);
});

test('Help names the tabs as this workbook shows them, in the reader’s sentence', async () => {
  const { page } = await openSidebar();
  const help = page.locator('details.help');
  await help.locator('summary').click();
  expect(await help.locator('.help-panels').textContent()).toContain('checks the Partners tab');
  // A Spanish reader of this English workbook is told the tabs by the names the workbook shows.
  await page.getByLabel('Language').selectOption('es');
  await page.locator('details.help summary', { hasText: 'Ayuda' }).click();
  const panels = await page.locator('details.help .help-panels').textContent();
  expect(panels).toContain('revisa la pestaña «Partners»');
  expect(panels).toContain('una entrada para la pestaña «TA Log»');
});

describe.each(['en', 'es'] as const)(
  'axe-core finds no violations with the new controls open (%s)',
  (locale) => {
    test('Help open', async () => {
      const { page } = await openSidebar({ locale });
      await page.locator('details.help summary').click();
      await page.locator('details.help .glossary').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('meeting mode: filtered, declined group and walk-in form open, timer running', async () => {
      const { page } = await openSidebar({ locale });
      await page.locator('#tab-meeting').click();
      await page.locator('#panel-meeting .attendance-list .check').first().waitFor();
      await page.locator('#panel-meeting input[name="filter"]').fill('a');
      await page.locator('#panel-meeting details.away summary').click();
      await page.locator('#panel-meeting .walk-in-box summary').click();
      await page.locator('#panel-meeting .timer button').click();
      await page.locator('#panel-meeting [role="timer"]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('undo asking for confirmation', async () => {
      const { page } = await openSidebar({ locale });
      await page.locator('#tab-hours').click();
      await page.locator('#panel-hours input[name="hours"]').fill('1');
      await page.locator('#panel-hours button[type="submit"]').click();
      await page.locator('#panel-hours .undo button').click();
      await page.locator('#panel-hours .confirm').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  },
);
