/**
 * The Meeting panel's engagement lines: one per stakeholder group with the share of its invited members at each
 * meeting held, as the server computed them, in both languages, with no axe violations.
 */
import { t } from '../../src/core';
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
