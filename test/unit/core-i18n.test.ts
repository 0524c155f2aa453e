import { renderCatalog } from '../../scripts/catalog';
import {
  ACTIVITIES,
  formatDate,
  formatDateTime,
  formatHours,
  formatMoney,
  isoDateInZone,
  langFromLocale,
  menuForReader,
  otherRoleSuggestions,
  ROLES,
  roleHint,
  t,
} from '../../src/core';
import { en } from '../../src/core/i18n/en';
import { es } from '../../src/core/i18n/es';

/** Spanish strings that are rightly the same as English: names, acronyms and words shared by both languages. */
// Words spelled the same in both languages.
const SAME_IN_BOTH = new Set([
  'value.no',
  'error.field',
  'doc.no',
  'doc.agenda.schedule',
  'doc.report.total',
  // Acronyms the state uses in both languages.
  'sb.help.term.cim',
  'sb.help.term.spptap',
  'sb.help.term.mou',
]);

const CATALOG = renderCatalog();

describe('catalogs', () => {
  it('Spanish has exactly the English keys', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('Spanish translates every string except the allow-listed ones', () => {
    const same = Object.keys(en).filter((key) => {
      const a = en[key as keyof typeof en];
      const b = es[key as keyof typeof es];
      return typeof a === 'string' && a === b && !SAME_IN_BOTH.has(key);
    });
    expect(same).toEqual([]);
  });

  it.each(CATALOG.map((row) => [row.key, row.count, row] as const))(
    '%s (count %s) renders in both languages with no leftover placeholder',
    (key, _count, row) => {
      for (const text of [row.en, row.es]) {
        expect(text).not.toMatch(/undefined|NaN|\[object|\$\{|\{\w+\}|\bnull\b/);
        expect(text.trim().length).toBeGreaterThan(0);
      }
      if (!SAME_IN_BOTH.has(key) && typeof en[key as keyof typeof en] === 'function')
        expect(row.es).not.toEqual(row.en);
    },
  );

  it('every role, hint, activity, sub-task and suggestion has a label in both languages', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const role of ROLES) expect(t(lang, `role.${role.id}`)).toBeTruthy();
      expect(ROLES.filter((r) => roleHint(lang, r.id)).length).toBeGreaterThanOrEqual(8);
      const menu = menuForReader(lang);
      expect(menu.flatMap((s) => s.activities.flatMap((a) => a.subtasks))).toHaveLength(
        ACTIVITIES.reduce((n, a) => n + a.subtasks.length, 0),
      );
      expect(otherRoleSuggestions(lang).flatMap((g) => g.items)).toHaveLength(18);
    }
  });
});

describe('plurals: one mechanism (Intl.PluralRules), agreement in both languages', () => {
  const row = (key: string, count: number) => CATALOG.find((r) => r.key === key && r.count === count)!;

  it('agrees nouns, participles and verbs with the count', () => {
    expect(row('sb.roster.counts', 1).es).toBe('1 seleccionado, 1 confirmado, se necesita 1');
    expect(row('sb.roster.counts', 2).es).toBe('2 seleccionados, 2 confirmados, se necesitan 2');
    expect(row('sb.hours.added', 1).es).toMatch(/^Se agregó 1 hora de /);
    expect(row('sb.hours.added', 2).es).toMatch(/^Se agregaron 2 horas de /);
    expect(row('sb.hours.added', 1).en).toMatch(/^Added 1 hour of /);
    expect(row('sb.meeting.present', 1).es).toBe('1 presente de 1');
    expect(row('rule.role-too-few', 1).es).toMatch(/hay 1 seleccionado\.$/);
    expect(row('sb.hours.daysTo', 0).es).toMatch(/, hoy$/);
  });

  it('the catalog shows each message with a count at 0, 1 and 2', () => {
    const counted = CATALOG.filter((r) => r.key === 'count.members');
    expect(counted.map((r) => [r.count, r.en, r.es])).toEqual([
      [0, '0 members', '0 integrantes'],
      [1, '1 member', '1 integrante'],
      [2, '2 members', '2 integrantes'],
    ]);
  });

  it('writes articles and fixes as instructions in Spanish', () => {
    expect(t('es', 'rule.duplicate-member', { name: 'Ana', other: t('es', 'finding.row', { row: 3 }) })).toBe(
      'Ana aparece más de una vez (es la misma persona que la fila 3).',
    );
    expect(t('es', 'fix.email-invalid')).toContain('debe tener la forma nombre@ejemplo.org');
  });
});

describe('formatting', () => {
  it('reads dates the same way in every style: Spanish day first, English month first', () => {
    for (const style of ['short', 'medium', 'long'] as const) {
      const es = formatDate('es', '2024-04-19', style);
      const enText = formatDate('en', '2024-04-19', style);
      expect(es.indexOf('19')).toBeLessThan(es.search(/4|abr/));
      expect(enText.search(/4|Apr/)).toBeLessThan(enText.indexOf('19'));
    }
  });

  it('formats dates for each reader without shifting the day', () => {
    expect(formatDate('en', '2024-04-19')).toBe('April 19, 2024');
    expect(formatDate('es', '2024-04-19')).toBe('19 de abril de 2024');
  });

  it('finds the LEA date of an instant in its time zone', () => {
    // 2024-07-01 05:30 UTC is still June 30 in California.
    const instant = Date.UTC(2024, 6, 1, 5, 30);
    expect(isoDateInZone(instant, 'America/Los_Angeles')).toBe('2024-06-30');
    expect(isoDateInZone(instant, 'UTC')).toBe('2024-07-01');
    expect(formatDateTime('en', instant, 'America/Los_Angeles')).toMatch(/June 30, 2024.*10:30/);
  });

  it('formats hours and money with plurals and the reader’s separators', () => {
    expect(formatHours('en', 4)).toBe('1 hour');
    expect(formatHours('en', 5)).toBe('1.25 hours');
    expect(formatHours('es', 4)).toBe('1 hora');
    expect(formatHours('es', 6)).toBe('1.5 horas');
    expect(formatMoney('en', 11000)).toBe('$110.00');
    expect(formatMoney('es', 11000)).toMatch(/110\.00/);
  });

  it('reads Spanish locales as Spanish', () => {
    expect(langFromLocale('es_419')).toBe('es');
    expect(langFromLocale('en_US')).toBe('en');
  });
});
