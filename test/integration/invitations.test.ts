import { en } from '../../src/core/i18n/en';
import { es } from '../../src/core/i18n/es';
import { answer, choiceLabel, codeOf, formModel, memory, partner, partners } from '../fixtures/invitations';
import { type Addon, startSampleAddon } from '../harness/addon';

/** The sample lives in the day it is loaded: load it on 16 April 2024, its fourth meeting's day. */
const SAMPLE_DAY = () => new Date('2024-04-16T19:00:00Z');

function invited(options: Parameters<typeof startSampleAddon>[0] = {}): Addon {
  const addon = startSampleAddon({ now: SAMPLE_DAY, ...options });
  addon.sandbox.call('createInvitations');
  return addon;
}

function triggers(addon: Addon) {
  return addon.ws.execution((g) => (g.ScriptApp as GoogleAppsScript.Script.ScriptApp).getProjectTriggers());
}

/** The Start tab's rows from the forms' links header down, as the coordinator reads them. */
function startLinks(addon: Addon): string[][] {
  const start = ['Start', 'Inicio'].map((n) => addon.ws.spreadsheet.getSheetByName(n)).find(Boolean)!;
  const rows = start.getDataRange().getDisplayValues();
  const at = rows.findIndex((r) => r[0] === en['wb.forms.header'] || r[0] === es['wb.forms.header']);
  return at < 0 ? [] : rows.slice(at, at + 5).map((r) => r.slice(0, 3));
}

function setMeetingMinutes(addon: Addon, minutes: number[]): void {
  const sheet = addon.ws.spreadsheet.getSheetByName('Meetings')!;
  const values = sheet.getDataRange().getValues();
  const col = values[0]!.indexOf('Minutes');
  const status = values[0]!.indexOf('Status');
  let n = 0;
  values.forEach((row, i) => {
    if (i > 0 && row[status] === 'Planned' && n < minutes.length)
      sheet.getRange(i + 1, col + 1).setValue(minutes[n++]);
  });
}

