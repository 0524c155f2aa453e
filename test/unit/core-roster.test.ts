import {
  checkRosterRows,
  coverage,
  DEFAULT_SETTINGS,
  type Finding,
  formatIssues,
  type Member,
  memberSchema,
  parseMemberRow,
  ROLE_IDS,
  ROLES,
  type RoleId,
  rosterSummary,
  type Settings,
  settingsSchema,
  validateRoster,
} from '../../src/core';

const settings: Settings = settingsSchema.parse({ studentGroupsMostAffected: ['Black or African American'] });

let seq = 0;
function member(roles: RoleId[], extra: Partial<Member> = {}): Member {
  seq++;
  return memberSchema.parse({
    id: `m${seq}`,
    row: seq + 1,
    name: `Person ${seq}`,
    roles,
    email: `p${seq}@example.org`,
    phone: '(555) 123-4567',
    preferredLanguage: 'en',
    status: 'accepted',
    gradeLevel: roles.some((r) => r.startsWith('teacher')) ? '3-5' : undefined,
    studentGroups: roles.includes('parent-guardian') ? ['Black or African American'] : [],
    ...extra,
  });
}

/** Every required and recommended role filled and confirmed, two parents. */
function fullRoster(): Member[] {
  return ROLES.filter((r) => r.level !== 'optional').flatMap((r) =>
    r.id === 'parent-guardian' ? [member([r.id]), member([r.id])] : [member([r.id])],
  );
}

const rules = (findings: Finding[]) => findings.map((f) => f.rule);

describe('role catalog', () => {
  it('has the handout’s fifteen roles: eleven required, three recommended, one optional', () => {
    expect(ROLES).toHaveLength(15);
    expect(ROLES.filter((r) => r.level === 'required')).toHaveLength(11);
    expect(ROLES.filter((r) => r.level === 'recommended')).toHaveLength(3);
    expect(ROLES.filter((r) => r.level === 'optional').map((r) => r.id)).toEqual(['other']);
    expect(ROLES.find((r) => r.id === 'parent-guardian')?.min).toBe(2);
  });
});

