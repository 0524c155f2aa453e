// Benchmarks. Each section returns rows { name, medianMs, runs, ... }; the table is printed and the same figures are
// merged into dist/bench.json under the section's key, so other sections can be added to SECTIONS below.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vm from 'node:vm';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 7;

/** Median wall time of `RUNS` calls after one warm-up call. */
function median(fn) {
  fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(RUNS / 2)] * 100) / 100;
}

/** The core bundled in memory, as Apps Script and the sidebar get it (no Node APIs), then evaluated. */
async function loadCore() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/core/index.ts')],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2019',
    minify: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const module = { exports: {} };
  new Function('module', 'exports', code)(module, module.exports);
  return { core: module.exports, bytes: code.length };
}

async function coreSection() {
  const { core, bytes } = await loadCore();
  const settings = core.settingsSchema.parse({
    indicators: ['Discipline', 'Identification', 'Placement'],
    studentGroupsMostAffected: [
      'Black or African American',
      'English Learners',
      'Students with Disabilities',
    ],
  });
  const statuses = core.MEMBER_STATUSES;
  const members = Array.from({ length: 10_000 }, (_, i) =>
    core.memberSchema.parse({
      id: `m${i}`,
      row: i + 2,
      // Every 50th member repeats an earlier name, so the duplicate rule has work to do.
      name: i % 50 === 49 ? `Member ${i - 7}` : `Member ${i}`,
      roles: i % 97 === 0 ? [core.ROLE_IDS[i % 15], 'community-rep'] : [core.ROLE_IDS[i % 15]],
      email: i % 11 === 0 ? undefined : `member${i}@example.org`,
      phone: i % 13 === 0 ? '555-1234' : '(555) 123-4567',
      preferredLanguage: i % 17 === 0 ? undefined : i % 2 ? 'es' : 'en',
      districtEmployee: i % 19 === 0,
      studentGroups: i % 5 === 0 ? ['English Learners'] : [],
      gradeLevel: i % 3 === 0 ? 'K-2' : undefined,
      status: statuses[i % statuses.length],
    }),
  );
  const rows = members.map(({ row: _row, roles, ...m }) => ({ ...m, roles: roles.join('; ') }));
  const entries = Array.from({ length: 10_000 }, (_, i) =>
    core.ledgerEntrySchema.parse({
      id: `e${i}`,
      date: core.addDays('2024-03-01', i % 150),
      activityId: core.ACTIVITY_IDS[i % core.ACTIVITY_IDS.length],
      indicator: i % 4 === 0 ? undefined : settings.indicators[i % 3],
      quarterHours: 1 + (i % 8),
    }),
  );
  const today = '2024-05-15';
  return [
    { name: 'core bundle (minified)', kB: Math.round(bytes / 102.4) / 10 },
    {
      name: 'validateRoster, 10,000 members',
      medianMs: median(() => core.validateRoster(members, settings, 'en')),
      runs: RUNS,
    },
    {
      name: 'checkRosterRows (parse + validate), 10,000 rows',
      medianMs: median(() => core.checkRosterRows(rows, settings, 'es')),
      runs: RUNS,
    },
    {
      name: 'summarizeLedger, 10,000 entries',
      medianMs: median(() => core.summarizeLedger(entries, settings, today, 'en')),
      runs: RUNS,
    },
  ];
}

// ---- workbook: the built bundle (dist/Code.js) in a vm sandbox over the in-memory Workspace fake ----

/** The fake is TypeScript: bundle it in memory for Node, then evaluate it. */
async function loadFake() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'test/fake/workspace.ts')],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(
    module,
    module.exports,
    createRequire(import.meta.url),
  );
  return module.exports;
}

/** A fresh Workspace with the bundle loaded the way test/harness/sandbox.ts loads it (Apps Script globals only). */
function sandbox(fake, code) {
  const ws = fake.createWorkspace();
  const context = vm.createContext({ ...ws.globals, Date });
  for (const name of ['SharedArrayBuffer', 'Atomics', 'WebAssembly'])
    vm.runInContext(`delete globalThis.${name}`, context);
  vm.runInContext(code, context, { filename: 'Code.js' });
  const call = (name, ...args) => {
    const before = ws.ui.alerts.length;
    const answer = context[name](...args);
    if (ws.ui.alerts.length > before)
      throw new Error(`${name}: ${JSON.stringify(ws.ui.alerts.slice(before))}`);
    return answer;
  };
  return { ws, call, raw: (name, ...args) => context[name](...args) };
}

