/** The roster rules of the Educational Partners Group handout, as findings a person can act on. */
import { type Finding, sortFindings } from './findings';
import type { Lang } from './i18n/catalog';
import { t } from './i18n/i18n';
import { type Wording, wording } from './i18n/wording';
import { isConfirmed, isSelected, type Member, parseMemberRow } from './member';
import { ROLES, type Role, type RoleId, type RoleLevel, roleById, roleLabel } from './roles';
import type { Settings } from './settings';
import { fold } from './sheet-values';

/** 'suggested': a recommended role no one holds (a suggestion, not a gap the handout requires filled). */
export type CoverageStatus = 'missing' | 'suggested' | 'too-few' | 'selected' | 'confirmed' | 'optional';

export interface RoleCoverage {
  roleId: RoleId;
  level: RoleLevel;
  needed: number;
  /** Members holding the role who have not declined or withdrawn and who qualify for it. */
  selected: number;
  /** Of those, members who accepted. */
  confirmed: number;
  status: CoverageStatus;
}

function coverageStatus(role: Role, selected: number, confirmed: number): CoverageStatus {
  const needed = role.min;
  if (needed === 0) return selected === 0 ? 'optional' : confirmed > 0 ? 'confirmed' : 'selected';
  if (selected === 0) return role.level === 'recommended' ? 'suggested' : 'missing';
  if (selected < needed) return 'too-few';
  return confirmed < needed ? 'selected' : 'confirmed';
}

/** Whether a member counts toward a role: parents/guardians must not be district employees (the handout). */
export function qualifies(member: Pick<Member, 'districtEmployee'>, role: RoleId): boolean {
  return !(roleById(role).districtEmployee === 'error' && member.districtEmployee);
}

/**
 * Per role, in catalog order: how many are needed, selected and confirmed. A member with two roles counts in
 * both; a member counts only toward roles they qualify for.
 */
export function coverage(members: readonly Member[]): RoleCoverage[] {
  const selected = new Map<RoleId, number>();
  const confirmed = new Map<RoleId, number>();
  for (const m of members) {
    if (!isSelected(m.status)) continue;
    for (const role of new Set(m.roles)) {
      if (!qualifies(m, role)) continue;
      selected.set(role, (selected.get(role) ?? 0) + 1);
      if (isConfirmed(m.status)) confirmed.set(role, (confirmed.get(role) ?? 0) + 1);
    }
  }
  return ROLES.map((role) => {
    const s = selected.get(role.id) ?? 0;
    const c = confirmed.get(role.id) ?? 0;
    return {
      roleId: role.id,
      level: role.level,
      needed: role.min,
      selected: s,
      confirmed: c,
      status: coverageStatus(role, s, c),
    };
  });
}

