import fc from 'fast-check';
import {
  type AgendaInput,
  agendaDoc,
  agendaWithSignIn,
  clockMinutes,
  type DocModel,
  defaultAgendaLanguage,
  FIVE_KEY_ACTION_STEPS,
  formatHours,
  formatMoney,
  groupOf,
  inLanguages,
  type Meeting,
  type Member,
  measureEngagement,
  meetingSchema,
  memberSchema,
  mouDoc,
  planMou,
  planSeries,
  qualifies,
  reportDoc,
  seriesRequestSchema,
  settingsSchema,
  signInDoc,
  splitMinutes,
  summarizeLedger,
  t,
} from '../../src/core';

const settings = settingsSchema.parse({
  leaName: 'Test USD',
  cycleYear: '2024–25',
  indicators: ['Discipline', 'Identification'],
  taFacilitator: 'Rosa Delgado',
});

const member = (id: string, name: string, extra: Partial<Member> = {}): Member =>
  memberSchema.parse({ id, name, roles: ['parent-guardian'], status: 'accepted', ...extra });

const meeting = (extra: Partial<Meeting> = {}): Meeting =>
  meetingSchema.parse({
    id: 'MT-001',
    date: '2024-09-10',
    startTime: '18:00',
    minutes: 90,
    title: 'Kickoff',
    ...extra,
  });

const text = (doc: DocModel): string =>
  doc.blocks
    .map((b) =>
      b.kind === 'table'
        ? b.rows.map((r) => r.join(' | ')).join('\n')
        : b.kind === 'bullets'
          ? b.items.join('\n')
          : b.kind === 'pageBreak'
            ? '---'
            : b.kind === 'image'
              ? b.alt
              : b.text,
    )
    .join('\n');

describe('meeting series', () => {
  const request = (extra: object = {}) =>
    seriesRequestSchema.parse({
      startDate: '2024-09-10',
      cadence: 'weekly',
      count: 4,
      startTime: '18:00',
      minutes: 90,
      title: 'Partners meeting',
      ...extra,
    });

  test('weekly and every two weeks from the start date', () => {
    expect(planSeries(request(), []).dates).toEqual(['2024-09-10', '2024-09-17', '2024-09-24', '2024-10-01']);
    expect(planSeries(request({ cadence: 'biweekly', count: 3 }), []).dates).toEqual([
      '2024-09-10',
      '2024-09-24',
      '2024-10-08',
    ]);
  });

  test('monthly on the nth weekday of the start date (2nd Tuesday), the 5th meaning the last', () => {
    expect(planSeries(request({ cadence: 'monthly', count: 4 }), []).dates).toEqual([
      '2024-09-10',
      '2024-10-08',
      '2024-11-12',
      '2024-12-10',
    ]);
    // 2024-07-30 is the fifth Tuesday of July; August has only four, so its last one is used.
    expect(planSeries(request({ startDate: '2024-07-30', cadence: 'monthly', count: 2 }), []).dates).toEqual([
      '2024-07-30',
      '2024-08-27',
    ]);
  });

  test('closures are skipped and the series still has its count', () => {
    const plan = planSeries(request({ closures: ['2024-09-17'] }), []);
    expect(plan.skipped).toEqual(['2024-09-17']);
    expect(plan.dates).toEqual(['2024-09-10', '2024-09-24', '2024-10-01', '2024-10-08']);
  });

  test('existing meetings are counted, never moved or duplicated; a re-run adds nothing', () => {
    const first = planSeries(request(), [{ date: '2024-09-17' }]);
    expect(first.existing).toEqual(['2024-09-17']);
    expect(first.added.map((m) => m.date)).toEqual(['2024-09-10', '2024-09-24', '2024-10-01']);
    const again = planSeries(
      request(),
      first.dates.map((date) => ({ date })),
    );
    expect(again.added).toEqual([]);
  });

  test('a time that is not hours:minutes is refused with the field named', () => {
    expect(seriesRequestSchema.safeParse({ ...request(), startTime: '6pm' }).success).toBe(false);
  });
});

