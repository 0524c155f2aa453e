/** "Check this installation": a report in the reader's language, from the menu, that changes nothing. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDON_SCOPES } from '../../src/core/scopes';
import { TEMPLATE_VERSION } from '../../src/core/workbook/tabs';
import { startAddon, startSampleAddon } from '../harness/addon';

const WRITES = /^(set|insert|delete|append|clear|remove|protect|add|update|copy|move|rename|create)/;

function report(addon: ReturnType<typeof startAddon>): { text: string; writes: string[] } {
  const mark = addon.ws.calls.mark();
  const alerts = addon.ws.ui.alerts.length;
  addon.sandbox.call('checkInstallation');
  const writes = addon.ws.calls
    .since(mark)
    .filter((c) => WRITES.test(c.method) && c.type !== 'Ui')
    .map((c) => `${c.type}.${c.method}`);
  const shown = addon.ws.ui.alerts.slice(alerts);
  expect(shown).toHaveLength(1);
  return { text: shown[0]!.prompt, writes };
}

test('the scopes the check asks about are the manifest’s', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8')) as {
    oauthScopes: string[];
  };
  expect([...ADDON_SCOPES].sort()).toEqual([...manifest.oauthScopes].sort());
});

test('on a set-up workbook every check passes, in English, and nothing is written', () => {
  const addon = startSampleAddon();
  const { text, writes } = report(addon);
  expect(writes).toEqual([]);
  expect(text.split('\n')).toEqual([
    'Check this installation (nothing was changed)',
    '',
    `✓ Permissions: all ${ADDON_SCOPES.length} permissions the add-on asks for are granted.`,
    `✓ Workbook: set up, template version ${TEMPLATE_VERSION} (the current one).`,
    expect.stringMatching(/^✓ Triggers: /),
    '✓ Saving lock: reachable.',
    expect.stringMatching(/^✓ Stored settings: reachable \(\d+ for this workbook, \d+ of yours\)\.$/),
  ]);
});

test('in Spanish it names a missing permission, a workbook not set up, and a busy lock', () => {
  const addon = startAddon({
    locale: 'es',
    grantedScopes: ADDON_SCOPES.filter((s) => !s.endsWith('/forms')),
  });
  const other = addon.ws.startExecution();
  (other.globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock().tryLock(1000);
  const { text } = report(addon);
  other.end();
  expect(text).toContain('✗ Permisos: aún no se concedieron: forms.');
  expect(text).toContain('✗ Libro de trabajo: aún no está preparado');
  expect(text).toContain('✗ Bloqueo de guardado: lo tiene otra persona');
});

test('a check that cannot reach its service is reported, and the others still run', () => {
  const addon = startSampleAddon();
  addon.ws.failCall((c) => c.method === 'getUserTriggers', 1, new Error('Service error: ScriptApp'));
  const { text } = report(addon);
  expect(text).toContain('✗ Triggers: could not be reached just now');
  expect(text).toContain('✓ Saving lock: reachable.');
});
