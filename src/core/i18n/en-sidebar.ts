import { plural } from './plural';

/** Strings of the sidebar page (the answers its calls give are the server's, in en-faults.ts). */
export const enSidebar = {
  'sb.tabs': 'Panels',
  'sb.tab.roster': 'Roster',
  'sb.tab.hours': 'TA hours',
  'sb.tab.meeting': 'Meeting',
  'sb.refresh': 'Refresh',
  'sb.retry': 'Try again',
  'sb.saving': 'Saving…',
  'sb.saved': 'Saved.',
  'sb.saveFailed': 'Not saved. What you entered is still here; please try again.',
  'sb.roster.summary': (p: { members: number; errors: number; warnings: number }) =>
    `${plural('en', p.members, { one: '1 member', other: `${p.members} members` })}: ${plural('en', p.errors, { one: '1 problem', other: `${p.errors} problems` })} to fix, ${plural('en', p.warnings, { one: '1 warning', other: `${p.warnings} warnings` })}.`,
  'sb.roster.allGood': 'Every rule is met. Nothing to fix.',
  'sb.roster.findings': 'What to check',
  'sb.roster.fix': 'What to do:',
  'sb.roster.goToRow': (p: { row: number; tab: string }) => `Go to row ${p.row} on the ${p.tab} tab`,
  'sb.roster.coverage': 'Roles',
  'sb.roster.standing': (p: { confirmed: number; total: number; parents: number; parentsNeeded: number }) =>
    `${p.confirmed} of ${p.total} required roles confirmed; ${plural('en', p.parents, { one: '1 eligible parent/guardian', other: `${p.parents} eligible parents/guardians` })} confirmed (at least ${p.parentsNeeded}).`,
  'sb.roster.stillMissing': (p: { roles: string }) => `Still missing: ${p.roles}.`,
  'sb.roster.allRequired': 'Every required role is confirmed.',
  'sb.roster.suggestions': (p: { roles: string }) => `Suggested, not required: ${p.roles}.`,
  'sb.roster.counts': (p: { selected: number; confirmed: number; needed: number }) =>
    `${p.selected} selected, ${p.confirmed} confirmed, ${p.needed} needed`,
  'sb.hours.entry': 'Log TA hours',
  'sb.hours.date': 'Date',
  'sb.hours.step': 'CIM step',
  'sb.hours.activity': 'Activity',
  'sb.hours.range': (p: { range: string }) => `Menu estimate: ${p.range}`,
  'sb.hours.subtasks': 'What this activity covers',
  'sb.hours.indicator': 'Indicator',
  'sb.hours.hours': 'Hours (quarter hours)',
  'sb.hours.note': 'Note',
  'sb.hours.save': (p: { tab: string }) => `Add to ${p.tab}`,
  'sb.hours.funded': 'Funded hours',
  'sb.hours.used': 'Used',
  'sb.hours.left': 'Left',
  'sb.hours.beyond': 'Beyond funded',
  'sb.hours.cost': 'Cost beyond funded',
  'sb.hours.percent': (p: { percent: number }) => `${p.percent}% of funded hours used`,
  'sb.hours.daysTo': (p: { what: string; days: number; date: string }) =>
    p.days === 0
      ? `${p.what}: ${p.date}, today`
      : p.days > 0
        ? `${p.what}: ${p.date}, ${plural('en', p.days, { one: 'in 1 day', other: `in ${p.days} days` })}`
        : `${p.what}: ${p.date}, ${plural('en', -p.days, { one: '1 day ago', other: `${-p.days} days ago` })}`,
  'sb.hours.mouDue': 'MOU due',
  'sb.hours.fundedEnd': 'Funded TA ends',
  'sb.hours.burnDown': (p: { indicator: string }) => `Funded hours left: ${p.indicator}`,
  'sb.hours.fundedLine': 'Funded allotment',
  'sb.hours.recent': 'Latest entries',
  'sb.hours.none': 'No hours logged yet.',
  'sb.hours.leftClosed': 'Left, no longer usable',
  'sb.hours.windowClosed': (p: { date: string }) =>
    `Funded TA ended on ${p.date}: the hours left can no longer be used, and new hours are billed at the contract rate.`,
  'sb.hours.afterEnd': (p: { date: string; cost: string }) =>
    `This entry is dated after funded TA ended on ${p.date}: it will cost ${p.cost}.`,
  'sb.hours.beyondLeft': (p: { hours: string; cost: string }) =>
    `${p.hours} of this entry go beyond the funded hours left: they will cost ${p.cost}.`,
  'sb.meeting.pick': 'Meeting',
  'sb.meeting.none': (p: { tab: string }) => `No meetings on the ${p.tab} tab yet.`,
  'sb.meeting.attendance': 'Attendance',
  'sb.meeting.present': (p: { n: number; of: number }) => `${p.n} of ${p.of} present`,
  'sb.meeting.timer': 'Session timer',
  'sb.meeting.start': 'Start timer',
  'sb.meeting.stop': 'Stop and log hours',
  'sb.meeting.proposal': (p: { tab: string }) => `Review the entry below, then add it to the ${p.tab} tab.`,
  'sb.roster.selecting': 'Selecting the row…',
  'sb.roster.rowSelected': (p: { row: number; tab: string }) =>
    `Row ${p.row} is selected on the ${p.tab} tab.`,
  'sb.hours.alerts': 'Alerts',
  'sb.hours.leftLine': 'Hours left',
  'sb.hours.chartDesc': (p: { funded: string; left: string; from: string; to: string; end: string }) =>
    `The solid line starts at ${p.funded} on ${p.from} and falls to ${p.left} on ${p.to}. The dashed line is the funded allotment. Funded TA ends ${p.end}.`,
  'sb.hours.chartSummary': (p: { left: string; used: string; funded: string; date: string }) =>
    `${p.left} left of ${p.funded} (${p.used} used), as of ${p.date}.`,
  'sb.hours.chartEmpty': (p: { funded: string }) => `No hours logged yet: all ${p.funded} are left.`,
  'sb.hours.added': (p: { n: number; hours: string; activity: string; tab: string }) =>
    `Added ${p.hours} of “${p.activity}” to the ${p.tab} tab.`,
  'sb.meeting.save': 'Save attendance',
  'sb.meeting.unsaved': (p: { n: number }) =>
    plural('en', p.n, { one: '1 change not saved yet.', other: `${p.n} changes not saved yet.` }),
  'sb.meeting.when': (p: { days: number }) =>
    p.days === 0
      ? 'Today'
      : p.days > 0
        ? plural('en', p.days, { one: 'Tomorrow', other: `In ${p.days} days` })
        : plural('en', -p.days, { one: 'Yesterday', other: `${-p.days} days ago` }),
  'sb.meeting.activity': (p: { activity: string }) => `TA activity: ${p.activity}`,
  'sb.meeting.noMembers': (p: { tab: string }) => `No selected members on the ${p.tab} tab yet.`,
  'sb.meeting.runningOther': (p: { title: string }) =>
    `The timer is running for another meeting: ${p.title}.`,
  'sb.meeting.notRunning': 'The timer is not running.',
} as const;
