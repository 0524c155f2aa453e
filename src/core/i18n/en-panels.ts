import { plural } from './plural';

/** Strings of the sidebar's meeting mode, undo and Help. */
export const enPanels = {
  'sb.hours.undoEntry': (p: { entry: string }) => `Undo my last entry: ${p.entry}`,
  'sb.hours.undoAsk': (p: { entry: string; tab: string }) =>
    `Remove this entry from the ${p.tab} tab? ${p.entry}`,
  'sb.hours.undoConfirm': 'Remove it',
  'sb.hours.undoKeep': 'Keep it',
  'sb.hours.undone': (p: { entry: string; tab: string }) => `Removed from the ${p.tab} tab: ${p.entry}.`,
  'sb.meeting.filter': 'Find by name',
  'sb.meeting.sort': 'Sort by',
  'sb.meeting.sortName': 'Name',
  'sb.meeting.sortRole': 'Role',
  'sb.meeting.markAll': 'Mark all present',
  'sb.meeting.markShown': (p: { n: number }) =>
    plural('en', p.n, { one: 'Mark the 1 shown present', other: `Mark the ${p.n} shown present` }),
  'sb.meeting.noMatch': (p: { query: string }) => `No one on the list matches “${p.query}”.`,
  'sb.meeting.away': (p: { n: number }) =>
    plural('en', p.n, {
      one: '1 member declined or withdrew',
      other: `${p.n} members declined or withdrew`,
    }),
  'sb.meeting.rowLabel': (p: { row: number }) => `row ${p.row}`,
  'sb.meeting.walkIn': 'Add a walk-in',
  'sb.meeting.walkInName': 'Name',
  'sb.meeting.walkInRole': 'Role',
  'sb.meeting.walkInAdd': 'Add and mark present',
  'sb.meeting.walkInAdded': (p: { name: string; tab: string }) =>
    `${p.name} was added to the ${p.tab} tab and marked present.`,
  'sb.meeting.elapsedLabel': 'Time in session',
  'sb.meeting.startedAt': (p: { started: string }) => `Started at ${p.started}.`,
  'sb.meeting.noneToday': (p: { tab: string }) => `None of the meetings on the ${p.tab} tab is today.`,
  'sb.meeting.addToday': 'Add today’s meeting',
  'sb.meeting.addedToday': (p: { title: string }) => `Added today’s meeting: ${p.title}.`,
  'sb.help': 'Help',
  'sb.help.panels': 'What each panel is for',
  'sb.help.roster': (p: { tab: string }) =>
    `Roster: checks the ${p.tab} tab against the group’s rules (the 11 required roles, at least two parents or guardians who do not work for the district) and says what to fix. Click a finding to go to its row.`,
  'sb.help.hours':
    'TA hours: logs Technical Assistance time against the menu of services and shows the funded hours used and left per indicator, the cost beyond them and the MOU and funded-TA deadlines.',
  'sb.help.meeting': (p: { log: string }) =>
    `Meeting: schedules a series of meetings, makes each meeting’s agenda and sign-in sheet, adds it to the calendar, and drafts the MOU and the group’s report. During a meeting, it marks who is present (walk-ins too) and times the session; stopping the timer proposes an entry for the ${p.log} tab for you to review.`,
  'sb.help.invitations':
    'Invitations: creates the English and Spanish invitation forms, gives each member a personal link in their language, emails the invitations or prints them as letters with a QR code, and counts the answers and the support people need at each meeting.',
  'sb.help.glossary': 'Glossary',
  'sb.help.term.cim': 'CIM',
  'sb.help.def.cim':
    'Compliance and Improvement Monitoring: the California Department of Education’s four-step process (Gather and Inquire, Investigate, Plan for Results, Implement and Monitor) that leads to a Plan for Improvement.',
  'sb.help.term.sigdis': 'Significant Disproportionality',
  'sb.help.def.sigdis':
    'The finding that students of one racial or ethnic group are identified for special education, placed in particular settings or disciplined at markedly higher rates than others. An LEA with this finding forms an Educational Partners Group and writes a CIM plan.',
  'sb.help.term.spptap': 'SPP-TAP',
  'sb.help.def.spptap':
    'State Performance Plan Technical Assistance Project: the Special Education Division project that provides TA facilitators and the state-funded TA hours.',
  'sb.help.term.ta': 'TA',
  'sb.help.def.ta':
    'Technical Assistance from an SPP-TAP facilitator: at least 20 funded hours per indicator until the funded-TA end date; further hours are contracted with the facilitator.',
  'sb.help.term.indicator': 'Indicator',
  'sb.help.def.indicator':
    'An area the LEA was identified in, such as disproportionate identification in one disability category or discipline. Each indicator brings its own funded TA hours.',
  'sb.help.term.mou': 'MOU',
  'sb.help.def.mou':
    'Memorandum of Understanding: the agreement between the LEA and its TA facilitator on the TA support, chosen from the menu of services, sent to SPP-TAP by its due date.',
  'sb.engagement.title': 'Engagement by group (meetings held)',
  'sb.engagement.none': 'No meeting is marked as held yet.',
  'sb.engagement.line': (p: { group: string; invited: number; rates: string }) =>
    `${p.group} (${p.invited} invited): ${p.rates}`,
  'sb.docs.title': 'Documents',
  'sb.docs.agenda': 'Create or update agenda',
  'sb.docs.calendar': 'Add to calendar',
  'sb.docs.notify': 'Email the guests an invitation or update',
  'sb.docs.mou': 'MOU draft',
  'sb.docs.report': 'Group report',
} as const;
