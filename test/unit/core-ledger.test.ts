import {
  ACTIVITIES,
  activityById,
  costCents,
  DEFAULT_SETTINGS,
  entryFunding,
  formatIssues,
  fundedScopeNote,
  type LedgerEntry,
  ledgerEntryInputSchema,
  ledgerEntrySchema,
  parseLedgerRow,
  parseSettingsRecord,
  planMou,
  quarterHoursFromTyped,
  type Settings,
  settingsSchema,
  splitEvenly,
  summarizeLedger,
  typedHoursSchema,
  undoableEntry,
} from '../../src/core';

const twoIndicators: Settings = settingsSchema.parse({ indicators: ['Discipline', 'Identification'] });

let seq = 0;
function entry(
  hours: number,
  extra: Partial<LedgerEntry> & { activityId?: LedgerEntry['activityId'] } = {},
): LedgerEntry {
  seq++;
  return ledgerEntrySchema.parse({
    id: `e${seq}`,
    date: '2024-05-01',
    activityId: 'cim-team-meetings',
    quarterHours: hours * 4,
    ...extra,
  });
}

describe('quarter hours and money', () => {
  it('reads typed hours as quarter hours and rejects what is not a quarter', () => {
    expect(quarterHoursFromTyped(1.25)).toBe(5);
    expect(quarterHoursFromTyped('1,5')).toBe(6);
    expect(quarterHoursFromTyped(' 0.75 ')).toBe(3);
    expect(quarterHoursFromTyped(1.3)).toBeUndefined();
    expect(quarterHoursFromTyped('abc')).toBeUndefined();
    expect(quarterHoursFromTyped(-1)).toBeUndefined();
    const bad = typedHoursSchema.safeParse(1.3);
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(formatIssues('en', bad.error)[0]?.message).toBe(
        'Enter hours in quarter hours, e.g. 1, 1.25, 1.5 or 1.75.',
      );
    }
  });

  it('splits quarter hours evenly, remainder to the first parts', () => {
    expect(splitEvenly(7, 3)).toEqual([3, 2, 2]);
    expect(splitEvenly(1, 4)).toEqual([1, 0, 0, 0]);
    expect(splitEvenly(5, 0)).toEqual([]);
  });

  it('prices quarter hours in whole cents', () => {
    expect(costCents(5, 11000)).toBe(13750);
    expect(costCents(1, 9999)).toBe(2500);
  });
});

describe('settings', () => {
  it('has the 2024 defaults', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      quarterHoursPerIndicator: 80,
      hourlyRateCents: 11000,
      mouDueDate: '2024-04-19',
      fundedEndDate: '2024-06-30',
      timeZone: 'America/Los_Angeles',
      leaType: 'new',
      indicators: [],
    });
  });

  it('reads the settings sheet in people’s units', () => {
    const r = parseSettingsRecord({
      leaName: 'Example USD',
      leaType: 'Continúa',
      indicators: 'Discipline; Identification',
      hoursPerIndicator: 22.5,
      hourlyRate: '$120.50',
      mouDueDate: new Date(Date.UTC(2025, 3, 18, 12)),
      fundedEndDate: '',
    });
    expect(r.success && r.data).toMatchObject({
      leaType: 'continuing',
      indicators: ['Discipline', 'Identification'],
      quarterHoursPerIndicator: 90,
      hourlyRateCents: 12050,
      mouDueDate: '2025-04-18',
      fundedEndDate: '2024-06-30',
    });
    const bad = parseSettingsRecord({ hoursPerIndicator: 20.1, hourlyRate: '1.234', timeZone: 'Mars/Base' });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(formatIssues('en', bad.error).map((p) => p.field)).toEqual([
        'Time zone',
        'Funded hours per indicator',
        'Hourly rate',
      ]);
    }
  });
});

describe('menu of services', () => {
  it('has every activity of the four steps with its range in quarter hours', () => {
    expect(ACTIVITIES.map((a) => a.step)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4]);
    expect(activityById('budget').range).toEqual({ min: 4, max: 6 });
    expect(activityById('case-study').range).toEqual({ min: 8, max: 100 });
    expect(activityById('implement-evaluate').range).toBeNull();
    expect(ACTIVITIES.reduce((n, a) => n + a.subtasks.length, 0)).toBe(57);
    for (const a of ACTIVITIES) for (const s of a.subtasks) expect(s.startsWith(`${a.id}.`)).toBe(true);
    expect(fundedScopeNote('en', 'new')).toMatch(/Consolidation of Step 1/);
    expect(fundedScopeNote('es', 'continuing')).toMatch(/Anexo de Continuación/);
  });
});

