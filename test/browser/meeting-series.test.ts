/**
 * Scheduling a meeting series from the Meeting panel, reached from the menu's "Schedule meetings…": the dates
 * shown first (closures skipped), the rows added on confirming, and the same request again adding none. In
 * English and Spanish, with no axe violations.
 */
import { formatDate, t } from '../../src/core';
import { tabValues } from './env';
import { axeViolations, openSidebar } from './session';

test.each(['en', 'es'] as const)(
  'schedule a series, see it added, run it again: nothing doubled (%s)',
  async (locale) => {
    const { env, page } = await openSidebar({ locale, opener: 'openScheduleMeetings' });
    const tr = (key: string, p?: object) =>
      (t as (l: string, k: string, p?: object) => string)(locale, key, p);
    const meetingsTab = t(locale, 'wb.tab.meetings');
    const before = tabValues(env.ws, meetingsTab);

    // The menu opened the sidebar on the form, unfolded, with the cursor in its first date.
    const form = page.locator('details#meeting-series');
    await form.locator('form').waitFor();
    expect(await form.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.name === 'seriesStart',
    );
    // Its intro names the tabs it writes as the workbook shows them.
    const intro = tr('sb.series.intro', {
      meetings: meetingsTab,
      attendance: t(locale, 'wb.tab.attendance'),
    });
    expect(intro).toContain(meetingsTab);
    await form.getByText(intro).waitFor();

    await form.getByLabel(tr('sb.series.start')).fill('2024-09-10');
    await form.getByLabel(tr('sb.series.cadence')).selectOption('biweekly');
    await form.getByLabel(tr('sb.series.count')).fill('4');
    await form.getByLabel(tr('sb.series.time')).fill('17:30');
    await form.getByLabel(tr('sb.series.minutes')).fill('90');
    await form.getByLabel(tr('sb.series.location')).fill('https://meet.example.org/epg');
    await form.getByLabel(tr('sb.series.closures')).fill('2024-09-24');
    await form.getByRole('button', { name: tr('sb.series.preview') }).click();

    // What will be added, before anything is: four new dates and the closure skipped; nothing written yet.
    await form.getByRole('heading', { name: tr('sb.series.previewTitle', { n: 4 }) }).waitFor();
    const items = await form.locator('.series-preview li').allTextContents();
    const day = (iso: string) => formatDate(locale, iso, 'long');
    expect(items).toEqual([
      tr('sb.series.new', { date: day('2024-09-10') }),
      tr('sb.series.skipped', { date: day('2024-09-24') }),
      tr('sb.series.new', { date: day('2024-10-08') }),
      tr('sb.series.new', { date: day('2024-10-22') }),
      tr('sb.series.new', { date: day('2024-11-05') }),
    ]);
    expect(tabValues(env.ws, meetingsTab)).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);

    await form.getByRole('button', { name: tr('sb.series.confirm', { n: 4 }) }).click();
    const done = t(locale, 'docs.seriesDone', {
      added: 4,
      skipped: 1,
      existing: 0,
      tab: meetingsTab,
      attendance: t(locale, 'wb.tab.attendance'),
    });
    await form.getByText(done).waitFor();
    const after = tabValues(env.ws, meetingsTab);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 4);
    expect(after.slice(before.length).every((row) => row.includes('17:30'))).toBe(true);
    const attendance = tabValues(env.ws, t(locale, 'wb.tab.attendance'))[0]!;
    expect(attendance.filter((h) => h.includes(tr('sb.series.defaultTitle')))).toHaveLength(4);
    // The panel reloaded: the new meetings can be picked.
    await page
      .getByRole('combobox', { name: tr('sb.meeting.pick') })
      .locator('option', { hasText: formatDate(locale, '2024-11-05', 'medium') })
      .waitFor({ state: 'attached' });

    // The same request again: every date already has its meeting, so there is nothing to add.
    await form.getByRole('button', { name: tr('sb.series.preview') }).click();
    await form.getByRole('heading', { name: tr('sb.series.nothing') }).waitFor();
    expect(await form.locator('.series-preview li').allTextContents()).toContain(
      tr('sb.series.kept', { date: day('2024-10-08') }),
    );
    expect(await form.getByRole('button', { name: /4/ }).count()).toBe(0);
    expect(tabValues(env.ws, meetingsTab)).toHaveLength(after.length);
    expect(await axeViolations(page)).toEqual([]);
  },
);

test('a date that is not one is named beside its field, and nothing is asked of the server', async () => {
  const { env, page } = await openSidebar({ opener: 'openScheduleMeetings' });
  const form = page.locator('details#meeting-series');
  await form.locator('form').waitFor();
  await form.getByLabel('First date').fill('2024-09-10');
  await form.getByLabel('Closure dates to skip').fill('2024-11-11\nThanksgiving');
  const calls = env.bridge.rpcLog.length;
  await form.getByRole('button', { name: 'Show the dates' }).click();
  await form.getByText(t('en', 'sb.series.badClosure', { text: 'Thanksgiving' })).waitFor();
  expect(await form.getByLabel('Closure dates to skip').getAttribute('aria-invalid')).toBe('true');
  expect(env.bridge.rpcLog.length).toBe(calls);
  // A count the server refuses: the message sits with the field.
  await form.getByLabel('Closure dates to skip').fill('2024-11-11');
  await form.getByLabel('Number of meetings').fill('0');
  await form.getByRole('button', { name: 'Show the dates' }).click();
  await form.getByText(t('en', 'sb.series.fix')).waitFor();
  expect(await form.getByLabel('Number of meetings').getAttribute('aria-invalid')).toBe('true');
  expect(await axeViolations(page)).toEqual([]);
});