const ROLES = [
  'Other',
  'Community Representatives',
  'Principal or Site Level Administrators',
  'Fiscal Services Representative',
];

/** Rows for `count` members under `header`: ids, names, roles, emails, statuses, as typed text. */
function memberRows(header, count) {
  const cell = {
    ID: (i) => `M-${String(i + 1).padStart(4, '0')}`,
    Name: (i) => `'Member ${i + 1}`,
    Role: (i) => `'${ROLES[i % ROLES.length]}`,
    Email: (i) => `'member${i + 1}@mail.example`,
    Status: (i) => (i % 5 ? "'Accepted" : "'Invited"),
    'District employee': () => false,
  };
  return Array.from({ length: count }, (_, i) => header.map((h) => (cell[h] ? cell[h](i) : '')));
}

function paste(sheet, rows) {
  const need = rows.length - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
}

/** Pastes `count` members under the Partners header of a set-up workbook in one write. */
function seedMembers(ws, count) {
  const ids = JSON.parse(
    ws.execution((g) => g.PropertiesService.getDocumentProperties().getProperty('workbook.sheets')),
  );
  const sheet = ws.spreadsheet.getSheetById(ids.partners);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  paste(sheet, [header, ...memberRows(header, count)]);
}

/** A spreadsheet where staff pasted their roster into a "Partners" tab before running setup. */
function rosterBeforeSetup(ws, count) {
  const header = ['ID', 'Name', 'Role', 'Email', 'Status', 'District employee'];
  paste(ws.spreadsheet.insertSheet('Partners'), [header, ...memberRows(header, count)]);
}

/** Service calls of one run of `op` (after `prepare`), and the median wall time over fresh preparations. */
function measureOp(fake, code, prepare, op, runs = 5) {
  let calls = 0;
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const env = sandbox(fake, code);
    prepare(env);
    const mark = env.ws.calls.mark();
    const start = performance.now();
    op(env);
    const ms = performance.now() - start;
    const count = env.ws.calls.since(mark).count();
    if (i === 0) calls = count;
    else if (count !== calls) throw new Error(`call count changed between runs: ${calls} then ${count}`);
    if (i > 0) times.push(ms); // the first run warms up
  }
  times.sort((a, b) => a - b);
  return { calls, medianMs: Math.round(times[Math.floor(times.length / 2)] * 10) / 10 };
}

async function workbookSection() {
  const fake = await loadFake();
  const code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
  const withMembers = (n) => (env) => {
    env.call('setupWorkspace');
    seedMembers(env.ws, n);
    // The first setup after a roster outgrows the Attendance grid grows it once; measure the steady state.
    env.call('setupWorkspace');
  };
  // Calls are equal at both sizes, but for the first setup over a roster bigger than the Attendance grid's
  // 1,000 rows: it inserts the missing rows once (one more call).
  const ops = [
    [
      'setup, roster pasted before',
      (n) => (env) => rosterBeforeSetup(env.ws, n),
      (env) => env.call('setupWorkspace'),
    ],
    ['re-run setup', withMembers, (env) => env.call('setupWorkspace')],
    ['roster check (read + validate)', withMembers, (env) => env.call('getRosterCheck', {})],
    // On a workbook with members the sample is refused (an alert), after the setup the command runs first.
    ['load sample LEA (refused: has members)', withMembers, (env) => env.raw('loadSampleLea')],
    ['load sample LEA, empty workbook', () => () => {}, (env) => env.call('loadSampleLea')],
  ];
  const rows = [{ name: 'Code.js bundle', kB: Math.round(code.length / 102.4) / 10 }];
  for (const [name, prepareFor, op] of ops) {
    const small = measureOp(fake, code, prepareFor(10), op);
    const large = measureOp(fake, code, prepareFor(5000), op);
    rows.push({
      name,
      'calls@10': small.calls,
      'calls@5000': large.calls,
      'ms@10': small.medianMs,
      'ms@5000': large.medianMs,
      runs: 5,
    });
  }
  return rows;
}

// ---- sidebar: the built page's size, its first render in Chromium, and the service calls of each RPC ----

