import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAddon } from '../harness/addon';

describe('entry points of the built bundle', () => {
  it('onOpen under AuthMode.NONE builds the add-on menu and calls nothing else', () => {
    const { ws, sandbox } = startAddon({ authMode: 'NONE' });
    sandbox.call('onOpen', { authMode: 'NONE' });
    const calls = ws.calls.entries.map((c) => `${c.type}.${c.method}`);
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call).toMatch(/^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.\w+)$/);
    expect(ws.ui.menus).toHaveLength(1);
    expect(ws.ui.menus[0]!.addon).toBe(true);
  });

  it('onInstall builds the same menu, since onOpen does not fire for the file already open', () => {
    const { ws, sandbox } = startAddon({ authMode: 'NONE' });
    sandbox.call('onInstall', { authMode: 'NONE' });
    expect(ws.ui.menus).toHaveLength(1);
  });

  it('every menu item names a top-level function of the bundle, in both languages', () => {
    const { ws, sandbox } = startAddon();
    sandbox.call('onOpen', {});
    const items = ws.ui.menus[0]!.items.filter((i) => i.kind === 'item');
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const item of items) {
      expect(sandbox.functionNames()).toContain(item.functionName);
      // Captions carry English and Spanish, since the locale cannot be read in AuthMode.NONE.
      expect(item.caption).toMatch(/ · /);
    }
  });

  it('every export of the entry file is a top-level function (no hand-kept list)', () => {
    const entry = readFileSync(join(__dirname, '../../src/main.ts'), 'utf8');
    const handlers = readFileSync(join(__dirname, '../../src/server/handlers.ts'), 'utf8');
    const named = [
      ...`${entry}\n${handlers}`.matchAll(/export (?:const|function) (\w+)|export \{([^}]+)\}/g),
    ].flatMap((m) => (m[1] ? [m[1]] : m[2]!.split(',').flatMap((n) => n.trim() || [])));
    const { sandbox } = startAddon();
    for (const name of named) expect(sandbox.functionNames()).toContain(name);
  });

  it('opens the sidebar in the user’s language with the page inlined', () => {
    const { ws, sandbox } = startAddon({ locale: 'es_419' });
    sandbox.call('openSidebar');
    const shown = ws.ui.sidebars[0]!;
    expect(shown.title).toBe('Herramientas para Socios Educativos');
    expect(shown.html).toContain('<html lang="es">');
    expect(shown.html).toMatch(/<script>[\s\S]{1000,}<\/script>/);
  });
});

describe('the typed RPC contract', () => {
  it('answers a round trip with the spreadsheet’s name and the user’s language', () => {
    const { rpc } = startAddon({ locale: 'es', spreadsheetName: 'Distrito de Prueba' });
    expect(rpc('getSidebarState')).toMatchObject({
      ok: true,
      value: { lang: 'es', ready: false, spreadsheetName: 'Distrito de Prueba' },
    });
  });

  it('rejects a malformed argument, naming the field and what to enter, and writes nothing', () => {
    const { ws, rpc } = startAddon();
    const before = ws.calls.count('Properties.setProperty');
    const answer = rpc('setLanguage', { lang: 'fr' });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toBe('Some information needs correcting:');
    expect(answer.error.issues).toEqual([
      expect.objectContaining({ key: 'lang', message: expect.stringMatching(/English|Spanish|en|es/) }),
    ]);
    expect(ws.calls.count('Properties.setProperty')).toBe(before);
  });

  it('gives the message in Spanish to a Spanish-speaking user', () => {
    const { rpc } = startAddon({ locale: 'es' });
    const answer = rpc('setLanguage', { lang: 42 });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toBe('Es necesario corregir algunos datos:');
  });

  it('remembers a language switch for the next call', () => {
    const { rpc } = startAddon({ locale: 'en' });
    expect(rpc('setLanguage', { lang: 'es' }).ok).toBe(true);
    expect(rpc<{ lang: string }>('getSidebarState')).toMatchObject({ ok: true, value: { lang: 'es' } });
  });

  it('tells the user to set up the workbook before using a panel', () => {
    const { rpc } = startAddon();
    const answer = rpc('getRosterCheck');
    expect(answer).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not set up yet/) } });
  });
});