describe('the invitation forms', () => {
  it.each(['en', 'es'] as const)(
    'leave both forms’ links on the Start tab, labelled in the workbook’s language (%s), once',
    (locale) => {
      const addon = invited({ locale });
      const c = { en, es }[locale];
      const forms = memory(addon).forms as unknown as Record<'en' | 'es', { url: string; editUrl: string }>;
      const language = (l: 'en' | 'es') => c[`lang.${l}`];
      expect(startLinks(addon)).toEqual([
        [c['wb.forms.header'], c['wb.forms.link'], c['wb.forms.about']],
        [c['wb.forms.public']({ language: language('en') }), forms.en.url, c['wb.forms.publicNote']],
        [c['wb.forms.edit']({ language: language('en') }), forms.en.editUrl, c['wb.forms.editNote']],
        [c['wb.forms.public']({ language: language('es') }), forms.es.url, c['wb.forms.publicNote']],
        [c['wb.forms.edit']({ language: language('es') }), forms.es.editUrl, c['wb.forms.editNote']],
      ]);
      expect(forms.en.url).toMatch(/^https:\/\/docs\.google\.com\/forms\/.*\/viewform$/);
      expect(forms.es.editUrl).toMatch(/\/edit$/);
      // A re-run rewrites the same rows: one block, the current links.
      const before = startLinks(addon);
      addon.sandbox.call('createInvitations');
      expect(startLinks(addon)).toEqual(before);
      const start = ['Start', 'Inicio'].map((n) => addon.ws.spreadsheet.getSheetByName(n)).find(Boolean)!;
      const headers = start
        .getDataRange()
        .getValues()
        .filter((r) => r[0] === c['wb.forms.header']);
      expect(headers).toHaveLength(1);
    },
  );

  it('say how long the meetings last, from the Meetings tab, in each language', () => {
    const addon = invited();
    const help = (lang: 'en' | 'es') =>
      formModel(addon, lang).items.find((i) => i.id === memory(addon).forms[lang].items['section.time'])!
        .helpText;
    // The sample's meetings have no length: the agendas' 90 minutes.
    expect(help('en')).toContain('Each one lasts about 1½ hours.');
    expect(help('es')).toContain('Cada una dura una hora y media.');
    setMeetingMinutes(addon, [60, 120]);
    addon.sandbox.call('createInvitations');
    expect(help('en')).toContain('Each one lasts between 1 and 2 hours.');
    expect(help('es')).toContain('Cada una dura entre 1 y 2 horas.');
    setMeetingMinutes(addon, [120, 120, 120, 120, 120, 120]);
    addon.sandbox.call('createInvitations');
    expect(help('en')).toContain('Each one lasts about 2 hours.');
    expect(help('es')).toContain('Cada una dura unas 2 horas.');
  });

  it('are two forms with the same items in the same order, every text in its own language', () => {
    const addon = invited();
    const forms = { en: formModel(addon, 'en'), es: formModel(addon, 'es') };
    expect(forms.en.items.map((i) => i.type)).toEqual(forms.es.items.map((i) => i.type));
    expect(forms.en.items.map((i) => i.choices.length)).toEqual(forms.es.items.map((i) => i.choices.length));
    const ids = memory(addon).forms;
    expect(Object.keys(ids.en.items)).toEqual(Object.keys(ids.es.items));
    for (const [lang, catalog] of [
      ['en', en],
      ['es', es],
    ] as const) {
      const form = forms[lang];
      const byId = (key: string) => form.items.find((i) => i.id === ids[lang].items[key])!;
      expect(byId('code').title).toBe(catalog['form.q.code']);
      expect(byId('join').choices.map((c) => c.value)).toEqual([
        catalog['form.join.yes'],
        catalog['form.join.no'],
        catalog['form.join.talk'],
      ]);
      expect(byId('section.support').helpText).toBe(catalog['form.section.support.help']);
      expect(form.title).toContain('Sample Unified School District');
    }
    // No English sentence in the Spanish form: every title and help text differs from its English twin.
    forms.en.items.forEach((item, i) => {
      expect(forms.es.items[i]!.title).not.toBe(item.title);
      if (item.helpText) expect(forms.es.items[i]!.helpText).not.toBe(item.helpText);
    });
    expect(forms.es.description).toMatch(/usted/);
    expect(forms.es.confirmationMessage).toMatch(/^¡Gracias!/);
    // The planned meetings, with the day of the week, in each language.
    expect(choiceLabel(addon, 'en', 'meetings', 0)).toBe(
      'Tuesday, April 16, 2024 · 4:00 PM · District Office, Board Room',
    );
    expect(choiceLabel(addon, 'es', 'meetings', 0)).toBe(
      'martes, 16 de abril de 2024 · 4:00 PM · District Office, Board Room',
    );
  });

  it('take answers without sign-in: published, open, no email, no one-per-user, no summary', () => {
    const addon = invited();
    for (const lang of ['en', 'es'] as const) {
      const form = formModel(addon, lang);
      expect(form).toMatchObject({
        published: true,
        acceptingResponses: true,
        requireLogin: false,
        collectEmail: false,
        limitOneResponsePerUser: false,
        publishingSummary: false,
        destinationId: addon.ws.spreadsheet.getId(),
      });
      expect(() => answer(addon, lang, { code: 'ANYO-NE00', join: 'no' })).not.toThrow();
    }
  });

  it('says plainly when the organization refuses outside respondents, and writes no links or trigger', () => {
    const addon = startSampleAddon({ outsideRespondersAllowed: false });
    addon.sandbox.call('createInvitations');
    expect(addon.ws.ui.alerts.slice(-1)[0]!.prompt).toMatch(
      /does not let forms take answers from people outside/,
    );
    expect(partners(addon).every((r) => r['Invitation link'] === '')).toBe(true);
    expect(triggers(addon)).toHaveLength(0);
  });

  it('gives each member an opaque code and a prefilled link in their language, in one write', () => {
    const addon = invited();
    const rows = partners(addon);
    const codes = rows.map((r) => r['Invitation code']);
    expect(new Set(codes).size).toBe(rows.length);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    const ids = memory(addon).forms;
    const maria = partner(addon, 'María Gómez');
    const link = new URL(maria['Invitation link']!);
    expect(link.pathname).toContain(formModel(addon, 'es').publishedKey);
    expect(link.searchParams.get(`entry.${ids.es.items.code}`)).toBe(maria['Invitation code']);
    // The code is the only prefilled answer: nothing personal in the link.
    expect([...link.searchParams.keys()]).toEqual(['usp', `entry.${ids.es.items.code}`]);
    const dana = new URL(partner(addon, 'Dana Whitfield')['Invitation link']!);
    expect(dana.pathname).toContain(formModel(addon, 'en').publishedKey);
    const writes = addon.ws.calls.entries.filter(
      (c) =>
        c.method === 'setValues' &&
        c.type === 'Range' &&
        c.args.some((a) => JSON.stringify(a).includes(codes[0]!)),
    );
    expect(writes).toHaveLength(1);
  });

  it('re-running updates in place: no new form, item or trigger, same item ids and codes', () => {
    const addon = invited();
    const before = memory(addon);
    const codes = partners(addon).map((r) => r['Invitation code']);
    const formsBefore = [...addon.ws.drive.items.values()].filter((i) => i.mimeType.endsWith('form')).length;
    const sheetsBefore = addon.ws.spreadsheet.getSheets().length;
    addon.sandbox.call('createInvitations');
    expect(memory(addon).forms.en.items).toEqual(before.forms.en.items);
    expect(memory(addon).forms.es.formId).toBe(before.forms.es.formId);
    expect(formModel(addon, 'en').items).toHaveLength(12);
    expect([...addon.ws.drive.items.values()].filter((i) => i.mimeType.endsWith('form'))).toHaveLength(
      formsBefore,
    );
    expect(addon.ws.spreadsheet.getSheets()).toHaveLength(sheetsBefore);
    expect(triggers(addon)).toHaveLength(1);
    expect(partners(addon).map((r) => r['Invitation code'])).toEqual(codes);
  });

  it('recreates a form someone deleted and says so', () => {
    const addon = invited();
    const old = memory(addon).forms.es.formId;
    addon.ws.drive.get(old)!.trashed = true;
    addon.sandbox.call('createInvitations');
    expect(memory(addon).forms.es.formId).not.toBe(old);
    expect(addon.ws.ui.alerts.slice(-1)[0]!.prompt).toMatch(
      /The Spanish form had been deleted, so a new one was made/,
    );
    const link = partner(addon, 'María Gómez')['Invitation link']!;
    expect(link).toContain(formModel(addon, 'es').publishedKey);
  });

  it('files both forms in the group folder’s Invitation forms subfolder once a folder is chosen', () => {
    const addon = startSampleAddon({ sharedDrive: 'Sample USD' });
    const sharedDrive = addon.ws.drive.get(addon.ws.spreadsheet.getId())!.driveId!;
    const group = addon.ws.addForeignFolder('Educational Partners Group', sharedDrive);
    addon.ws.pickFolder(group);
    expect(addon.rpc('setGroupFolder', { folderId: group }).ok).toBe(true);
    addon.sandbox.call('createInvitations');
    addon.sandbox.call('createInvitations');
    const subfolders = addon.ws.drive.children(group);
    expect(subfolders.map((f) => f.name)).toEqual(['Invitation forms']);
    const inside = addon.ws.drive.children(subfolders[0]!.id).map((f) => f.id);
    expect(inside.sort()).toEqual([memory(addon).forms.en.formId, memory(addon).forms.es.formId].sort());
    expect(addon.ws.drive.get(inside[0]!)!.driveId).toBe(sharedDrive);
    expect(addon.ws.ui.alerts).toHaveLength(0);
  });

  it('says once that files stay in My Drive while no folder is chosen', () => {
    const addon = invited();
    expect(addon.ws.ui.alerts[0]!.prompt).toMatch(/new files stay in your My Drive/);
    addon.sandbox.call('createInvitations');
    expect(addon.ws.ui.alerts).toHaveLength(1);
  });
});

