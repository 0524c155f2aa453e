import fc from 'fast-check';
import {
  ACTIVITY_IDS,
  checkRosterRows,
  type LedgerEntry,
  ledgerEntrySchema,
  MEMBER_FIELDS,
  parseMemberRow,
  settingsSchema,
  splitEvenly,
  summarizeLedger,
  validateRoster,
} from '../../src/core';
import { en } from '../../src/core/i18n/en';

const settings = settingsSchema.parse({
  indicators: ['Discipline', 'Identification', 'Placement'],
  studentGroupsMostAffected: ['Black or African American', 'English Learners'],
});

/** Anything a sheet cell could hold, plus the labels and spellings the parser recognizes. */
const cell = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(''),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(
    'Sí',
    'No',
    'TRUE',
    'accepted',
    'Invitado',
    'es',
    'Tagalog',
    'a@b.org',
    '(555) 123-4567',
    '3/5/2024',
  ),
  fc.constantFrom(
    ...Object.keys(en)
      .filter((k) => k.startsWith('role.') && !k.includes('hint'))
      .map((k) => en[k as 'role.other']),
  ),
);
const row = fc.dictionary(fc.constantFrom(...MEMBER_FIELDS, 'junk', '__proto__', 'constructor'), cell);

describe('properties', () => {
  it('reading and checking arbitrary roster rows never throws', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 25 }),
        fc.constantFrom('en' as const, 'es' as const),
        (rows, lang) => {
          const check = checkRosterRows(rows, settings, lang);
          expect(check.members.length + check.findings.filter((f) => f.rule === 'row-invalid').length).toBe(
            rows.length,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('roster findings do not depend on row order', () => {
    const members = fc.array(row, { maxLength: 20 }).map((rows) =>
      rows.flatMap((r, i) => {
        const parsed = parseMemberRow({ ...r, id: `m${i}` }, i + 2);
        return 'ok' in parsed ? [parsed.ok] : [];
      }),
    );
    fc.assert(
      fc.property(members, fc.func(fc.integer()), (list, key) => {
        const shuffled = [...list].sort((a, b) => key(a.id) - key(b.id));
        expect(validateRoster(shuffled, settings, 'en')).toEqual(validateRoster(list, settings, 'en'));
      }),
      { numRuns: 300 },
    );
  });

  const entry: fc.Arbitrary<LedgerEntry> = fc
    .record({
      date: fc
        .integer({ min: 19700, max: 20000 })
        .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10)),
      activityId: fc.constantFrom(...ACTIVITY_IDS),
      quarterHours: fc.integer({ min: 1, max: 60 }),
      indicator: fc.option(fc.constantFrom('Discipline', 'identification', 'Placement', 'Other'), {
        nil: undefined,
      }),
    })
    .map((e) => ledgerEntrySchema.parse(e));

  it('ledger totals equal the sum of the entries, and funded + beyond = total', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
        const s = summarizeLedger(entries, settings, '2024-05-15', 'en');
        const sum = entries.reduce((n, e) => n + e.quarterHours, 0);
        expect(s.totalQuarterHours).toBe(sum);
        expect(s.fundedUsedQuarterHours + s.beyondFundedQuarterHours).toBe(sum);
        const inWindow = entries
          .filter((e) => e.date <= settings.fundedEndDate)
          .reduce((n, e) => n + e.quarterHours, 0);
        expect(s.indicators.reduce((n, i) => n + i.usedQuarterHours, 0)).toBe(inWindow);
        expect(s.activities.reduce((n, a) => n + a.quarterHours, 0)).toBe(sum);
        expect(summarizeLedger([...entries].reverse(), settings, '2024-05-15', 'en')).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('splitting shared hours never loses or creates a quarter hour, and differs by at most one', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 50 }), (quarters, parts) => {
        const shares = splitEvenly(quarters, parts);
        expect(shares).toHaveLength(parts);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(quarters);
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