describe('validateRoster', () => {
  it('a complete, confirmed roster has no findings', () => {
    expect(validateRoster(fullRoster(), settings, 'en')).toEqual([]);
  });

  it('an empty roster misses every required role (error) and every recommended one (info)', () => {
    const findings = validateRoster([], settings, 'en');
    expect(findings.filter((f) => f.rule === 'role-missing')).toHaveLength(11);
    expect(findings.filter((f) => f.rule === 'recommended-missing')).toHaveLength(3);
    expect(findings.filter((f) => f.rule === 'student-group-unrepresented')).toHaveLength(1);
    expect(findings.map((f) => f.severity)).toEqual([...findings.map((f) => f.severity)].sort(bySeverity));
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'role-missing', roleId: 'superintendent' });
    expect(findings[0]!.message).toBe(
      'No one is selected for the required role “Superintendent (or Designee)”.',
    );
  });

  it('counts a required role twice: selected and confirmed', () => {
    const roster = fullRoster().map((m) =>
      m.roles[0] === 'superintendent' ? { ...m, status: 'invited' as const } : m,
    );
    const findings = validateRoster(roster, settings, 'en');
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'role-unconfirmed', roleId: 'superintendent' }),
    ]);
    expect(coverage(roster)[0]).toEqual({
      roleId: 'superintendent',
      level: 'required',
      needed: 1,
      selected: 1,
      confirmed: 0,
      status: 'selected',
    });
  });

  it('declined and withdrawn members do not fill a role', () => {
    const roster = fullRoster().map((m) =>
      m.roles[0] === 'fiscal-services' ? { ...m, status: 'declined' as const } : m,
    );
    expect(rules(validateRoster(roster, settings, 'en'))).toEqual(['role-missing']);
  });

  it('needs at least two parents or guardians', () => {
    const roster = fullRoster();
    const oneParent = roster.filter((m) => m !== roster.find((x) => x.roles[0] === 'parent-guardian'));
    const findings = validateRoster(oneParent, settings, 'en');
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', rule: 'role-too-few' })]);
    expect(findings[0]!.fix).toBe('Invite 1 more person for this role.');
    expect(validateRoster(oneParent, settings, 'es')[0]!.fix).toBe(
      'Invite a 1 persona más para esta función.',
    );
  });

  it('a parent who is a district employee is an error; a community representative, a warning', () => {
    const roster = fullRoster().map((m) =>
      m.roles[0] === 'parent-guardian' || m.roles[0] === 'community-rep'
        ? { ...m, districtEmployee: true }
        : m,
    );
    const findings = validateRoster(roster, settings, 'en');
    expect(findings.filter((f) => f.rule === 'parent-is-employee').map((f) => f.severity)).toEqual([
      'error',
      'error',
    ]);
    expect(findings.filter((f) => f.rule === 'community-is-employee').map((f) => f.severity)).toEqual([
      'warning',
    ]);
  });

  it('a member with two roles fills both, and is checked under each', () => {
    const roster = fullRoster().filter((m) => m.roles[0] !== 'community-rep');
    const parent = roster.find((m) => m.roles[0] === 'parent-guardian')!;
    parent.roles = ['parent-guardian', 'community-rep'];
    expect(validateRoster(roster, settings, 'en')).toEqual([]);
    const cov = coverage(roster);
    expect(cov.find((c) => c.roleId === 'community-rep')).toMatchObject({
      selected: 1,
      confirmed: 1,
      status: 'confirmed',
    });
    parent.districtEmployee = true;
    // Still a community representative (a warning), but no longer counted as a parent: too few parents.
    expect(rules(validateRoster(roster, settings, 'en'))).toEqual([
      'parent-is-employee',
      'role-too-few',
      'community-is-employee',
    ]);
    expect(coverage(roster).find((c) => c.roleId === 'community-rep')).toMatchObject({ confirmed: 1 });
  });

  it('a parent/guardian who is a district employee does not count toward the role', () => {
    const roster = fullRoster();
    const parents = roster.filter((m) => m.roles.includes('parent-guardian'));
    const before = coverage(roster).find((c) => c.roleId === 'parent-guardian')!;
    parents[0]!.districtEmployee = true;
    const after = coverage(roster).find((c) => c.roleId === 'parent-guardian')!;
    expect(after.selected).toBe(before.selected - 1);
    expect(after.confirmed).toBe(before.confirmed - (parents[0]!.status === 'accepted' ? 1 : 0));
    expect(rosterSummary(coverage(roster)).eligibleParentsConfirmed).toBe(after.confirmed);
  });

  it('sums up required roles confirmed, eligible parents, what is missing and what is suggested', () => {
    const roster = fullRoster().filter(
      (m) => !m.roles.includes('principal') && !m.roles.includes('fiscal-services'),
    );
    const summary = rosterSummary(coverage(roster));
    expect(summary).toMatchObject({ requiredTotal: 11, requiredConfirmed: 10, parentsNeeded: 2 });
    expect(summary.missing).toEqual(['fiscal-services']);
    expect(summary.suggested).toEqual(['principal']);
    expect(coverage(roster).find((c) => c.roleId === 'principal')!.status).toBe('suggested');
  });

  it('a most-affected student group nobody represents is an error', () => {
    const withTwoGroups = {
      ...settings,
      studentGroupsMostAffected: ['Black or African American', 'Students with Disabilities'],
    };
    const findings = validateRoster(fullRoster(), withTwoGroups, 'en');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'student-group-unrepresented',
        message:
          'No member represents “Students with Disabilities”, one of the student groups most affected.',
      }),
    ]);
  });

  it('student groups match without case or accents', () => {
    const roster = fullRoster();
    roster[0]!.studentGroups = ['  black or  AFRICAN american '];
    for (const m of roster.filter((x) => x.roles[0] === 'parent-guardian')) m.studentGroups = [];
    expect(validateRoster(roster, settings, 'en')).toEqual([]);
  });

  it('checks contact details only of people who must be contacted', () => {
    const roster = fullRoster();
    const [a, b, c, d, e] = roster;
    Object.assign(a!, { email: undefined, phone: undefined });
    Object.assign(b!, { email: undefined });
    Object.assign(c!, { email: 'not-an-email' });
    Object.assign(d!, { phone: '555-1234' });
    Object.assign(e!, { email: undefined, phone: undefined, status: 'withdrawn', roles: ['other'] });
    const findings = validateRoster(roster, settings, 'en').filter((f) => f.memberId);
    expect(findings.map((f) => [f.rule, f.severity, f.memberId])).toEqual([
      ['contact-missing', 'warning', a!.id],
      ['email-invalid', 'warning', c!.id],
      ['phone-invalid', 'warning', d!.id],
      ['email-missing', 'info', b!.id],
    ]);
  });

  it('accepts US, extension and international phone numbers', () => {
    const roster = fullRoster();
    roster[0]!.phone = '1-555-123-4567 ext. 12';
    roster[1]!.phone = '+52 55 1234 5678';
    roster[2]!.phone = '5551234567';
    expect(validateRoster(roster, settings, 'en')).toEqual([]);
  });

  it('finds the same person twice by name (no case, accents, extra spaces) or email (no case)', () => {
    const roster = fullRoster();
    roster[0]!.name = 'María  José Pérez';
    roster[1]!.name = 'maria jose perez';
    roster[3]!.email = roster[2]!.email!.toUpperCase();
    const findings = validateRoster(roster, settings, 'en');
    expect(findings.map((f) => [f.rule, f.memberId])).toEqual([
      ['duplicate-member', roster[1]!.id],
      ['duplicate-member', roster[3]!.id],
    ]);
    expect(findings[0]!.message).toBe(
      `maria jose perez appears more than once (same person as row ${roster[0]!.row}).`,
    );
  });

  it('needs each selected member’s preferred language, and a name for "other"', () => {
    const roster = fullRoster();
    roster[0]!.preferredLanguage = undefined;
    roster[1]!.preferredLanguage = 'other';
    roster[2]!.preferredLanguage = 'other';
    roster[2]!.preferredLanguageOther = 'Tagalog';
    expect(rules(validateRoster(roster, settings, 'en'))).toEqual(['language-unknown', 'language-unknown']);
  });

  it('needs a grade level for teachers', () => {
    const roster = fullRoster();
    const teacher = roster.find((m) => m.roles[0] === 'teacher-sped')!;
    teacher.gradeLevel = undefined;
    expect(validateRoster(roster, settings, 'en')).toEqual([
      expect.objectContaining({ rule: 'grade-level-missing', roleId: 'teacher-sped', memberId: teacher.id }),
    ]);
  });

  it('speaks Spanish to a Spanish reader', () => {
    const [first] = validateRoster([], settings, 'es');
    expect(first!.message).toBe(
      'Nadie ha sido seleccionado para la función obligatoria «Superintendente (o la persona que designe)».',
    );
  });
});