describe('answers back into the roster', () => {
  it('updates the right member with their answer, in the workbook’s language, as text', () => {
    const addon = invited();
    const code = codeOf(addon, 'María Gómez');
    answer(addon, 'es', {
      code,
      join: 'yes',
      meetings: [choiceLabel(addon, 'es', 'meetings', 0), choiceLabel(addon, 'es', 'meetings', 2)],
      language: es['form.lang.es'],
      supports: [es['form.support.interpretation'], es['form.support.childcare']],
      contactBy: es['form.contact.text'],
      comments: '¿Puedo traer a mi hija?',
    });
    expect(partner(addon, 'María Gómez')).toMatchObject({
      Status: 'Accepted',
      'Can attend': '2024-04-16; 2024-05-21',
      'Preferred language': 'Spanish',
      'Supports needed': 'Interpretation; Childcare',
      'Best way to reach': 'Text message',
      'Questions or comments': '¿Puedo traer a mi hija?',
    });
    expect(partner(addon, 'María Gómez')['Responded on']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(partner(addon, 'José Ramírez').Status).toBe('No response');
  });

  it('marks “I would like to talk first” for follow-up, and a later answer wins', () => {
    const addon = invited();
    const code = codeOf(addon, 'Andre Williams');
    answer(addon, 'en', { code, join: 'talk' });
    expect(partner(addon, 'Andre Williams').Status).toBe('Wants to talk first');
    addon.ws.advanceTime(60_000);
    answer(addon, 'en', { code, join: 'no' });
    expect(partner(addon, 'Andre Williams').Status).toBe('Declined');
  });

  it('keeps unmatched and tampered codes whole on the Unmatched answers tab, never dropped', () => {
    const addon = invited();
    const code = codeOf(addon, 'Dana Whitfield');
    const tampered = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`;
    const before = partners(addon);
    answer(addon, 'en', { code: tampered, join: 'yes', comments: 'I changed the code' });
    answer(addon, 'en', { join: 'no', comments: 'No code at all' });
    expect(partners(addon)).toEqual(before);
    const tab = addon.ws.spreadsheet.getSheetByName('Unmatched answers')!;
    const rows = tab.getDataRange().getDisplayValues();
    expect(rows[0]).toEqual([
      'Received',
      'Form',
      'Invitation code',
      'Will join',
      'Can attend',
      'Preferred language',
      'Supports needed',
      'Best way to reach',
      'Questions or comments',
      'Response',
    ]);
    expect(rows.slice(1).map((r) => [r[1], r[2], r[3], r[8]])).toEqual([
      ['English', tampered, en['form.join.yes'], 'I changed the code'],
      ['English', '', en['form.join.no'], 'No code at all'],
    ]);
    addon.sandbox.call('syncAnswers');
    expect(tab.getDataRange().getValues()).toHaveLength(3);
  });

  it('keeps hostile answers as text', () => {
    const addon = invited();
    const code = codeOf(addon, 'Linh Tran');
    answer(addon, 'en', {
      code,
      join: 'yes',
      supports: ['+1 555 0100'],
      contactBy: '=HYPERLINK("http://evil.example","call me")',
      comments: '<script>alert(1)</script>',
      language: '@Vietnamese',
    });
    const row = partner(addon, 'Linh Tran');
    expect(row['Supports needed']).toBe('+1 555 0100');
    expect(row['Best way to reach']).toBe('=HYPERLINK("http://evil.example","call me")');
    expect(row['Questions or comments']).toBe('<script>alert(1)</script>');
    expect(row['Preferred language']).toBe('Other language');
    expect(row['Other language (name)']).toBe('@Vietnamese');
    const sheet = addon.ws.spreadsheet.getSheetByName('Partners')!;
    const formulas = sheet.getDataRange().getFormulas();
    expect(formulas.flat().some((f) => f.includes('evil'))).toBe(false);
  });

  it('“Sync answers” after a missed trigger gives the same roster the trigger would have', () => {
    const live = invited();
    const missed = invited();
    for (const t of triggers(missed))
      missed.ws.execution((g) => (g.ScriptApp as GoogleAppsScript.Script.ScriptApp).deleteTrigger(t));
    for (const addon of [live, missed]) {
      const codes = ['María Gómez', 'Andre Williams', 'Nia Johnson'].map((n) => codeOf(addon, n));
      answer(addon, 'es', { code: codes[0], join: 'yes', supports: [es['form.support.childcare']] });
      answer(addon, 'en', { code: codes[1], join: 'talk', comments: 'Evenings only' });
      answer(addon, 'en', { code: codes[2], join: 'no' });
      answer(addon, 'en', { code: 'NOPE-NOPE', join: 'yes' });
    }
    expect(partner(missed, 'Nia Johnson').Status).toBe('Invited');
    expect(partner(live, 'Nia Johnson').Status).toBe('Declined');
    missed.sandbox.call('syncAnswers');
    const strip = (rows: Record<string, string>[]) =>
      rows.map(({ 'Invitation code': _c, 'Invitation link': _l, ...rest }) => rest);
    expect(strip(partners(missed))).toEqual(strip(partners(live)));
    missed.sandbox.call('syncAnswers');
    expect(strip(partners(missed))).toEqual(strip(partners(live)));
    expect(missed.ws.ui.toasts.slice(-1)[0]!.message).toBe(
      '3 answers applied to the Partners tab; 1 unmatched answer kept on their tab.',
    );
  });

  it('the panel’s Update and Sync read each tab once; the view they answer is the one a new read gives', () => {
    const addon = startSampleAddon({ now: SAMPLE_DAY });
    const readsOnce = (name: string) => {
      const mark = addon.ws.calls.mark();
      const answer = addon.rpc<{ view: unknown }>(name);
      const reads = addon.ws.calls.since(mark).bySheet('Range.getValues');
      expect([name, Object.entries(reads).filter(([, n]) => n > 1)]).toEqual([name, []]);
      if (!answer.ok) throw new Error(answer.error.message);
      expect(answer.value.view).toEqual((addon.rpc('getInvitations') as { value: unknown }).value);
    };
    readsOnce('updateInvitations');
    // Answers no trigger applied (as when it failed): Sync applies them, and its view shows them.
    for (const t of triggers(addon))
      addon.ws.execution((g) => (g.ScriptApp as GoogleAppsScript.Script.ScriptApp).deleteTrigger(t));
    answer(addon, 'es', { code: codeOf(addon, 'Nia Johnson'), join: 'no' });
    answer(addon, 'en', { code: 'NOPE-NOPE', join: 'yes' });
    expect(partner(addon, 'Nia Johnson').Status).toBe('Invited');
    readsOnce('syncInvitationAnswers');
    expect(partner(addon, 'Nia Johnson').Status).toBe('Declined');
    readsOnce('updateInvitations');
  });

  it('lands two answers that arrive together, even when one trigger finds the lock busy', () => {
    const addon = invited();
    const [a, b] = ['Amy Chen', 'Luis Herrera'].map((n) => codeOf(addon, n));
    // Another execution (a trigger still running) holds the document lock when B's trigger starts.
    const other = addon.ws.startExecution();
    (other.globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock().waitLock(1000);
    expect(() => answer(addon, 'en', { code: a, join: 'no' })).toThrow();
    other.end();
    answer(addon, 'en', { code: b, join: 'no' });
    expect(partner(addon, 'Amy Chen').Status).toBe('Declined');
    expect(partner(addon, 'Luis Herrera').Status).toBe('Declined');
  });

  it('ignores answers to a form that is not an invitation', () => {
    const addon = invited();
    const before = partners(addon);
    const other = addon.ws.execution((g) => {
      const form = (g.FormApp as GoogleAppsScript.Forms.FormApp).create('Snack survey');
      form.addTextItem().setTitle('Favorite snack');
      form.setPublished!(true);
      form.setDestination(
        (g.FormApp as GoogleAppsScript.Forms.FormApp).DestinationType.SPREADSHEET,
        addon.ws.spreadsheet.getId(),
      );
      return form.getId();
    });
    addon.ws.fireFormSubmit(other, { 'Favorite snack': 'Apples' });
    expect(partners(addon)).toEqual(before);
  });
});