/** The sentence in the reader's language; the role as the workbook's Role column shows it. */
function coverageFindings(cov: RoleCoverage, { reader: lang, workbook }: Wording): Finding[] {
  const role = roleLabel(workbook, cov.roleId);
  const at = { roleId: cov.roleId };
  if (cov.level === 'recommended') {
    return cov.status === 'suggested'
      ? [
          {
            severity: 'info',
            rule: 'recommended-missing',
            ...at,
            message: t(lang, 'rule.recommended-missing', { role }),
            fix: t(lang, 'fix.recommended-missing'),
          },
        ]
      : [];
  }
  if (cov.level !== 'required') return [];
  switch (cov.status) {
    case 'missing':
      return [
        {
          severity: 'error',
          rule: 'role-missing',
          ...at,
          message: t(lang, 'rule.role-missing', { role }),
          fix: t(lang, 'fix.role-missing'),
        },
      ];
    case 'too-few':
      return [
        {
          severity: 'error',
          rule: 'role-too-few',
          ...at,
          message: t(lang, 'rule.role-too-few', { role, needed: cov.needed, selected: cov.selected }),
          fix: t(lang, 'fix.role-too-few', { more: cov.needed - cov.selected }),
        },
      ];
    case 'selected':
      return [
        {
          severity: 'warning',
          rule: 'role-unconfirmed',
          ...at,
          message: t(lang, 'rule.role-unconfirmed', { role, needed: cov.needed, confirmed: cov.confirmed }),
          fix: t(lang, 'fix.role-unconfirmed'),
        },
      ];
    default:
      return [];
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** US numbers (10 digits, optionally a leading 1) or international ones with +; an extension may follow. */
function isValidPhone(phone: string): boolean {
  const main = phone.replace(/\s*(ext\.?|x)\s*\d+\s*$/i, '');
  if (/[^\d\s().+-]/.test(main)) return false;
  const digits = main.replace(/\D/g, '');
  if (main.trim().startsWith('+')) return digits.length >= 8 && digits.length <= 15;
  return digits.length === 10 || (digits.length === 11 && digits.startsWith('1'));
}

export function isValidEmail(email: string): boolean {
  return EMAIL.test(email);
}

function memberFindings(m: Member, { reader: lang, workbook }: Wording): Finding[] {
  const at = { memberId: m.id, ...(m.row === undefined ? {} : { row: m.row }) };
  const name = m.name;
  const out: Finding[] = [];
  for (const roleId of new Set(m.roles)) {
    const severity = roleById(roleId).districtEmployee;
    if (!severity || !m.districtEmployee) continue;
    out.push(
      roleId === 'parent-guardian'
        ? {
            severity,
            rule: 'parent-is-employee',
            roleId,
            ...at,
            message: t(lang, 'rule.parent-is-employee', { name, role: roleLabel(workbook, roleId) }),
            fix: t(lang, 'fix.parent-is-employee'),
          }
        : {
            severity,
            rule: 'community-is-employee',
            roleId,
            ...at,
            message: t(lang, 'rule.community-is-employee', { name, role: roleLabel(workbook, roleId) }),
            fix: t(lang, 'fix.community-is-employee'),
          },
    );
  }
  if (!m.email && !m.phone) {
    out.push({
      severity: 'warning',
      rule: 'contact-missing',
      ...at,
      message: t(lang, 'rule.contact-missing', { name }),
      fix: t(lang, 'fix.contact-missing'),
    });
  } else if (!m.email) {
    out.push({
      severity: 'info',
      rule: 'email-missing',
      ...at,
      message: t(lang, 'rule.email-missing', { name }),
      fix: t(lang, 'fix.email-missing'),
    });
  }
  if (m.email && !isValidEmail(m.email)) {
    out.push({
      severity: 'warning',
      rule: 'email-invalid',
      ...at,
      message: t(lang, 'rule.email-invalid', { name, email: m.email }),
      fix: t(lang, 'fix.email-invalid'),
    });
  }
  if (m.phone && !isValidPhone(m.phone)) {
    out.push({
      severity: 'warning',
      rule: 'phone-invalid',
      ...at,
      message: t(lang, 'rule.phone-invalid', { name, phone: m.phone }),
      fix: t(lang, 'fix.phone-invalid'),
    });
  }
  if (!m.preferredLanguage || (m.preferredLanguage === 'other' && !m.preferredLanguageOther)) {
    out.push({
      severity: 'warning',
      rule: 'language-unknown',
      ...at,
      message: t(lang, 'rule.language-unknown', { name }),
      fix: t(lang, 'fix.language-unknown'),
    });
  }
  const teacherRole = m.roles.find((r) => roleById(r).teacher);
  if (teacherRole && !m.gradeLevel) {
    out.push({
      severity: 'warning',
      rule: 'grade-level-missing',
      roleId: teacherRole,
      ...at,
      message: t(lang, 'rule.grade-level-missing', { name }),
      fix: t(lang, 'fix.grade-level-missing'),
    });
  }
  return out;
}

/** Sheet order first, then id: the earliest row is "the" person and later rows are the duplicates. */
function canonicalOrder(members: readonly Member[]): Member[] {
  return [...members].sort(
    (a, b) =>
      (a.row ?? Number.MAX_SAFE_INTEGER) - (b.row ?? Number.MAX_SAFE_INTEGER) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function duplicateFindings(ordered: readonly Member[], lang: Lang): Finding[] {
  const firstByKey = new Map<string, Member>();
  const out: Finding[] = [];
  for (const m of ordered) {
    const keys = [`name:${fold(m.name)}`, ...(m.email ? [`email:${m.email.trim().toLowerCase()}`] : [])];
    const first = keys.map((k) => firstByKey.get(k)).find((f) => f !== undefined && f !== m);
    if (first) {
      const other = first.row === undefined ? first.id : t(lang, 'finding.row', { row: first.row });
      out.push({
        severity: 'warning',
        rule: 'duplicate-member',
        memberId: m.id,
        ...(m.row === undefined ? {} : { row: m.row }),
        message: t(lang, 'rule.duplicate-member', { name: m.name, other }),
        fix: t(lang, 'fix.duplicate-member'),
      });
    }
    for (const k of keys) if (!firstByKey.has(k)) firstByKey.set(k, m);
  }
  return out;
}

function studentGroupFindings(selected: readonly Member[], settings: Settings, lang: Lang): Finding[] {
  const represented = new Set(selected.flatMap((m) => m.studentGroups.map(fold)));
  return settings.studentGroupsMostAffected
    .filter((group) => !represented.has(fold(group)))
    .map((group) => ({
      severity: 'error' as const,
      rule: 'student-group-unrepresented' as const,
      message: t(lang, 'rule.student-group-unrepresented', { group }),
      fix: t(lang, 'fix.student-group-unrepresented'),
    }));
}

/**
 * Every roster rule, errors first. Declined and withdrawn members count for nothing and need no contact details,
 * but their rows are still checked for duplicates.
 */
export function validateRoster(
  members: readonly Member[],
  settings: Settings,
  voice: Lang | Wording,
): Finding[] {
  const w = wording(voice);
  const lang = w.reader;
  const ordered = canonicalOrder(members);
  const selected = ordered.filter((m) => isSelected(m.status));
  return sortFindings([
    ...coverage(members).flatMap((cov) => coverageFindings(cov, w)),
    ...selected.flatMap((m) => memberFindings(m, w)),
    ...duplicateFindings(ordered, lang),
    ...studentGroupFindings(selected, settings, lang),
  ]);
}

export interface RosterCheck {
  members: Member[];
  findings: Finding[];
  coverage: RoleCoverage[];
}

/** Reads roster rows (first data row is `firstRow`) and checks them: unreadable rows become findings. */
export function checkRosterRows(
  rows: readonly Record<string, unknown>[],
  settings: Settings,
  voice: Lang | Wording,
  /** Each row's sheet row number; by default the rows sit one under the other from row 2. */
  rowNumbers: readonly number[] = rows.map((_, i) => i + 2),
): RosterCheck {
  const members: Member[] = [];
  const rowFindings: Finding[] = [];
  rows.forEach((row, i) => {
    const parsed = parseMemberRow(row, rowNumbers[i] ?? i + 2, voice, settings.timeZone);
    if ('ok' in parsed) members.push(parsed.ok);
    else rowFindings.push(parsed.finding);
  });
  return {
    members,
    findings: sortFindings([...rowFindings, ...validateRoster(members, settings, voice)]),
    coverage: coverage(members),
  };
}

export interface RosterSummary {
  requiredConfirmed: number;
  requiredTotal: number;
  /** Parents/guardians who accepted and are not district employees. */
  eligibleParentsConfirmed: number;
  parentsNeeded: number;
  /** Required roles not yet confirmed, in catalog order. */
  missing: RoleId[];
  /** Recommended roles no one holds. */
  suggested: RoleId[];
}

/** The line a coordinator can show the state: required roles confirmed, eligible parents, what is missing. */
export function rosterSummary(rows: readonly RoleCoverage[]): RosterSummary {
  const required = rows.filter((r) => r.level === 'required');
  const parents = rows.find((r) => r.roleId === 'parent-guardian')!;
  return {
    requiredConfirmed: required.filter((r) => r.status === 'confirmed').length,
    requiredTotal: required.length,
    eligibleParentsConfirmed: parents.confirmed,
    parentsNeeded: parents.needed,
    missing: required.filter((r) => r.status !== 'confirmed').map((r) => r.roleId),
    suggested: rows.filter((r) => r.status === 'suggested').map((r) => r.roleId),
  };
}