describe('ledger entries', () => {
  it('derive the CIM step from the activity and read typed hours', () => {
    const e = ledgerEntryInputSchema.parse({
      date: '2024-05-02',
      activityId: 'budget',
      hours: '1.5',
      step: 1,
    });
    expect(e).toMatchObject({ step: 3, quarterHours: 6 });
    expect(ledgerEntrySchema.parse(e)).toEqual(e);
  });

  it('parse sheet rows: labels, shared indicator, Dates; bad rows become findings', () => {
    const ok = parseLedgerRow(
      {
        date: new Date(Date.UTC(2024, 4, 3, 7)),
        activityId: 'Estudio de caso',
        indicator: 'Todos los indicadores (compartido)',
        hours: 2,
      },
      5,
    );
    expect(ok).toEqual({
      ok: expect.objectContaining({
        date: '2024-05-03',
        activityId: 'case-study',
        step: 1,
        quarterHours: 8,
        row: 5,
      }),
    });
    expect('ok' in ok && ok.ok.indicator).toBeUndefined();
    const bad = parseLedgerRow({ date: 'soon', activityId: 'Budget', hours: 0 }, 6, 'en');
    expect('finding' in bad && bad.finding.message).toBe(
      'Row 6 could not be read. Date: Enter a date like 2024-04-19 or 4/19/2024. Hours: Enter at least 0.25 hours.',
    );
  });
});

