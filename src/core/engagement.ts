/**
 * Engagement by stakeholder group across a meeting series, the measure the Community Engagement Initiative asks
 * for: of the members of each group who were invited, the share who attended each meeting held. The workbook's
 * Engagement tab computes the same figures with formulas; the report and the sidebar use these.
 */
import type { Meeting } from './meeting';
import { isSelected, type Member, type MemberStatus } from './member';
import type { RoleId } from './roles';

export const STAKEHOLDER_GROUPS = ['families', 'community', 'teachers', 'site', 'district', 'other'] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];

/** Each role of the handout in one group; a member counts in the group of their first (primary) role. */
export const GROUP_ROLES: Record<StakeholderGroup, readonly RoleId[]> = {
  families: ['parent-guardian'],
  community: ['community-rep'],
  teachers: ['teacher-gen-ed', 'teacher-sped', 'bargaining-unit'],
  site: ['principal'],
  district: [
    'superintendent',
    'cabinet-gen-ed',
    'cabinet-sped',
    'director-curriculum',
    'selpa-director',
    'director-assessment',
    'fiscal-services',
    'hr-admin',
  ],
  other: ['other'],
};

export function groupOf(member: Pick<Member, 'roles'>): StakeholderGroup {
  const role = member.roles[0];
  return STAKEHOLDER_GROUPS.find((g) => GROUP_ROLES[g].includes(role!)) ?? 'other';
}

/** Invited: asked to take part and not declined or withdrawn (proposed members were not asked yet). */
export const INVITED_STATUSES: readonly MemberStatus[] = ['invited', 'accepted', 'no-response'];
function isInvited(status: MemberStatus): boolean {
  return isSelected(status) && INVITED_STATUSES.includes(status);
}

export interface GroupEngagement {
  group: StakeholderGroup;
  invited: number;
  /** Per meeting held, in date order: invited members of the group marked present. */
  attended: number[];
  /** attended / invited per meeting; null when the group has nobody invited. */
  rates: (number | null)[];
}

export interface Engagement {
  meetings: Pick<Meeting, 'id' | 'date' | 'title'>[];
  groups: GroupEngagement[];
  /** All groups together, per meeting. */
  invited: number;
  attended: number[];
  rates: (number | null)[];
}

const rate = (attended: number, invited: number): number | null =>
  invited === 0 ? null : attended / invited;

/** Meetings held, in date order, with who was present at each (member ids). */
export function measureEngagement(
  members: readonly Member[],
  meetings: readonly Meeting[],
  present: (meetingId: string) => ReadonlySet<string>,
): Engagement {
  const held = meetings.filter((m) => m.status === 'held').sort((a, b) => a.date.localeCompare(b.date));
  const invited = members.filter((m) => isInvited(m.status));
  const attendedBy = (list: readonly Member[]) =>
    held.map((meeting) => {
      const here = present(meeting.id);
      return list.filter((m) => here.has(m.id)).length;
    });
  const groups = STAKEHOLDER_GROUPS.map((group) => {
    const list = invited.filter((m) => groupOf(m) === group);
    const attended = attendedBy(list);
    return { group, invited: list.length, attended, rates: attended.map((n) => rate(n, list.length)) };
  });
  const attended = attendedBy(invited);
  return {
    meetings: held.map(({ id, date, title }) => ({ id, date, title })),
    groups,
    invited: invited.length,
    attended,
    rates: attended.map((n) => rate(n, invited.length)),
  };
}