/** test/browser/env.ts (Workspace fake, sandbox, bridge) and the Chromium launcher, bundled in memory. */
async function loadSidebarHarness() {
  const result = await esbuild.build({
    stdin: {
      contents:
        "export { startSidebarEnv } from './test/browser/env';\nexport { launchChromium } from './test/harness/browser';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', '__dirname', result.outputFiles[0].text)(
    module,
    module.exports,
    createRequire(import.meta.url),
    join(root, 'test/browser'),
  );
  return module.exports;
}

/** Milliseconds from navigation to the first paint and to the Roster panel showing the server's findings. */
async function firstRender(harness, loads = 5) {
  const env = await harness.startSidebarEnv({ dist: join(root, 'dist') });
  const browser = await harness.launchChromium();
  const paint = [];
  const data = [];
  try {
    for (let i = 0; i <= loads; i++) {
      const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
      await page.goto(env.sidebarUrl);
      await page.waitForSelector('#panel-roster .coverage');
      const t = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        data: performance.now(),
      }));
      await page.close();
      if (i === 0) continue; // warm-up
      paint.push(t.paint);
      data.push(t.data);
    }
  } finally {
    await browser.close();
    await env.close();
  }
  const med = (xs) => Math.round(xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
  return { paint: med(paint), data: med(data), loads };
}

async function sidebarSection() {
  const { gzipSync } = await import('node:zlib');
  const html = readFileSync(join(root, 'dist/Sidebar.html'));
  const harness = await loadSidebarHarness();
  const render = await firstRender(harness);
  const rows = [
    { name: 'Sidebar.html', bytes: html.length, gzipBytes: gzipSync(html, { level: 9 }).length },
    { name: 'first contentful paint (Chromium, median)', medianMs: render.paint, runs: render.loads },
    { name: 'Roster panel rendered with data (median)', medianMs: render.data, runs: render.loads },
  ];
  // Service calls of each RPC on the sample LEA, in the order a facilitator would make them.
  const env = await harness.startSidebarEnv({ dist: join(root, 'dist') });
  try {
    const meeting = () => env.sandbox.call('getMeetingView', {}).value;
    const ops = [
      ['getSidebarState', () => ({})],
      ['getRosterCheck', () => ({})],
      ['selectMemberRow', () => ({ row: 14 })],
      ['getHours', () => ({})],
      [
        'logHours',
        () => ({ date: '2024-05-01', activityId: 'root-cause-analysis', hours: 1.5, note: 'Bench' }),
      ],
      ['undoHours', () => ({ id: env.sandbox.call('getHours', {}).value.undoableId })],
      ['getMeetingView', () => ({})],
      [
        'saveAttendance (3 ticks)',
        () => {
          const view = meeting();
          return {
            meetingId: view.suggestedMeetingId,
            changes: view.members.slice(0, 3).map((m) => ({ memberId: m.id, present: true })),
          };
        },
      ],
      ['startTimer', () => ({ meetingId: meeting().suggestedMeetingId })],
      ['stopTimer', () => ({})],
      ['setLanguage', () => ({ lang: 'en' })],
    ];
    for (const [label, argFor] of ops) {
      const name = label.split(' ')[0];
      const arg = argFor();
      const mark = env.ws.calls.mark();
      const start = performance.now();
      const answer = env.sandbox.call(name, arg);
      const ms = Math.round((performance.now() - start) * 10) / 10;
      if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
      const calls = env.ws.calls.since(mark);
      const writes = calls.filter((c) => /^(set|append|insert|delete|activate|clear)/.test(c.method)).length;
      rows.push({ name: `rpc ${label}`, calls: calls.count(), writes, ms });
    }
  } finally {
    await env.close();
  }
  return rows;
}

/** Add a section here: its key in dist/bench.json and a function returning its rows. */
const SECTIONS = [
  { key: 'core', run: coreSection },
  { key: 'workbook', run: workbookSection },
  { key: 'sidebar', run: sidebarSection },
];

const out = join(root, 'dist/bench.json');
const report = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : {};
for (const section of SECTIONS) {
  const rows = await section.run();
  console.log(`\n${section.key}`);
  console.table(rows);
  report[section.key] = { measuredAt: new Date().toISOString(), node: process.version, rows };
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwrote ${out}`);
