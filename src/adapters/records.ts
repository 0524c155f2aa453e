/** Domain objects as the rows of the workbook's tabs show them: labels in the workbook's language. */
import type { Lang } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import type { LedgerEntry } from '../core/ledger';
import type { Meeting } from '../core/meeting';
import type { Member } from '../core/member';
import { activityById, activityLabel, stepLabel } from '../core/services-menu';
import type { MeetingsKey, PartnersKey, RowValues, TaLogKey } from '../core/workbook/tabs';

export function memberRecord(workbookLang: Lang, member: Omit<Member, 'row'>): RowValues<PartnersKey> {
  const [role, role2] = member.roles.map((r) => t(workbookLang, `role.${r}`));
  return {
    ...member,
    role,
    role2,
    preferredLanguage: member.preferredLanguage && t(workbookLang, `lang.${member.preferredLanguage}`),
    affiliation: member.affiliation && t(workbookLang, `affiliation.${member.affiliation}`),
    status: t(workbookLang, `status.${member.status}`),
    studentGroups: member.studentGroups.join('; '),
  };
}

export function meetingRecord(workbookLang: Lang, meeting: Omit<Meeting, 'row'>): RowValues<MeetingsKey> {
  return {
    ...meeting,
    activityId: meeting.activityId && activityLabel(workbookLang, meeting.activityId),
    status: t(workbookLang, `meeting.${meeting.status}`),
    agendaLanguage: meeting.agendaLanguage && t(workbookLang, `agenda-lang.${meeting.agendaLanguage}`),
  };
}

export function ledgerRecord(
  workbookLang: Lang,
  entry: Omit<LedgerEntry, 'row' | 'step'>,
): RowValues<TaLogKey> {
  return {
    ...entry,
    indicator: entry.indicator ?? t(workbookLang, 'ledger.shared'),
    step: stepLabel(workbookLang, activityById(entry.activityId).step),
    activityId: activityLabel(workbookLang, entry.activityId),
    hours: entry.quarterHours / 4,
  };
}
