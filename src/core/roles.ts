/**
 * The Educational Partners Group roles from the Sig Dis establishment handout. Labels live in the catalog
 * (`role.<id>`); this file holds what the rules need: level, minimum count and constraints.
 */
import * as z from 'zod/mini';
import type { Lang } from './i18n/catalog';
import { t } from './i18n/i18n';

export type RoleLevel = 'required' | 'recommended' | 'optional';
type HintId = 'designee' | 'similar' | 'teachers' | 'parents' | 'community' | 'other';

interface RoleSpec<Id extends string> {
  id: Id;
  level: RoleLevel;
  /** Members needed for the role to count as filled; "(s)" roles need one but welcome more. */
  min: number;
  /** Why the label's "(or Designee)", "(or Similar)", "(s)" or constraint matters. */
  hint?: HintId;
  /** Teachers are chosen for the grade levels where the disproportionality shows. */
  teacher?: boolean;
  /** How serious it is for a district employee to hold the role. */
  districtEmployee?: 'error' | 'warning';
}

const ROLE_DATA = [
  { id: 'superintendent', level: 'required', min: 1, hint: 'designee' },
  { id: 'cabinet-gen-ed', level: 'required', min: 1 },
  { id: 'cabinet-sped', level: 'required', min: 1 },
  { id: 'director-curriculum', level: 'required', min: 1, hint: 'similar' },
  { id: 'selpa-director', level: 'required', min: 1, hint: 'designee' },
  { id: 'director-assessment', level: 'required', min: 1, hint: 'similar' },
  { id: 'teacher-gen-ed', level: 'required', min: 1, hint: 'teachers', teacher: true },
  { id: 'teacher-sped', level: 'required', min: 1, hint: 'teachers', teacher: true },
  { id: 'parent-guardian', level: 'required', min: 2, hint: 'parents', districtEmployee: 'error' },
  { id: 'community-rep', level: 'required', min: 1, hint: 'community', districtEmployee: 'warning' },
  { id: 'fiscal-services', level: 'required', min: 1 },
  { id: 'principal', level: 'recommended', min: 1 },
  { id: 'hr-admin', level: 'recommended', min: 1 },
  { id: 'bargaining-unit', level: 'recommended', min: 1 },
  { id: 'other', level: 'optional', min: 0, hint: 'other' },
] as const satisfies readonly RoleSpec<string>[];

export type RoleId = (typeof ROLE_DATA)[number]['id'];
export type Role = RoleSpec<RoleId>;
export const ROLES: readonly Role[] = ROLE_DATA;
export const ROLE_IDS: readonly RoleId[] = ROLES.map((r) => r.id);
export const roleIdSchema = z.enum(ROLE_IDS as [RoleId, ...RoleId[]]);

const roleIndex = new Map(ROLES.map((r) => [r.id, r]));
export function roleById(id: RoleId): Role {
  return roleIndex.get(id)!;
}

export function roleLabel(lang: Lang, id: RoleId): string {
  return t(lang, `role.${id}`);
}

export function roleHint(lang: Lang, id: RoleId): string | undefined {
  const hint = roleById(id).hint;
  return hint && t(lang, `role.hint.${hint}`);
}

/** The stakeholder guide's departments and external member types, offered when someone picks "Other". */
const OTHER_ROLE_SUGGESTIONS = {
  internal: [
    'human-resources',
    'curriculum-instruction',
    'professional-development',
    'cabinet',
    'site-level',
    'bargaining-unit',
    'state-federal-programs',
    'calpads',
    'assessment',
    'special-education',
    'beginning-teacher-support',
    'english-learner',
    'early-education',
  ],
  external: ['parents', 'students', 'community-leaders', 'advocacy-groups', 'higher-education'],
} as const;

export type SuggestionGroup = keyof typeof OTHER_ROLE_SUGGESTIONS;

/** Suggestions for "Other", grouped and labelled in the reader's language. */
export function otherRoleSuggestions(lang: Lang): { group: string; items: string[] }[] {
  return (Object.keys(OTHER_ROLE_SUGGESTIONS) as SuggestionGroup[]).map((group) => ({
    group: t(lang, `suggest.${group}`),
    items: OTHER_ROLE_SUGGESTIONS[group].map((id) => t(lang, `suggest.${id}`)),
  }));
}