describe('agenda', () => {
  const members = [
    member('M-1', 'Zoe Parent'),
    member('M-2', 'Álvaro Padre', { preferredLanguage: 'es' }),
    member('M-3', 'Ben Teacher', { roles: ['teacher-sped'], status: 'invited' }),
  ];
  const input = (extra: Partial<AgendaInput> = {}): AgendaInput => ({
    meeting: meeting(),
    kickoff: true,
    settings,
    members,
    supports: [{ support: 'interpretation', count: 2 }],
    ...extra,
  });

  test('start times read as people type them', () => {
    expect(clockMinutes('18:00')).toBe(1080);
    expect(clockMinutes('4:00 PM')).toBe(960);
    expect(clockMinutes('4 p. m.')).toBe(960);
    expect(clockMinutes('12:30 am')).toBe(30);
    expect(clockMinutes('soon')).toBeUndefined();
  });

  test('the kickoff covers the five key action steps, the CIM process, norms, pre-reading and supports', () => {
    for (const lang of ['en', 'es'] as const) {
      const body = text(agendaDoc(input(), lang));
      for (const step of FIVE_KEY_ACTION_STEPS) expect(body).toContain(t(lang, `doc.agenda.step.${step}`));
      expect(body).toContain(t(lang, 'step.4'));
      expect(body).toContain(t(lang, 'doc.norm.participation'));
      expect(body).toContain(t(lang, 'inv.support.interpretation'));
      expect(body).toContain(settings.taFacilitator!);
    }
    // Pre-reading goes out one to two weeks before.
    expect(text(agendaDoc(input(), 'en'))).toContain('between August 27, 2024 and September 3, 2024');
  });

  test('timed blocks add up to the meeting length, at any length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 15, max: 720 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 8 }),
        (total, weights) => {
          const parts = splitMinutes(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          expect(parts.every((p) => p >= 1)).toBe(true);
        },
      ),
    );
    const doc = agendaDoc(input({ meeting: meeting({ minutes: 75 }) }), 'en');
    const schedule = doc.blocks.find((b) => b.kind === 'table' && b.rows[0]![0] === 'Time');
    if (schedule?.kind !== 'table') throw new Error('no schedule');
    expect(schedule.rows.slice(1).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(75);
    expect(schedule.rows[1]![0]).toBe('6:00 PM');
  });

  test('a later meeting follows its CIM step and lists the activity’s sub-tasks', () => {
    const body = text(
      agendaDoc(input({ kickoff: false, meeting: meeting({ activityId: 'root-cause-analysis' }) }), 'en'),
    );
    expect(body).toContain('Root cause analysis');
    expect(body).toContain(t('en', 'subtask.root-cause-analysis.connect-data'));
    expect(body).not.toContain(t('en', 'doc.agenda.step.mission'));
    const data = text(
      agendaDoc(input({ kickoff: false, meeting: meeting({ activityId: 'quantitative-data' }) }), 'es'),
    );
    expect(data).toContain(t('es', 'doc.agenda.focusText.data-review'));
  });

  test('the attendance table and sign-in sheet list the confirmed members, alphabetically', () => {
    const table = agendaDoc(input(), 'en').blocks.find((b) => b.kind === 'table' && b.shared);
    if (table?.kind !== 'table') throw new Error('no attendance');
    expect(table.rows.slice(1).map((r) => r[0])).toEqual(['Álvaro Padre', 'Zoe Parent']);
    const signIn = signInDoc(input(), 'en').blocks.find((b) => b.kind === 'table');
    if (signIn?.kind !== 'table') throw new Error('no sign-in');
    expect(signIn.rows.slice(1, 3).map((r) => r[0])).toEqual(['Álvaro Padre', 'Zoe Parent']);
  });

  test('default language follows the confirmed members', () => {
    expect(defaultAgendaLanguage(members)).toBe('both-columns');
    expect(defaultAgendaLanguage([members[1]!])).toBe('es');
    expect(
      defaultAgendaLanguage([members[0]!, members[1]!].map((m) => ({ ...m, status: 'invited' as const }))),
    ).toBe('en');
  });

  test('both languages side by side: text in two columns, one attendance table with both headers', () => {
    const doc = inLanguages((lang) => agendaDoc(input(), lang), 'both-columns');
    const pairs = doc.blocks.filter((b) => b.kind === 'table' && b.rows[0]!.length === 2 && !b.shared);
    expect(
      pairs.some(
        (b) =>
          b.kind === 'table' &&
          b.rows.some(
            (r) => r[0]!.includes(t('en', 'doc.norm.trust')) && r[1]!.includes(t('es', 'doc.norm.trust')),
          ),
      ),
    ).toBe(true);
    const attendance = doc.blocks.filter((b) => b.kind === 'table' && b.shared);
    expect(attendance).toHaveLength(1);
    expect(attendance[0]!.kind === 'table' && attendance[0]!.rows[0]![0]).toBe('Name / Nombre');
  });

  test('both languages one after the other: English, page break, Spanish, then the shared tables once', () => {
    const doc = inLanguages((lang) => agendaDoc(input(), lang), 'both-sequence');
    const body = text(doc);
    expect(body.indexOf(t('en', 'doc.norm.trust'))).toBeLessThan(body.indexOf(t('es', 'doc.norm.trust')));
    expect(doc.blocks.filter((b) => b.kind === 'table' && b.shared)).toHaveLength(1);
    expect(doc.blocks.filter((b) => b.kind === 'pageBreak')).toHaveLength(2);
    const withSignIn = agendaWithSignIn(input(), 'both-sequence');
    expect(withSignIn.blocks.filter((b) => b.kind === 'table' && b.shared)).toHaveLength(2);
  });
});

