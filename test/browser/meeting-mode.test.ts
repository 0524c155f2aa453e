/**
 * Meeting mode for a live room: what a facilitator does with 30 people at the door, in Chromium at 300 px.
 */
import { tabValues } from './env';
import { eventually, openSidebar, rpcNames, showTab } from './session';

async function openMeeting(height = 800) {
  const session = await openSidebar({}, height);
  await showTab(session.page, 'Meeting');
  await session.page.locator('#panel-meeting .attendance-list .check').first().waitFor();
  return session;
}

const names = (page: import('playwright-core').Page) =>
  page.locator('#panel-meeting .attendance-list > .check .name').allTextContents();

test('find by name as you type, accents and case aside; sort by name or role', async () => {
  const { page } = await openMeeting();
  const all = await names(page);
  expect(all.length).toBeGreaterThanOrEqual(25);
  expect(all).toEqual([...all].sort((a, b) => a.localeCompare(b, 'en')));

  await page.getByLabel('Find by name').fill('jose');
  await eventually(async () => expect(await names(page)).toEqual(['José Ramírez']));
  await page.getByLabel('Find by name').fill('zzz');
  await page.getByText('No one on the list matches “zzz”.').waitFor();
  await page.getByLabel('Find by name').fill('');

  await page.getByLabel('Sort by').selectOption('role');
  const roles = await page.locator('#panel-meeting .attendance-list > .check .role').allTextContents();
  const primary = roles.map((r) => r.split(' · ')[0]!);
  expect(primary).toEqual([...primary].sort((a, b) => a.localeCompare(b, 'en')));
});

test('mark all present saves in one call; the count and unsaved state stay in view while scrolling', async () => {
  const { env, page } = await openMeeting(600);
  await page.getByRole('combobox', { name: 'Meeting' }).selectOption('MT-002');
  const count = page.locator('#panel-meeting .attendance-bar .count');
  const before = Number((await count.textContent())!.split(' ')[0]);
  const of = Number((await count.textContent())!.split(' ')[2]);
  await page.getByRole('button', { name: 'Mark all present' }).click();
  await eventually(async () => expect(await count.textContent()).toBe(`${of} of ${of} present`));
  await page.locator('#panel-meeting .unsaved', { hasText: 'not saved yet' }).waitFor();

  // Scrolled to the last member, the bar is still on screen.
  await page.locator('#panel-meeting .attendance-list > .check').last().scrollIntoViewIfNeeded();
  const box = await page.locator('#panel-meeting .attendance-bar').boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(600);

  await eventually(async () =>
    expect(await page.locator('#panel-meeting .attendance-bar [role="status"]').textContent()).toBe('Saved.'),
  );
  expect(rpcNames(env).filter((n) => n === 'saveAttendance')).toHaveLength(1);
  const saved = env.bridge.rpcLog.find((r) => r.name === 'saveAttendance')!.args[0] as { changes: unknown[] };
  expect(saved.changes).toHaveLength(of - before);
  const grid = tabValues(env.ws, 'Attendance');
  const meetingColumn = grid[0]!.findIndex((h) => h.includes('Data review in small groups'));
  expect(meetingColumn).toBeGreaterThan(0);
  expect(grid.slice(1).filter((row) => row[meetingColumn] === 'TRUE')).toHaveLength(of);
});

test('members with the same name are told apart; declined members are in their own collapsed group', async () => {
  const { env, page } = await openMeeting();
  const marcus = page.locator('#panel-meeting .attendance-list > .check', { hasText: 'Marcus Lee' });
  await eventually(async () => expect(await marcus.count()).toBe(2));
  const details = await marcus.locator('.role').allTextContents();
  expect(new Set(details).size).toBe(2);
  expect(details.some((d) => d.includes('Assistant Superintendent, Educational Services'))).toBe(true);

  // Carmen Vega declined: not among the expected, but there to mark if she comes.
  expect(await names(page)).not.toContain('Carmen Vega');
  const away = page.locator('#panel-meeting details.away');
  expect(await away.getAttribute('open')).toBeNull();
  await away.getByText('1 member declined or withdrew').click();
  await page.getByLabel(/Carmen Vega/).check();
  await eventually(async () =>
    expect(await page.locator('#panel-meeting .attendance-bar [role="status"]').textContent()).toBe('Saved.'),
  );
  const grid = tabValues(env.ws, 'Attendance');
  const row = grid.find((r) => r.includes('Carmen Vega'));
  expect(row).toBeDefined();
  expect(row).toContain('TRUE');
});

test('a walk-in is added in a few keystrokes: name, role, Enter; a Partners row, marked present', async () => {
  const { env, page } = await openMeeting();
  await page.getByRole('combobox', { name: 'Meeting' }).selectOption('MT-002');
  await page.getByText('Add a walk-in').click();
  await page.getByLabel('Name', { exact: true }).fill('Ana Torres');
  await page.keyboard.press('Tab');
  await page.getByLabel('Role', { exact: true }).selectOption('community-rep');
  await page.getByLabel('Name', { exact: true }).press('Enter');

  const said = page.locator('.walk-in-box [role="status"]');
  await eventually(async () =>
    expect(await said.textContent()).toBe('Ana Torres was added to the Partners tab and marked present.'),
  );
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('walkInName');
  const partners = tabValues(env.ws, 'Partners');
  expect(partners.filter((r) => r.includes('Ana Torres'))).toHaveLength(1);
  const grid = tabValues(env.ws, 'Attendance');
  const meetingColumn = grid[0]!.findIndex((h) => h.includes('Data review in small groups'));
  expect(grid.find((r) => r.includes('Ana Torres'))![meetingColumn]).toBe('TRUE');
  // And she is on the list, ticked.
  await eventually(async () => expect(await page.getByLabel(/Ana Torres/).isChecked()).toBe(true));
  expect(rpcNames(env).filter((n) => n === 'addWalkIn')).toHaveLength(1);
});

test('with no meeting today the panel offers to add one, and then times and marks it', async () => {
  const { env, page } = await openSidebar({
    seed: (ws) => {
      const meetings = ws.spreadsheet.getSheetByName('Meetings')!;
      meetings.deleteRows(2, meetings.getLastRow() - 1);
    },
  });
  await showTab(page, 'Meeting');
  await page.getByText('None of the meetings on the Meetings tab is today.').waitFor();
  await page.getByRole('button', { name: 'Add today’s meeting' }).click();
  await page.getByText(/^Added today’s meeting: /).waitFor();
  await eventually(async () =>
    expect(await page.getByRole('combobox', { name: 'Meeting' }).locator('option').count()).toBe(1),
  );
  expect(tabValues(env.ws, 'Meetings')).toHaveLength(2);
  await page.getByRole('button', { name: 'Start timer' }).waitFor();
  await page.locator('#panel-meeting .attendance-list .check').first().waitFor();
});
