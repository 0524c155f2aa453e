import { createWorkspace } from '../fake/workspace';

describe('fake LockService', () => {
  test('a second execution cannot take a lock the first holds until the first ends', () => {
    const ws = createWorkspace();
    const a = ws.startExecution();
    const b = ws.startExecution();
    const lockA = (a.globals.LockService as GoogleAppsScript.Lock.LockService).getScriptLock();
    const lockB = (b.globals.LockService as GoogleAppsScript.Lock.LockService).getScriptLock();
    expect(lockA.tryLock(1000)).toBe(true);
    expect(lockB.tryLock(1000)).toBe(false);
    expect(() => lockB.waitLock(1000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(lockB.hasLock()).toBe(false);
    a.end();
    expect(lockB.tryLock(0)).toBe(true);
    expect(lockB.hasLock()).toBe(true);
  });
});

describe('fake executions', () => {
  test('runFunction runs a script function with a new execution swapped into the scope', () => {
    const ws = createWorkspace();
    const scope: Record<string, unknown> = { ...ws.globals };
    scope.job = () => (scope.LockService as GoogleAppsScript.Lock.LockService).getScriptLock().tryLock(0);
    ws.setScriptScope(scope);
    const main = (ws.globals.LockService as GoogleAppsScript.Lock.LockService).getScriptLock();
    main.waitLock(0);
    expect(ws.runFunction('job')).toBe(false);
    main.releaseLock();
    expect(ws.runFunction('job')).toBe(true);
    expect(scope.LockService).toBe(ws.globals.LockService);
    expect(new Set(ws.calls.filter('tryLock').map((c) => c.execution)).size).toBe(2);
    expect(() => ws.runFunction('missing')).toThrow('Script function not found: missing');
  });
});

describe('fake MailApp', () => {
  test('recipients count against the daily quota and the outbox keeps what was sent', () => {
    const ws = createWorkspace({ mailQuota: 2 });
    const mail = ws.globals.MailApp as GoogleAppsScript.Mail.MailApp;
    mail.sendEmail('a@example.org', 'Invitation', 'Hello');
    mail.sendEmail({ to: 'b@example.org', subject: 'Invitación', body: 'Hola', htmlBody: '<p>Hola</p>' });
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(() => mail.sendEmail('c@example.org', 'x', 'y')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(ws.outbox.map((m) => [m.to, m.subject])).toEqual([
      ['a@example.org', 'Invitation'],
      ['b@example.org', 'Invitación'],
    ]);
  });
});

describe('fake MailApp quota window', () => {
  test('the quota comes back 24 hours after the first send of the window, and cc/bcc count too', () => {
    const ws = createWorkspace({ mailQuota: 3, now: () => new Date('2025-01-01T09:00:00Z') });
    const mail = ws.globals.MailApp as GoogleAppsScript.Mail.MailApp;
    mail.sendEmail({ to: 'a@example.org', cc: 'b@example.org', subject: 's', body: 'b' });
    ws.advanceTime(23 * 3600 * 1000);
    mail.sendEmail('c@example.org', 's', 'b');
    expect(mail.getRemainingDailyQuota()).toBe(0);
    ws.advanceTime(3600 * 1000);
    expect(mail.getRemainingDailyQuota()).toBe(3);
    mail.sendEmail('d@example.org', 's', 'b');
    expect(mail.getRemainingDailyQuota()).toBe(2);
  });
});

describe('fake PropertiesService and CacheService', () => {
  test('values are strings and a value over 9 KB is refused', () => {
    const ws = createWorkspace();
    const props = (
      ws.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
    ).getDocumentProperties();
    props.setProperty('version', 3 as unknown as string);
    expect(props.getProperty('version')).toBe('3');
    expect(props.getProperty('missing')).toBeNull();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(props.getKeys()).toEqual(['version']);
  });

  test('cache entries expire by the workspace clock', () => {
    const ws = createWorkspace({ now: () => new Date('2025-01-01T00:00:00Z') });
    const cache = (ws.globals.CacheService as GoogleAppsScript.Cache.CacheService).getScriptCache();
    cache.put('k', 'v', 60);
    expect(cache.get('k')).toBe('v');
    ws.advanceTime(61_000);
    expect(cache.get('k')).toBeNull();
  });
});

describe('fake HtmlService', () => {
  test('templates escape <?= ?>, print <?!= ?> raw and run <? ?> code with template properties', () => {
    const ws = createWorkspace({
      files: {
        Sidebar: '<h1><?= title ?></h1><?!= raw ?><? for (const n of items) { ?><li><?= n ?></li><? } ?>',
      },
    });
    const html = ws.globals.HtmlService as GoogleAppsScript.HTML.HtmlService;
    const t = html.createTemplateFromFile('Sidebar');
    t.title = '<b>Roster & Roles</b>';
    t.raw = '<i>ok</i>';
    t.items = ['a<', 'b'];
    expect(t.evaluate().getContent()).toBe(
      '<h1>&#60;b&#62;Roster &#38; Roles&#60;/b&#62;</h1><i>ok</i><li>a&#60;</li><li>b</li>',
    );
  });

  test('a missing file throws the Apps Script message, and a shown sidebar is recorded', () => {
    const ws = createWorkspace({ files: { Sidebar: '<p>hi</p>' } });
    const html = ws.globals.HtmlService as GoogleAppsScript.HTML.HtmlService;
    expect(() => html.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
    const ui = (ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getUi();
    ui.showSidebar(html.createHtmlOutputFromFile('Sidebar').setTitle('Toolkit'));
    expect(ws.ui.sidebars).toEqual([{ title: 'Toolkit', html: '<p>hi</p>', width: 300, height: 500 }]);
  });
});