describe('MOU draft', () => {
  test('every figure is planMou’s', () => {
    const agreed = [
      { activityId: 'partners-meetings', quarterHours: 16 },
      { activityId: 'case-study', quarterHours: 120 },
      { activityId: 'budget', quarterHours: 12 },
    ] as const;
    const local = settingsSchema.parse({ ...settings, indicators: ['Discipline'] });
    const { plan, doc } = mouDoc(agreed, local, 'en');
    expect(plan).toEqual(planMou(agreed, local, 'en'));
    const body = text(doc);
    expect(body).toContain(formatHours('en', plan.totalQuarterHours));
    expect(body).toContain(formatHours('en', plan.fundedQuarterHours));
    expect(body).toContain(formatMoney('en', plan.extraCostCents));
    expect(body).toContain('$110.00');
    expect(body).toContain('Above the menu range');
    expect(body).toContain('April 19, 2024');
    expect(text(mouDoc(agreed, local, 'es').doc)).toContain('Firmas');
  });
});

describe('engagement and report', () => {
  const members = [
    member('M-1', 'Parent One'),
    member('M-2', 'Parent Two', { status: 'invited' }),
    member('M-3', 'Teacher', { roles: ['teacher-gen-ed'] }),
    member('M-4', 'Proposed parent', { status: 'proposed' }),
    member('M-5', 'Employee parent', { districtEmployee: true }),
  ];
  const meetings = [
    meeting({ id: 'A', date: '2024-09-10', status: 'held' }),
    meeting({ id: 'B', date: '2024-10-08', status: 'held' }),
    meeting({ id: 'C', date: '2024-11-12', status: 'planned' }),
  ];
  const present: Record<string, string[]> = { A: ['M-1', 'M-3', 'M-4'], B: ['M-2', 'M-1', 'M-5'] };
  const engagement = measureEngagement(members, meetings, (id) => new Set(present[id] ?? []));

  test('share of invited members of each group at each meeting held', () => {
    expect(groupOf(members[2]!)).toBe('teachers');
    expect(engagement.meetings.map((m) => m.id)).toEqual(['A', 'B']);
    const families = engagement.groups.find((g) => g.group === 'families')!;
    expect(families.invited).toBe(3);
    expect(families.attended).toEqual([1, 3]);
    expect(families.rates).toEqual([1 / 3, 1]);
    expect(engagement.groups.find((g) => g.group === 'site')!.rates).toEqual([null, null]);
    expect(engagement.attended).toEqual([2, 3]);
  });

  test('report: roles in the handout’s order with qualifies, meetings and hours', () => {
    expect(qualifies(members[4]!, 'parent-guardian')).toBe(false);
    expect(qualifies(members[4]!, 'other')).toBe(true);
    const ledger = summarizeLedger([], settings, '2024-12-01', 'en');
    const doc = reportDoc({ settings, members, engagement, ledger, today: '2024-12-01' }, 'en');
    const body = text(doc);
    expect(body.indexOf(t('en', 'role.superintendent'))).toBeLessThan(body.indexOf(t('en', 'role.other')));
    expect(body).toContain('Employee parent | Accepted | No');
    expect(body).toContain('1/3 (33%)');
    expect(body).toContain(formatHours('en', ledger.fundedQuarterHours));
  });
});