describe('summarizeLedger', () => {
  const today = '2024-05-15';

  it('with no entries: everything funded is left, nothing beyond', () => {
    const s = summarizeLedger([], twoIndicators, today, 'en');
    expect(s).toMatchObject({
      fundedQuarterHours: 160,
      totalQuarterHours: 0,
      fundedUsedQuarterHours: 0,
      fundedLeftQuarterHours: 160,
      beyondFundedQuarterHours: 0,
      beyondFundedCostCents: 0,
      percentUsed: 0,
      weeklyBurnQuarterHours: 0,
      projectedRunOutDate: null,
      daysToMouDue: -26,
      daysToFundedEnd: 46,
      findings: [],
    });
    expect(s.indicators).toEqual([
      {
        indicator: 'Discipline',
        fundedQuarterHours: 80,
        usedQuarterHours: 0,
        leftQuarterHours: 80,
        overQuarterHours: 0,
      },
      {
        indicator: 'Identification',
        fundedQuarterHours: 80,
        usedQuarterHours: 0,
        leftQuarterHours: 80,
        overQuarterHours: 0,
      },
    ]);
  });

  it('splits a shared entry evenly without losing a quarter hour', () => {
    const s = summarizeLedger(
      [entry(1.25), entry(1, { indicator: 'discipline' })],
      twoIndicators,
      today,
      'en',
    );
    expect(s.indicators.map((i) => i.usedQuarterHours)).toEqual([4 + 3, 2]);
    expect(s.fundedUsedQuarterHours).toBe(9);
  });

  it('with zero indicators nothing is funded: every hour is beyond, and a finding says why', () => {
    const s = summarizeLedger([entry(2)], DEFAULT_SETTINGS, today, 'en');
    expect(s).toMatchObject({
      fundedQuarterHours: 0,
      beyondFundedQuarterHours: 8,
      beyondFundedCostCents: 22000,
      percentUsed: null,
      indicators: [],
    });
    expect(s.findings.map((f) => f.rule)).toEqual(['beyond-funded', 'no-indicators']);
  });

  it('hours exactly at the allotment: 100% used, nothing beyond', () => {
    const entries = [
      entry(20, { indicator: 'Discipline', activityId: 'case-study' }),
      entry(20, { indicator: 'Identification', activityId: 'case-study' }),
    ];
    const s = summarizeLedger(entries, twoIndicators, today, 'en');
    expect(s).toMatchObject({
      fundedUsedQuarterHours: 160,
      fundedLeftQuarterHours: 0,
      beyondFundedQuarterHours: 0,
      percentUsed: 100,
    });
    expect(s.projectedRunOutDate).toBe('2024-05-01');
    expect(s.findings.map((f) => f.rule)).toEqual(['activity-over-range', 'funded-100']);
    expect(s.findings.find((f) => f.rule === 'funded-100')!.fix).toBe(
      'Further hours are contracted at $110.00 per hour; confirm a contract before scheduling more.',
    );
  });

  it('warns at 80%', () => {
    const s = summarizeLedger([entry(32, { activityId: 'case-study' })], twoIndicators, today, 'en');
    expect(s.findings.find((f) => f.rule === 'funded-80')?.message).toBe(
      '80% of the funded TA hours are used; 8 hours left.',
    );
    const below = summarizeLedger([entry(31.75, { activityId: 'case-study' })], twoIndicators, today, 'en');
    expect(below.findings.map((f) => f.rule)).not.toContain('funded-80');
  });

  it('counts hours past the allotment and after the funded end date as beyond-funded, with their cost', () => {
    const entries = [
      entry(25, { activityId: 'case-study', indicator: 'Discipline' }),
      entry(20, { activityId: 'qualitative-data' }),
      entry(1.25, { date: '2024-07-01' }),
    ];
    const s = summarizeLedger(entries, twoIndicators, today, 'en');
    expect(s).toMatchObject({
      totalQuarterHours: 185,
      fundedUsedQuarterHours: 160,
      beyondFundedQuarterHours: 25,
      afterEndQuarterHours: 5,
      beyondFundedCostCents: 68750,
    });
    expect(s.indicators.map((i) => [i.usedQuarterHours, i.leftQuarterHours, i.overQuarterHours])).toEqual([
      [140, 0, 60],
      [40, 40, 0],
    ]);
    const rules = s.findings.map((f) => [f.severity, f.rule]);
    expect(rules).toEqual([
      ['warning', 'activity-over-range'],
      ['warning', 'beyond-funded'],
      ['warning', 'funded-100'],
      ['info', 'after-funded-end'],
    ]);
    expect(s.findings[1]!.message).toBe('6.25 hours beyond the funded hours, costing $687.50.');
    expect(summarizeLedger(entries, twoIndicators, today, 'es').findings[1]!.message).toBe(
      '6.25 horas por encima de las horas financiadas, con un costo de $687.50.',
    );
  });

  it('compares each activity with its menu range', () => {
    const s = summarizeLedger(
      [entry(1.5, { activityId: 'budget' }), entry(0.25, { activityId: 'budget' })],
      twoIndicators,
      today,
      'en',
    );
    expect(s.activities).toEqual([
      { activityId: 'budget', step: 3, quarterHours: 7, range: { min: 4, max: 6 }, rangeStatus: 'over' },
    ]);
    expect(s.findings.find((f) => f.rule === 'activity-over-range')?.message).toBe(
      "“Budget”: 1.75 hours, more than the menu's maximum of 1.5 hours.",
    );
  });

  it('tells a new LEA logging Step 2+ work, but not a continuing one', () => {
    const entries = [entry(2, { activityId: 'root-cause-analysis' })];
    expect(summarizeLedger(entries, twoIndicators, today, 'en').findings.map((f) => f.rule)).toContain(
      'new-lea-later-step',
    );
    const continuing = { ...twoIndicators, leaType: 'continuing' as const };
    expect(summarizeLedger(entries, continuing, today, 'en').findings.map((f) => f.rule)).not.toContain(
      'new-lea-later-step',
    );
  });

  it('flags an indicator that is not in settings and shares its hours', () => {
    const s = summarizeLedger([entry(1, { indicator: 'Placement' })], twoIndicators, today, 'en');
    expect(s.indicators.map((i) => i.usedQuarterHours)).toEqual([2, 2]);
    expect(s.findings.filter((f) => f.rule === 'unknown-indicator')).toEqual([
      expect.objectContaining({ severity: 'warning', indicator: 'Placement' }),
    ]);
  });

  it('computes the weekly burn rate, projected run-out, and warns when funded hours will go unused', () => {
    // 8 hours over the 2 weeks from May 2 to May 15: 4 hours (16 quarters) a week.
    const entries = [
      entry(4, { date: '2024-05-02' }),
      entry(4, { date: '2024-05-09', activityId: 'partners-meetings' }),
    ];
    const s = summarizeLedger(entries, twoIndicators, today, 'en');
    expect(s.weeklyBurnQuarterHours).toBe(16);
    // 32 hours left at 4 a week: 8 weeks, after the funded end date.
    expect(s.projectedRunOutDate).toBe('2024-07-10');
    expect(s.burnDown).toEqual([
      { date: '2024-05-02', fundedLeftQuarterHours: 144 },
      { date: '2024-05-09', fundedLeftQuarterHours: 128 },
    ]);
    // The 46 days to June 30 at that pace use floor(32 * 46 / 14) = 105 of the 128 quarters left: 23 unused.
    expect(s.findings.find((f) => f.rule === 'burn-slow')?.message).toBe(
      'At the current pace, 5.75 hours of funded TA will be unused on June 30, 2024.',
    );
  });

  it('does not depend on entry order', () => {
    const entries = [
      entry(3),
      entry(1, { indicator: 'Identification' }),
      entry(2.5, { date: '2024-04-01', activityId: 'budget' }),
    ];
    const a = summarizeLedger(entries, twoIndicators, today, 'en');
    const b = summarizeLedger([...entries].reverse(), twoIndicators, today, 'en');
    expect(b).toEqual(a);
  });
});

