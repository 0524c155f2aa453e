/**
 * The sidebar in Debian's Chromium, through the google.script.run bridge into the built bundle over the
 * in-memory Workspace with the sample LEA. Each test does what a facilitator does and checks what they see,
 * and what landed in the workbook.
 */
import { tabValues } from './env';
import { axeViolations, column, eventually, openSidebar, rpcNames, showTab } from './session';

test('the served sidebar renders the server’s answer (one round trip through google.script.run)', async () => {
  const { env, page, errors } = await openSidebar();
  await page.getByText('Connected to Educational Partners Workbook.').waitFor();
  expect(rpcNames(env)[0]).toBe('getSidebarState');
  // The roster panel is shown first, with the server's findings in plain words.
  await page
    .getByText(
      'Keisha Brown is listed as “Parents/Guardians – multiple (diverse representation, not district employees)” and as a district employee.',
    )
    .waitFor();
  expect(errors).toEqual([]);
});

test('tabs work from the keyboard: arrows move between tabs and show their panels', async () => {
  const { page } = await openSidebar();
  const roster = page.getByRole('tab', { name: 'Roster' });
  await roster.focus();
  await page.keyboard.press('ArrowRight');
  const hours = page.getByRole('tab', { name: 'TA hours' });
  await eventually(async () => expect(await hours.getAttribute('aria-selected')).toBe('true'));
  expect(await hours.evaluate((node) => node === document.activeElement)).toBe(true);
  await page.getByRole('tabpanel', { name: 'TA hours' }).waitFor();
  await page.keyboard.press('End');
  await eventually(async () =>
    expect(await page.getByRole('tab', { name: 'Invitations' }).getAttribute('aria-selected')).toBe('true'),
  );
  await page.keyboard.press('ArrowRight');
  await eventually(async () => expect(await roster.getAttribute('aria-selected')).toBe('true'));
  expect(await page.getByRole('tabpanel', { name: 'TA hours' }).count()).toBe(0);
});

test('after funded TA ended, the form says what an entry will cost before it is saved', async () => {
  const { env, page } = await openSidebar({ now: () => new Date('2026-12-02T19:00:00Z') });
  env.ws.advanceTime(80 * 86_400_000);
  await showTab(page, 'TA hours');
  await page.getByText('Left, no longer usable').waitFor();
  await page
    .getByText(/Funded TA ended on February 17, 2027: the hours left can no longer be used/)
    .waitFor();
  await page.getByLabel('Hours (quarter hours)').fill('2');
  await page
    .getByText('This entry is dated after funded TA ended on February 17, 2027: it will cost $220.00.')
    .waitFor();
});

test('logging hours adds a TA Log row and the summary changes; undo names it, asks, then removes it', async () => {
  const session = await openSidebar();
  const { env, page } = session;
  await showTab(page, 'TA hours');
  const used = page.locator('.figures dd.used');
  await eventually(async () => expect((await used.textContent())?.trim()).toBe('21 hours'));
  const rowsBefore = tabValues(env.ws, 'TA Log').length;

  // A day inside the funded window, so the hours count as funded.
  await page.getByLabel('Date').fill('2024-05-01');
  await page.getByLabel('CIM step').selectOption({ label: 'Step 2: Investigate' });
  await page.getByLabel('Activity', { exact: true }).selectOption({ label: 'Root Cause Analysis' });
  await page.getByText('Menu estimate: 1–4 hours').waitFor();
  await page.getByLabel('Indicator').selectOption({ label: 'Discipline: suspension over 10 days' });
  await page.getByLabel('Hours (quarter hours)').fill('1.5');
  await page.getByLabel('Note').fill('Fishbone with the CIM team');
  await page.getByRole('button', { name: 'Add to TA Log' }).click();

  await page.getByText('Added 1.5 hours of “Root Cause Analysis” to the TA Log tab.').waitFor();
  await eventually(async () => expect((await used.textContent())?.trim()).toBe('22.5 hours'));
  expect((await page.locator('.figures dd.left').textContent())?.trim()).toBe('17.5 hours');
  await eventually(async () =>
    expect(await page.locator('.recent li').first().textContent()).toContain('Fishbone with the CIM team'),
  );
  const log = tabValues(env.ws, 'TA Log');
  expect(log).toHaveLength(rowsBefore + 1);
  const row = log[log.length - 1]!;
  expect(row).toContain('Fishbone with the CIM team');
  expect(row).toContain('Discipline: suspension over 10 days');
  expect(row[column(log, 'Hours')]).toBe('1.50');
  // What was typed for the next entry: hours and note cleared, the activity kept.
  await eventually(async () => expect(await page.getByLabel('Hours (quarter hours)').inputValue()).toBe(''));
  await eventually(async () =>
    expect(await page.getByLabel('Activity', { exact: true }).inputValue()).toBe('root-cause-analysis'),
  );

  // Undo names the entry and asks inside the panel first; keeping it removes nothing.
  const entry = 'May 1, 2024 · Root Cause Analysis · 1.5 hours';
  await page.getByRole('button', { name: `Undo my last entry: ${entry}` }).click();
  const question = page.getByRole('group', { name: `Remove this entry from the TA Log tab? ${entry}` });
  await question.waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');
  await page.keyboard.press('Escape');
  await eventually(async () => expect(await question.count()).toBe(0));
  expect(tabValues(env.ws, 'TA Log')).toHaveLength(rowsBefore + 1);
  expect(rpcNames(env)).not.toContain('undoHours');

  await page.getByRole('button', { name: `Undo my last entry: ${entry}` }).click();
  await page.getByRole('button', { name: 'Remove it' }).click();
  // The answer shows and is announced beside the undo control, not at the top of the panel.
  const done = page.locator('.undo + .answer [role="status"]');
  await eventually(async () =>
    expect(await done.textContent()).toBe(`Removed from the TA Log tab: ${entry}.`),
  );
  await eventually(async () => expect((await used.textContent())?.trim()).toBe('21 hours'));
  expect(tabValues(env.ws, 'TA Log')).toHaveLength(rowsBefore);
  expect(session.dialogs).toEqual([]);
});

