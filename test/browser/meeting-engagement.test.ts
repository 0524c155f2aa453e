/**
 * The Meeting panel's engagement lines: one per stakeholder group with the share of its invited members at each
 * meeting held, as the server computed them, in both languages, with no axe violations.
 */
import { t } from '../../src/core';
import { tabValues } from './env';
import { axeViolations, openSidebar, showTab } from './session';

type Line = { label: string; invited: number; rates: string[] };

test.each(['en', 'es'] as const)('one line per stakeholder group (%s)', async (locale) => {
  const { env, page } = await openSidebar({ locale });
  await showTab(page, t(locale, 'sb.tab.meeting'));
  const section = page.locator('#panel-meeting section.engagement');
  await section.getByRole('heading', { name: t(locale, 'sb.engagement.title') }).waitFor();
  const view = (env.sandbox.call('getMeetingView', {}) as { value: { engagement: Line[] } }).value;
  expect(view.engagement.length).toBeGreaterThanOrEqual(3);
  expect(await section.locator('li').allTextContents()).toEqual(
    view.engagement.map((g) =>
      t(locale, 'sb.engagement.line', { group: g.label, invited: g.invited, rates: g.rates.join(' · ') }),
    ),
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('the chosen meeting’s agenda and calendar event from the Meeting panel, guests emailed only when asked', async () => {
  const { env, page } = await openSidebar({});
  await showTab(page, 'Meeting');
  const section = page.locator('#panel-meeting section.meeting-docs');
  await page.getByRole('combobox', { name: 'Meeting' }).selectOption('MT-002');
  await section.getByRole('button', { name: 'Create or update agenda' }).click();
  await section.getByText(/The document is ready: https:\/\/docs\.google\.com\/document\/d\//).waitFor();
  const link = tabValues(env.ws, 'Meetings').find((row) => row[0] === 'MT-002')!;
  expect(link.some((cell) => /document\/d\//.test(cell))).toBe(true);
  await section.getByRole('button', { name: 'Add to calendar' }).click();
  await section.getByText(/No one was emailed/).waitFor();
  expect(env.ws.calendar.notifications).toEqual([]);
  await section.getByLabel('Email the guests an invitation or update').check();
  await section.getByRole('button', { name: 'Add to calendar' }).click();
  await section.getByText(/Guests were emailed/).waitFor();
  expect(env.ws.calendar.notifications).toHaveLength(1);
  expect(await axeViolations(page)).toEqual([]);
});