describe('planMou', () => {
  it('totals the agreed hours and splits them into funded and contracted', () => {
    const plan = planMou(
      [
        { activityId: 'case-study', quarterHours: 100 },
        { activityId: 'cim-team-meetings', quarterHours: 16 },
        { activityId: 'qualitative-data', quarterHours: 48 },
        { activityId: 'cim-team-meetings', quarterHours: 0 },
        { activityId: 'budget', quarterHours: 2 },
      ],
      twoIndicators,
      'en',
    );
    expect(plan).toMatchObject({
      totalQuarterHours: 166,
      fundedQuarterHours: 160,
      coveredQuarterHours: 160,
      extraQuarterHours: 6,
      extraCostCents: 16500,
    });
    expect(plan.items.map((i) => i.activityId)).toEqual([
      'cim-team-meetings',
      'qualitative-data',
      'case-study',
      'budget',
    ]);
    expect(plan.findings.map((f) => [f.severity, f.rule])).toEqual([
      ['info', 'activity-under-range'],
      ['info', 'beyond-funded'],
      ['info', 'new-lea-later-step'],
    ]);
  });

  it('an empty plan within zero indicators costs nothing', () => {
    expect(planMou([], DEFAULT_SETTINGS, 'es')).toMatchObject({
      totalQuarterHours: 0,
      extraQuarterHours: 0,
      extraCostCents: 0,
    });
  });
});

describe('what a new entry will cost before it is saved', () => {
  const funding = { fundedEndDate: '2026-06-30', fundedLeftQuarterHours: 4, hourlyRateCents: 11_000 };
  test('nothing while the funded hours left cover it', () => {
    expect(entryFunding({ date: '2026-06-30', quarterHours: 4 }, funding)).toEqual({
      beyondQuarterHours: 0,
      costCents: 0,
      reason: null,
    });
  });
  test('the part beyond the hours left', () => {
    expect(entryFunding({ date: '2026-05-01', quarterHours: 6 }, funding)).toEqual({
      beyondQuarterHours: 2,
      costCents: 5_500,
      reason: 'funded-used',
    });
  });
  test('all of it when dated after the funded end date', () => {
    expect(entryFunding({ date: '2026-07-01', quarterHours: 3 }, funding)).toEqual({
      beyondQuarterHours: 3,
      costCents: 8_250,
      reason: 'after-funded-end',
    });
  });
});

describe('which entry a user may undo', () => {
  const entry = (id: string, enteredBy?: string, requestId?: string) =>
    ({
      id,
      date: '2026-01-01',
      activityId: 'budget',
      quarterHours: 1,
      step: 3,
      enteredBy,
      requestId,
    }) as LedgerEntry;
  const entries = [entry('TA-1', 'me'), entry('TA-2', 'me', 'r1'), entry('TA-3', 'you', 'r2')];
  test('their last sidebar request, while it is theirs', () => {
    expect(undoableEntry(entries, 'me', 'r1')?.id).toBe('TA-2');
    expect(undoableEntry(entries, 'me', 'r2')).toBeNull();
    expect(undoableEntry(entries, 'me', null)).toBeNull();
    expect(undoableEntry(entries, 'me', 'gone')).toBeNull();
  });
});
