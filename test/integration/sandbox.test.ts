import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, loadBundle, readBundle } from '../harness/sandbox';

describe('the Apps Script sandbox', () => {
  it.each([
    ['require', "require('fs')"],
    ['process', 'process.env'],
    ['Buffer', "Buffer.from('x')"],
    ['setTimeout', 'setTimeout(function () {}, 0)'],
    ['fetch', "fetch('http://127.0.0.1')"],
    ['URL', "new URL('http://127.0.0.1')"],
    ['TextEncoder', 'new TextEncoder()'],
    ['structuredClone', 'structuredClone({})'],
  ])('refuses a bundle that uses %s, which Apps Script does not have', (name, use) => {
    expect(() => loadBundle({}, `var x = ${use};`)).toThrow(new RegExp(`${name} is not defined`));
  });

  it('runs the ECMAScript built-ins a bundle may rely on', () => {
    const sandbox = loadBundle(
      {},
      'function answer() { return JSON.stringify([new Intl.PluralRules("es").select(1), new Map([[1, 2]]).size]); }',
    );
    expect(sandbox.call('answer')).toBe('["one",1]');
  });

  it('lists only the top-level function declarations, as Apps Script does', () => {
    const sandbox = loadBundle({}, 'var helper = function () {}; function visible() {} var arrow = () => 1;');
    expect(sandbox.functionNames()).toEqual(['visible']);
    expect(() => sandbox.call('helper')).toThrow('Script function not found: helper');
  });
});

describe('the built bundle', () => {
  const code = readBundle();

  it('declares onOpen and onInstall as real top-level functions', () => {
    expect(code).toMatch(/^function onOpen\(/m);
    expect(code).toMatch(/^function onInstall\(/m);
  });

  it('has no module syntax left, since Apps Script has no modules', () => {
    expect(code).not.toMatch(/^\s*(export|import)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('ships a V8 manifest in the Los Angeles time zone with an explicit scope list', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('America/Los_Angeles');
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
    // The restricted full-Drive scope would put the add-on through a security assessment.
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
  });

  it('builds a self-contained sidebar page that loads nothing from elsewhere', () => {
    const page = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
    expect(page).toMatch(/<script>[\s\S]+<\/script>/);
    expect(page).toMatch(/<style>[\s\S]+<\/style>/);
    expect(page).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
  });
});
