/** The Invitations panel in Chromium: create the forms, see an answer arrive, scan with axe-core. */
import { es } from '../../src/core/i18n/es';
import { answer, choiceLabel, codeOf } from '../fixtures/invitations';
import { axeViolations, openSidebar, type Session } from './session';

async function invitationsTab(locale: 'en' | 'es'): Promise<Session> {
  const session = await openSidebar({ locale }, 900);
  session.page.setDefaultTimeout(8000);
  await session.page.locator('#tab-invitations').click();
  return session;
}

test('creates both forms, shows their links, and an answer’s supports per meeting after a refresh', async () => {
  const { env, page } = await invitationsTab('en');
  await page.getByText('No invitation forms yet.').waitFor();
  await page.getByRole('button', { name: 'Create or update invitations' }).click();
  await page
    .getByText('The English and Spanish forms are ready, and 30 members have a personal link')
    .waitFor();
  await page.getByText(/new files stay in your My Drive/).waitFor();
  await page.getByRole('link', { name: 'English form', exact: true }).waitFor();
  await page.getByRole('link', { name: 'Spanish form', exact: true }).waitFor();
  await page.getByText('These links are also on the Start tab.').waitFor();
  expect(
    env.ws.spreadsheet
      .getSheetByName('Start')!
      .getDataRange()
      .getValues()
      .some((row) => row[0] === 'English form: link for families'),
  ).toBe(true);
  // María answers on her phone (the form-submit trigger updates the Partners tab), then the panel is refreshed.
  const addon = { ws: env.ws, sandbox: env.sandbox, rpc: () => ({}) as never };
  answer(addon, 'es', {
    code: codeOf(addon, 'María Gómez'),
    join: 'yes',
    meetings: [choiceLabel(addon, 'es', 'meetings', 1)],
    supports: [es['form.support.interpretation'], es['form.support.childcare']],
  });
  await page.locator('#panel-invitations').getByRole('button', { name: 'Refresh' }).click();
  // The panel lists the planned meetings in the form's order: her second choice is the second list.
  const second = page.locator('.meeting-supports').nth(1);
  await second.getByText('Interpretation: 1').waitFor();
  await second.getByText('Childcare: 1').waitFor();
  await second.getByText('Coming: 1').waitFor();
  expect(await page.locator('.meeting-supports').nth(0).getByText('Interpretation').count()).toBe(0);
});

describe.each(['en', 'es'] as const)(
  'axe-core finds no violations in the Invitations panel (%s)',
  (locale) => {
    test('after creating the forms', async () => {
      const { page } = await invitationsTab(locale);
      await page.locator('#panel-invitations .actions button').first().click();
      await page.locator('#panel-invitations .form-links').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  },
);
