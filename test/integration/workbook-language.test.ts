/**
 * One workbook, one language: whatever language the person at the sidebar reads, every cell the add-on writes
 * is in the language the workbook was set up in, so the live formulas (which match labels) count what the core
 * counts. Every write path runs for reader en/es × workbook en/es, then the formulas are evaluated.
 */
import type { Lang } from '../../src/core/i18n/catalog';
import { t } from '../../src/core/i18n/i18n';
import {
  activityLabels,
  meetingStatusLabels,
  memberStatusLabels,
  roleLabels,
  stepLabels,
} from '../../src/core/workbook/tabs';
import { checkAgreement } from '../fixtures/formulas';
import { type Env, rowsByHeader, run, tab } from '../fixtures/workbook';
import { type Addon, startAddon } from '../harness/addon';

function value<T>(answer: ReturnType<Addon['rpc']>): T {
  if (!answer.ok)
    throw new Error(`RPC failed: ${answer.error.message} ${JSON.stringify(answer.error.issues)}`);
  return answer.value as T;
}

const [SLD, DISCIPLINE] = [
  'Disproportionate identification: Specific Learning Disability',
  'Discipline: suspension over 10 days',
];

/** Sets the workbook up in `workbookLang`, then runs every write path as a reader of `readerLang`. */
function everyWritePath(readerLang: Lang, workbookLang: Lang): Env {
  const addon = startAddon({ locale: workbookLang });
  const env: Env = { ws: addon.ws, sb: addon.sandbox, ss: addon.ws.spreadsheet };
  run(env, 'setupWorkspace');
  value(addon.rpc('setLanguage', { lang: readerLang }));
  run(env, 'loadSampleLea');
  value(addon.rpc('logHours', { date: '2024-05-02', activityId: 'step1-consolidation', hours: 1.5 }));
  value(addon.rpc('logHours', { date: '2024-05-03', activityId: 'case-study', hours: 2, indicator: SLD }));
  value(addon.rpc('startTimer', { meetingId: 'MT-004' }));
  const proposal = value<Record<string, unknown>>(addon.rpc('stopTimer'));
  value(
    addon.rpc('logHours', {
      date: proposal.date,
      activityId: proposal.activityId,
      hours: proposal.hours,
      ...(proposal.indicator ? { indicator: proposal.indicator } : {}),
      note: proposal.note,
    }),
  );
  value(
    addon.rpc('saveAttendance', { meetingId: 'MT-004', changes: [{ memberId: 'M-001', present: true }] }),
  );
  run(env, 'setupWorkspace');
  return env;
}

/** Cells of a column that are not one of the workbook language's labels for it. */
function foreign(rows: Record<string, unknown>[], header: string, allowed: readonly string[]): unknown[] {
  return rows.map((r) => r[header]).filter((cell) => cell !== '' && !allowed.includes(String(cell)));
}

const MATRIX: [Lang, Lang][] = [
  ['en', 'en'],
  ['es', 'en'],
  ['en', 'es'],
  ['es', 'es'],
];

describe.each(MATRIX)('reader %s, workbook %s', (readerLang, workbookLang) => {
  const env = everyWritePath(readerLang, workbookLang);
  const h = (key: Parameters<typeof t>[1]) => t(workbookLang, key as 'field.date');

  test('every label the add-on wrote is in the workbook’s language', () => {
    const log = rowsByHeader(tab(env, 'taLog'));
    expect(log.length).toBeGreaterThan(10);
    expect(foreign(log, h('field.step'), stepLabels(workbookLang))).toEqual([]);
    expect(foreign(log, h('field.activityId'), activityLabels(workbookLang))).toEqual([]);
    expect(foreign(log, h('field.indicator'), [SLD, DISCIPLINE, t(workbookLang, 'ledger.shared')])).toEqual(
      [],
    );
    // Every entry names its facilitator: the sample's, and the Start tab's for those logged from the sidebar.
    expect(log.map((r) => r[h('field.facilitator')])).toEqual(log.map(() => 'Rosa Delgado'));
    const partners = rowsByHeader(tab(env, 'partners'));
    expect(foreign(partners, h('field.roles'), roleLabels(workbookLang))).toEqual([]);
    expect(foreign(partners, h('field.status'), memberStatusLabels(workbookLang))).toEqual([]);
    const meetings = rowsByHeader(tab(env, 'meetings'));
    expect(foreign(meetings, h('field.status'), meetingStatusLabels(workbookLang))).toEqual([]);
    expect(foreign(meetings, h('field.activityId'), activityLabels(workbookLang))).toEqual([]);
  });

  test('the live formulas agree with the core on every figure', () => {
    expect(checkAgreement(env, workbookLang).mismatches).toEqual([]);
  });
});
