/**
 * The group's report for the state: purpose, members by role (the handout's fifteen roles in its order),
 * coverage, meetings held with attendance, engagement by stakeholder group across the series, and TA hours
 * against the funded allotment. Figures come from the same core functions as the sidebar and the workbook.
 */
import { formatDate, INTL_LOCALE, type IsoDate } from '../dates';
import type { Engagement } from '../engagement';
import type { Lang } from '../i18n/catalog';
import { t } from '../i18n/i18n';
import type { LedgerSummary } from '../ledger';
import type { Member } from '../member';
import { formatMoney } from '../money';
import { formatHours } from '../quarter-hours';
import { ROLES, roleLabel } from '../roles';
import { coverage, qualifies } from '../roster';
import type { Settings } from '../settings';
import type { DocModel } from './document';

export function formatPercent(lang: Lang, share: number | null): string {
  return share === null
    ? '—'
    : new Intl.NumberFormat(INTL_LOCALE[lang], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export interface ReportInput {
  settings: Settings;
  members: readonly Member[];
  engagement: Engagement;
  ledger: LedgerSummary;
  today: IsoDate;
}

function memberRows(input: ReportInput, lang: Lang): string[][] {
  const yes = t(lang, 'doc.yes');
  const no = t(lang, 'doc.no');
  return ROLES.flatMap((role) => {
    const level = t(lang, `doc.level.${role.level}`);
    const holders = input.members.filter((m) => m.roles.includes(role.id));
    if (holders.length === 0) return [[roleLabel(lang, role.id), level, '—', '—', '—']];
    return holders.map((m) => [
      roleLabel(lang, role.id),
      level,
      m.name,
      t(lang, `status.${m.status}`),
      qualifies(m, role.id) ? yes : no,
    ]);
  });
}

export function reportDoc(input: ReportInput, lang: Lang): DocModel {
  const { settings, engagement, ledger } = input;
  const meetingLabel = (m: { date: string; title: string }) =>
    `${formatDate(lang, m.date, 'medium')} · ${m.title}`;
  const share = (attended: number, invited: number, rate: number | null) =>
    `${attended}/${invited} (${formatPercent(lang, rate)})`;
  return {
    name: t(lang, 'doc.report.fileName', { lea: settings.leaName, date: input.today }),
    blocks: [
      { kind: 'title', text: t(lang, 'doc.report.title') },
      {
        kind: 'paragraph',
        text: t(lang, 'doc.report.subtitle', {
          lea: settings.leaName,
          cycle: settings.cycleYear ?? '',
          date: formatDate(lang, input.today),
        }),
      },
      { kind: 'heading', level: 1, text: t(lang, 'doc.report.purpose') },
      { kind: 'paragraph', text: t(lang, 'doc.report.purposeText') },
      { kind: 'heading', level: 1, text: t(lang, 'doc.report.members') },
      {
        kind: 'table',
        rows: [
          [
            t(lang, 'doc.col.role'),
            t(lang, 'doc.col.level'),
            t(lang, 'doc.col.name'),
            t(lang, 'doc.col.status'),
            t(lang, 'doc.col.qualifies'),
          ],
          ...memberRows(input, lang),
        ],
      },
      { kind: 'heading', level: 1, text: t(lang, 'doc.report.coverage') },
      {
        kind: 'table',
        rows: [
          [
            t(lang, 'doc.col.role'),
            t(lang, 'doc.col.level'),
            t(lang, 'doc.col.needed'),
            t(lang, 'doc.col.selected'),
            t(lang, 'doc.col.confirmed'),
            t(lang, 'doc.col.status'),
          ],
          ...coverage(input.members).map((c) => [
            roleLabel(lang, c.roleId),
            t(lang, `doc.level.${c.level}`),
            String(c.needed),
            String(c.selected),
            String(c.confirmed),
            t(lang, `doc.coverage.${c.status}`),
          ]),
        ],
      },
      { kind: 'pageBreak' },
      { kind: 'heading', level: 1, text: t(lang, 'doc.report.meetings') },
      engagement.meetings.length === 0
        ? { kind: 'paragraph', text: t(lang, 'doc.report.noMeetings') }
        : {
            kind: 'table',
            rows: [
              [
                t(lang, 'doc.col.meeting'),
                t(lang, 'doc.col.present'),
                t(lang, 'doc.col.invited'),
                t(lang, 'doc.col.rate'),
              ],
              ...engagement.meetings.map((m, i) => [
                meetingLabel(m),
                String(engagement.attended[i]),
                String(engagement.invited),
                formatPercent(lang, engagement.rates[i]!),
              ]),
            ],
          },
      { kind: 'heading', level: 1, text: t(lang, 'doc.report.engagement') },
      { kind: 'paragraph', text: t(lang, 'doc.report.engagementText') },
      {
        kind: 'table',
        rows: [
          [t(lang, 'doc.col.group'), t(lang, 'doc.col.invited'), ...engagement.meetings.map(meetingLabel)],
          ...engagement.groups.map((g) => [
            t(lang, `doc.group.${g.group}`),
            String(g.invited),
            ...g.attended.map((n, i) => share(n, g.invited, g.rates[i]!)),
          ]),
        ],
      },
      { kind: 'heading', level: 1, text: t(lang, 'doc.report.hours') },
      {
        kind: 'table',
        rows: [
          [
            t(lang, 'doc.col.indicator'),
            t(lang, 'doc.col.funded'),
            t(lang, 'doc.col.used'),
            t(lang, 'doc.col.left'),
            t(lang, 'doc.col.beyond'),
          ],
          ...ledger.indicators.map((i) => [
            i.indicator,
            formatHours(lang, i.fundedQuarterHours),
            formatHours(lang, i.usedQuarterHours),
            formatHours(lang, i.leftQuarterHours),
            formatHours(lang, i.overQuarterHours),
          ]),
          [
            t(lang, 'doc.report.total'),
            formatHours(lang, ledger.fundedQuarterHours),
            formatHours(lang, ledger.fundedUsedQuarterHours),
            formatHours(lang, ledger.fundedLeftQuarterHours),
            formatHours(lang, ledger.beyondFundedQuarterHours),
          ],
        ],
      },
      {
        kind: 'paragraph',
        text: t(lang, 'doc.report.beyondCost', {
          hours: formatHours(lang, ledger.beyondFundedQuarterHours),
          cost: formatMoney(lang, ledger.beyondFundedCostCents),
        }),
      },
    ],
  };
}
