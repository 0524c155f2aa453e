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
const SAME_IN_BOTH = new Set(['value.no', 'error.field']);

/** Sample parameters for every parameter name a message function uses. */
const SAMPLE: Record<string, unknown> = {
  lea: 'Distrito Escolar Unificado de Ejemplo',
  field: 'Email',
  problem: 'Required',
  n: 1.25,
  min: '1',
  max: '4',
  options: 'a, b',
  row: 7,
  problems: 'Name: required.',
  role: 'Community Representatives',
  needed: 2,
  selected: 1,
  confirmed: 0,
  more: 1,
  name: 'María José Pérez',
  group: 'Black or African American',
  email: 'maria@',
  phone: '555',
  other: 'row 3',
  text: '1.25',
  percent: 85,
  left: '3 hours',
  rate: '$110.00',
  hours: '2 hours',
  cost: '$220.00',
  count: 2,
  date: 'June 30, 2024',
  activity: 'Budget',
  indicator: 'Discipline',
  days: 12,
  members: 30,
  errors: 2,
  warnings: 3,
  of: 20,
  minutes: 45,
  version: 1,
};

/** Parameters other modules add later get a neutral text sample. */
const SAMPLE_PARAMS = new Proxy(SAMPLE, {
  get: (target, name) => (name in target ? target[name as string] : 'Sample'),
});

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

  it.each(Object.keys(en).filter((k) => typeof en[k as keyof typeof en] === 'function'))(
    '%s renders in both languages',
    (key) => {
      for (const catalog of [en, es]) {
        const message = catalog[key as keyof typeof en] as (p: Record<string, unknown>) => string;
        const text = message(SAMPLE_PARAMS);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
        expect(text.length).toBeGreaterThan(0);
      }
      if (!SAME_IN_BOTH.has(key)) {
        expect((en[key as keyof typeof en] as (p: unknown) => string)(SAMPLE_PARAMS)).not.toEqual(
          (es[key as keyof typeof es] as (p: unknown) => string)(SAMPLE_PARAMS),
        );
      }
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

describe('formatting', () => {
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