describe('parseMemberRow', () => {
  it('reads sheet values: labels in either language, Yes/Sí/TRUE, Dates, numbers, blanks', () => {
    const result = parseMemberRow(
      {
        id: '',
        name: '  Ana Ruiz ',
        roles:
          'Padres de familia o tutores – varios (representación diversa, que no sean empleados del distrito); community-rep',
        email: 'ana@example.org',
        phone: 5551234567,
        preferredLanguage: 'Español',
        districtEmployee: 'No',
        studentGroups: 'Black or African American;\nEnglish Learners',
        status: 'Aceptó',
        invitedOn: new Date(Date.UTC(2024, 2, 1, 8)),
        respondedOn: '3/5/2024',
        notes: '',
      },
      9,
    );
    expect(result).toEqual({
      ok: expect.objectContaining({
        id: 'row-9',
        row: 9,
        name: 'Ana Ruiz',
        roles: ['parent-guardian', 'community-rep'],
        phone: '5551234567',
        preferredLanguage: 'es',
        districtEmployee: false,
        studentGroups: ['Black or African American', 'English Learners'],
        status: 'accepted',
        invitedOn: '2024-03-01',
        respondedOn: '2024-03-05',
      }),
    });
    expect('ok' in result && result.ok.notes).toBeUndefined();
  });

  it('reads yes in its spellings and a language by name', () => {
    for (const yes of ['Yes', 'Sí', 'si', 'TRUE', true]) {
      const r = parseMemberRow(
        { name: 'A', roles: 'principal', districtEmployee: yes, preferredLanguage: 'Vietnamese' },
        2,
      );
      expect(r).toEqual({
        ok: expect.objectContaining({
          districtEmployee: true,
          preferredLanguage: 'other',
          preferredLanguageOther: 'Vietnamese',
        }),
      });
    }
  });

  it('turns a row that does not fit into a finding naming each field and the fix, in the reader’s language', () => {
    const r = parseMemberRow(
      { name: '', roles: 'Janitor', status: 'maybe', invitedOn: '2024-02-30' },
      4,
      'es',
    );
    expect(r).toEqual({
      finding: expect.objectContaining({ severity: 'error', rule: 'row-invalid', row: 4 }),
    });
    const message = 'finding' in r ? r.finding.message : '';
    expect(message).toContain('No se pudo leer la fila 4.');
    expect(message).toContain('Nombre: Este dato es obligatorio.');
    expect(message).toContain('Función: Elija un valor de la lista.');
    expect(message).toContain('Estado: Elija una de estas opciones: Propuesto, Invitado, Aceptó');
    expect(message).toContain('Fecha de invitación: Escriba una fecha');
  });

  it('formatIssues names the field in English too', () => {
    const result = memberSchema.safeParse({ id: 'x', name: 'A', roles: [], districtEmployee: 'maybe' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(formatIssues('en', result.error)).toEqual([
        { key: 'roles', field: 'Role', message: 'Choose at least one.' },
        { key: 'districtEmployee', field: 'District employee', message: 'Enter Yes or No.' },
      ]);
    }
  });

  it('checkRosterRows combines unreadable rows with the roster rules', () => {
    const check = checkRosterRows(
      [{ name: 'A', roles: 'superintendent', email: 'a@b.org', preferredLanguage: 'en' }, { roles: 'x' }],
      DEFAULT_SETTINGS,
      'en',
    );
    expect(check.members).toHaveLength(1);
    expect(check.findings.filter((f) => f.rule === 'row-invalid')).toEqual([
      expect.objectContaining({ row: 3 }),
    ]);
    expect(check.coverage.find((c) => c.roleId === 'superintendent')?.status).toBe('selected');
    expect(ROLE_IDS).toHaveLength(check.coverage.length);
  });
});

function bySeverity(a: string, b: string): number {
  const rank = ['error', 'warning', 'info'];
  return rank.indexOf(a) - rank.indexOf(b);
}