test('bad input shows the error by the field, keeps what was typed and sends nothing', async () => {
  const { env, page } = await openSidebar();
  await showTab(page, 'TA hours');
  await page.locator('.figures').waitFor();
  await page.getByLabel('Hours (quarter hours)').fill('1.3');
  await page.getByLabel('Note').fill('Data review prep');
  await page.getByRole('button', { name: 'Add to TA Log' }).click();

  const hours = page.getByLabel('Hours (quarter hours)');
  await eventually(async () => expect(await hours.getAttribute('aria-invalid')).toBe('true'));
  const message = 'Enter hours in quarter hours, e.g. 1, 1.25, 1.5 or 1.75.';
  await page.getByText(message).waitFor();
  // The message is read with the field.
  const describedBy = (await hours.getAttribute('aria-describedby')) ?? '';
  const described = await page.evaluate(
    (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
    describedBy.split(' '),
  );
  expect(described).toContain(message);
  await eventually(async () => expect(await hours.inputValue()).toBe('1.3'));
  await eventually(async () => expect(await page.getByLabel('Note').inputValue()).toBe('Data review prep'));
  expect(rpcNames(env)).not.toContain('logHours');
  expect(await hours.evaluate((node) => node === document.activeElement)).toBe(true);
});

test('a save whose answer is lost keeps everything typed, says so, and saving again adds it once', async () => {
  const { env, page } = await openSidebar();
  await showTab(page, 'TA hours');
  await page.locator('.figures').waitFor();
  const rowsBefore = tabValues(env.ws, 'TA Log').length;
  // The row lands, then Sheets stops answering for longer than the add-on's own retries.
  env.ws.failCall(
    (c) => c.method === 'setValues',
    1,
    new Error('Service Spreadsheets failed while accessing document with id x.'),
    {
      after: true,
      outage: (c) => c.service === 'SpreadsheetApp' && c.type !== 'Ui',
    },
  );
  await page.getByLabel('Hours (quarter hours)').fill('2');
  await page.getByLabel('Note').fill('Consolidation draft');
  await page.getByRole('button', { name: 'Add to TA Log' }).click();

  await page
    .getByText('Your hours may not have been saved: Google Sheets did not answer.', { exact: false })
    .waitFor();
  await eventually(async () => expect(await page.getByLabel('Hours (quarter hours)').inputValue()).toBe('2'));
  await eventually(async () =>
    expect(await page.getByLabel('Note').inputValue()).toBe('Consolidation draft'),
  );
  expect(tabValues(env.ws, 'TA Log')).toHaveLength(rowsBefore + 1);

  // Saving again sends the same request: the server finds its row and does not add it twice.
  env.ws.clearFailures();
  await page.getByRole('button', { name: 'Add to TA Log' }).click();
  await page.getByText(/^Added 2 hours/).waitFor();
  expect(tabValues(env.ws, 'TA Log')).toHaveLength(rowsBefore + 1);
  const saves = env.bridge.rpcLog
    .filter((r) => r.name === 'logHours')
    .map((r) => r.args[0] as { requestId: string });
  expect(saves).toHaveLength(2);
  expect(saves[1]!.requestId).toBe(saves[0]!.requestId);
});

test('a service failing once is retried by the server: the entry is saved on the first click', async () => {
  const { env, page } = await openSidebar();
  await showTab(page, 'TA hours');
  await page.locator('.figures').waitFor();
  const rowsBefore = tabValues(env.ws, 'TA Log').length;
  env.ws.failCall((c) => c.method === 'setValues', 1, new Error('Service unavailable'));
  await page.getByLabel('Hours (quarter hours)').fill('1');
  await page.getByRole('button', { name: 'Add to TA Log' }).click();
  await page.getByText(/^Added 1 hour/).waitFor();
  expect(tabValues(env.ws, 'TA Log')).toHaveLength(rowsBefore + 1);
});

test('marking attendance saves the ticks in one call and they show on the Attendance tab', async () => {
  const { env, page } = await openSidebar();
  await showTab(page, 'Meeting');
  const meeting = page.getByRole('combobox', { name: 'Meeting' });
  // The sample lives in today: its fourth meeting is today's.
  await eventually(async () => expect(await meeting.inputValue()).toBe('MT-004'));
  for (const name of ['Dana Whitfield', 'María Gómez', 'Linh Tran']) await page.getByLabel(name).check();
  await page.getByText('3 of 29 present').waitFor();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

  const saves = env.bridge.rpcLog.filter((r) => r.name === 'saveAttendance');
  expect(saves).toHaveLength(1);
  expect(saves[0]!.args[0]).toMatchObject({ meetingId: 'MT-004' });
  expect((saves[0]!.args[0] as { changes: unknown[] }).changes).toHaveLength(3);

  const grid = tabValues(env.ws, 'Attendance');
  const col = grid[0]!.findIndex((h) => h.startsWith('MT-004'));
  const presentNames = grid
    .slice(1)
    .filter((r) => r[col] === 'TRUE')
    .map((r) => r[1]);
  expect(presentNames.sort()).toEqual(['Dana Whitfield', 'Linh Tran', 'María Gómez']);

  // A fresh load shows the same marks: they live in the workbook, not the page.
  await page.reload();
  await showTab(page, 'Meeting');
  await eventually(async () => expect(await page.getByLabel('María Gómez').isChecked()).toBe(true));
});

test('stopping the session timer fills the hours form with the proposed entry for review', async () => {
  const { env, page } = await openSidebar();
  await showTab(page, 'Meeting');
  await page.getByRole('combobox', { name: 'Meeting' }).selectOption('MT-002');
  await page.getByRole('button', { name: 'Start timer' }).click();
  // At the top of the panel: minutes and seconds, and when it started.
  await eventually(async () => expect(await page.getByRole('timer').textContent()).toMatch(/^0:0\d$/));
  await page.getByText(/^Started at \d{1,2}:\d{2}\s?[AP]M\.$/).waitFor();
  expect(
    await page.evaluate(() => {
      const timer = document.querySelector('#panel-meeting .timer')!;
      const picker = document.querySelector('#panel-meeting select[name="meeting"]')!;
      return Boolean(timer.compareDocumentPosition(picker) & Node.DOCUMENT_POSITION_FOLLOWING);
    }),
  ).toBe(true);
  await page.getByRole('button', { name: 'Stop and log hours' }).click();

  await eventually(async () =>
    expect(await page.getByRole('tab', { name: 'TA hours' }).getAttribute('aria-selected')).toBe('true'),
  );
  await page.getByText('Review the entry below, then add it to the TA Log tab.').waitFor();
  await eventually(async () =>
    expect(await page.getByLabel('Activity', { exact: true }).inputValue()).toBe('quantitative-data'),
  );
  await eventually(async () =>
    expect(await page.getByLabel('Hours (quarter hours)').inputValue()).toBe('0.25'),
  );
  await eventually(async () =>
    expect(await page.getByLabel('Note').inputValue()).toBe('Data review in small groups'),
  );
  expect(rpcNames(env)).not.toContain('logHours');
});

test('clicking a finding selects that member’s row on the Partners tab', async () => {
  const { env, page } = await openSidebar();
  await page.getByRole('button', { name: /Keisha Brown is listed as “Parents\/Guardians/ }).click();
  await page.getByText('Row 14 is selected on the Partners tab.').waitFor();
  const active = env.ws.spreadsheet.getActiveRange()!;
  expect(active.getSheet().getName()).toBe('Partners');
  expect(active.getRow()).toBe(14);
  expect(active.getNumRows()).toBe(1);
  expect(env.bridge.rpcLog.find((r) => r.name === 'selectMemberRow')!.args[0]).toEqual({ row: 14 });
});

test('a Spanish reader of an English workbook is told the tab as the workbook names it', async () => {
  const { env, page } = await openSidebar({
    seed: (_ws, sandbox) => sandbox.call('setLanguage', { lang: 'es' }),
  });
  await page.getByRole('button', { name: /Keisha Brown/ }).click();
  await page.getByText('La fila 14 está seleccionada en la pestaña «Partners».').waitFor();
  // The role as the English Role column shows it, in a Spanish sentence.
  await page
    .getByRole('button', {
      name: /^Keisha Brown figura como «Parents\/Guardians – multiple [^»]*» y como empleado del distrito\./,
    })
    .waitFor();
  await showTab(page, 'Horas de AT');
  // An entry's activity as the TA Log's cells show it, in a Spanish sentence.
  await page.getByLabel('Fecha', { exact: true }).fill('2024-05-01');
  await page.getByLabel('Paso del proceso CIM').selectOption({ label: 'Paso 2: Investigar' });
  await page
    .getByLabel('Actividad', { exact: true })
    .selectOption({ label: 'Análisis de las causas fundamentales' });
  await page.getByLabel('Horas (en cuartos de hora)').fill('1.5');
  await page.getByRole('button', { name: 'Agregar a «TA Log»' }).click();
  await page
    .getByText(/^Se agregaron 1\.5 horas de «Root Cause Analysis» a la pestaña «TA Log»\.$/)
    .waitFor();
  expect(env.ws.spreadsheet.getSheetByName('Partners')).not.toBeNull();
});

test('the roster check follows edits made in the sheet, without reopening the sidebar', async () => {
  const { env, page } = await openSidebar();
  const finding = page.getByRole('button', { name: /Keisha Brown is listed as “Parents\/Guardians/ });
  await finding.waitFor();
  const partners = env.ws.spreadsheet.getSheetByName('Partners')!;
  const header = partners.getRange(1, 1, 1, partners.getLastColumn()).getValues()[0]!;
  partners.getRange(14, header.indexOf('District employee') + 1).setValue(false);
  await showTab(page, 'TA hours');
  await showTab(page, 'Roster');
  await page.getByText(/^30 members: 0 problems to fix/).waitFor();
  expect(await finding.count()).toBe(0);
});

test('a member named like HTML and a note written like HTML render as text', async () => {
  const evil = '<img src=x onerror=alert(1)>';
  const { page, dialogs, errors } = await openSidebar({
    seed: (ws) => {
      const partners = ws.spreadsheet.getSheetByName('Partners')!;
      const header = partners.getRange(1, 1, 1, partners.getLastColumn()).getValues()[0]!;
      partners.getRange(2, header.indexOf('Name') + 1).setValue(evil);
    },
  });
  await showTab(page, 'Meeting');
  await page.getByLabel(evil).waitFor();
  await showTab(page, 'TA hours');
  await page.getByLabel('Hours (quarter hours)').fill('1');
  await page.getByLabel('Note').fill('<script>alert(2)</script><b>bold</b>');
  await page.getByRole('button', { name: 'Add to TA Log' }).click();
  await eventually(async () =>
    expect(await page.locator('.recent li').first().textContent()).toContain(
      '<script>alert(2)</script><b>bold</b>',
    ),
  );
  await page.waitForTimeout(200);
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('.recent b').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test('a Spanish locale shows Spanish, and the switch turns it to English', async () => {
  const { env, page } = await openSidebar({ locale: 'es' });
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  await page.getByRole('tab', { name: 'Integrantes' }).waitFor();
  await page.getByRole('tab', { name: 'Horas de AT' }).waitFor();
  await page.getByText(/^30 integrantes: 1 problema por corregir/).waitFor();
  await showTab(page, 'Horas de AT');
  await page.getByLabel('Horas (en cuartos de hora)').waitFor();
  await page.getByText('Registrar horas de AT').waitFor();

  await page.getByLabel('Idioma').selectOption('en');
  await eventually(async () =>
    expect(await page.getByRole('tab', { name: 'TA hours' }).getAttribute('aria-selected')).toBe('true'),
  );
  await page.getByText('Log TA hours').waitFor();
  expect(env.bridge.rpcLog.find((r) => r.name === 'setLanguage')!.args[0]).toEqual({ lang: 'en' });
  await showTab(page, 'Roster');
  await page.getByText(/^30 members: 1 problem to fix/).waitFor();
});

describe.each(['en', 'es'] as const)('axe-core finds no violations (%s)', (locale) => {
  test.each(['roster', 'hours', 'meeting'])('in the %s panel', async (panel) => {
    const { page } = await openSidebar({ locale });
    await page.locator(`#tab-${panel}`).click();
    const ready = { roster: '.coverage', hours: '.recent', meeting: '.attendance' }[panel]!;
    await page.locator(`#panel-${panel} ${ready}`).waitFor();
    if (panel === 'hours') {
      // With a field error showing, too.
      await page.locator('#panel-hours input[name="hours"]').fill('x');
      await page.locator('#panel-hours button[type="submit"]').click();
      await page.locator('#panel-hours .field-error:not([hidden])').waitFor();
    }
    const result = await axeViolations(page);
    expect(result).toEqual([]);
  });
});
