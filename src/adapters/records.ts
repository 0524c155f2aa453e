/** Domain objects as the rows of the workbook's tabs show them: labels in the workbook's language. */
import type { Lang } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import type { LedgerEntry } from '../core/ledger';
import type { Meeting } from '../core/meeting';
import type { Member } from '../core/member';
import { activityById, activityLabel, stepLabel } from '../core/services-menu';

type Row = Record<string, unknown>;

export function memberRecord(lang: Lang, member: Omit<Member, 'row'>): Row {
  const [role, role2] = member.roles.map((r) => t(lang, `role.${r}`));
  return {
    ...member,
    role,
    role2,
    preferredLanguage: member.preferredLanguage && t(lang, `lang.${member.preferredLanguage}`),
    affiliation: member.affiliation && t(lang, `affiliation.${member.affiliation}`),
    status: t(lang, `status.${member.status}`),
    studentGroups: member.studentGroups.join('; '),
  };
}

export function meetingRecord(lang: Lang, meeting: Omit<Meeting, 'row'>): Row {
  return {
    ...meeting,
    activityId: meeting.activityId && activityLabel(lang, meeting.activityId),
    status: t(lang, `meeting.${meeting.status}`),
  };
}

export function ledgerRecord(lang: Lang, entry: Omit<LedgerEntry, 'row' | 'step'>, enteredBy: string): Row {
  return {
    ...entry,
    indicator: entry.indicator ?? t(lang, 'ledger.shared'),
    step: stepLabel(lang, activityById(entry.activityId).step),
    activityId: activityLabel(lang, entry.activityId),
    hours: entry.quarterHours / 4,
    enteredBy,
  };
}
