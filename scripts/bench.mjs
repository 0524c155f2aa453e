// Benchmarks. Each section returns rows { name, medianMs, runs, ... }; the table is printed and the same figures are
// merged into dist/bench.json under the section's key, so other sections can be added to SECTIONS below.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** Add a section here: its key in dist/bench.json and a function returning its rows. */
const SECTIONS = [{ key: 'core', run: coreSection }];

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
