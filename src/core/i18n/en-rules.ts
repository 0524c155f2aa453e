import { plural } from './plural';

/**
 * Strings the server writes into findings (each rule's message and fix, the row it names) and the suggestions
 * for the Other role: the sidebar receives them as text, so its page does not carry this pair.
 */
export const enRules = {
  // Suggestions for the Other role, from the equity team guidance.
  'suggest.internal': 'LEA departments (internal)',
  'suggest.external': 'External members',
  'suggest.human-resources': 'Human Resources',
  'suggest.curriculum-instruction': 'Curriculum and Instruction',
  'suggest.professional-development': 'Professional Development',
  'suggest.cabinet': 'Cabinet Level Decision Makers',
  'suggest.site-level': 'Site-Level Representatives (teachers, counselors, principals)',
  'suggest.bargaining-unit': 'Collective Bargaining Union Members',
  'suggest.state-federal-programs': 'State and Federal Programs',
  'suggest.calpads': 'CBEDS/CALPADS data',
  'suggest.assessment': 'Assessment',
  'suggest.special-education': 'Special Education',
  'suggest.beginning-teacher-support': 'Beginning Teacher Support',
  'suggest.english-learner': 'English Learner programs',
  'suggest.early-education': 'Early Education',
  'suggest.parents': 'Parents',
  'suggest.students': 'Students',
  'suggest.community-leaders': 'Community leaders',
  'suggest.advocacy-groups': 'Local advocacy groups',
  'suggest.higher-education': 'Representatives of institutions of higher education',
  // Roster rules (a message says what is wrong, a fix says what to do), then the TA hours ledger's and the MOU plan's.
  'rule.row-invalid': (p: { row: number; problems: string }) =>
    `Row ${p.row} could not be read. ${p.problems}`,
  'fix.row-invalid': 'Correct the cells named above in this row.',
  'rule.role-missing': (p: { role: string }) => `No one is selected for the required role “${p.role}”.`,
  'fix.role-missing':
    'Add a member with this role to the roster (declined or withdrawn members do not count).',
  'rule.role-too-few': (p: { role: string; needed: number; selected: number }) =>
    `“${p.role}” needs at least ${p.needed}; ${p.selected} selected.`,
  'fix.role-too-few': (p: { more: number }) =>
    plural('en', p.more, {
      one: 'Invite 1 more person for this role.',
      other: `Invite ${p.more} more people for this role.`,
    }),
  'rule.role-unconfirmed': (p: { role: string; needed: number; confirmed: number }) =>
    `“${p.role}”: ${p.confirmed} of ${p.needed} confirmed.`,
  'fix.role-unconfirmed': 'Follow up with the people invited and mark who accepted.',
  'rule.recommended-missing': (p: { role: string }) =>
    `The recommended role “${p.role}” is not on the roster.`,
  'fix.recommended-missing': 'Consider inviting someone in this role; it is recommended, not required.',
  'rule.parent-is-employee': (p: { name: string; role: string }) =>
    `${p.name} is listed as “${p.role}” and as a district employee.`,
  'fix.parent-is-employee':
    'Parents/guardians in this role must not be district employees: record this person under another role and invite a parent who does not work for the district.',
  'rule.community-is-employee': (p: { name: string; role: string }) =>
    `${p.name} is listed as “${p.role}” and as a district employee.`,
  'fix.community-is-employee':
    'Community representatives bring a view from outside the district: confirm this is intended, or choose another role.',
  'rule.student-group-unrepresented': (p: { group: string }) =>
    `No member represents “${p.group}”, one of the student groups most affected.`,
  'fix.student-group-unrepresented':
    'Invite a parent, advocate or community member connected to this group, and list the group on their row.',
  'rule.contact-missing': (p: { name: string }) => `${p.name} has no email or phone.`,
  'fix.contact-missing': 'Add an email or a phone number so the invitation can reach this person.',
  'rule.email-missing': (p: { name: string }) =>
    `${p.name} has no email; the invitation must go by letter or phone.`,
  'fix.email-missing': 'Add an email if they have one, or plan a printed letter.',
  'rule.email-invalid': (p: { name: string; email: string }) =>
    `The email “${p.email}” of ${p.name} is not valid.`,
  'fix.email-invalid': 'Correct the email: it must have the form name@example.org.',
  'rule.phone-invalid': (p: { name: string; phone: string }) =>
    `The phone “${p.phone}” of ${p.name} is not valid.`,
  'fix.phone-invalid':
    'Enter a 10-digit phone number, e.g. (555) 123-4567, or an international number starting with +.',
  'rule.duplicate-member': (p: { name: string; other: string }) =>
    `${p.name} appears more than once (same person as ${p.other}).`,
  'fix.duplicate-member': 'Keep one row; a person with two roles lists both roles on that row.',
  'rule.language-unknown': (p: { name: string }) => `The preferred language of ${p.name} is not recorded.`,
  'fix.language-unknown':
    'Record English, Spanish, or the name of another language, so they are invited in it.',
  'rule.grade-level-missing': (p: { name: string }) => `${p.name} is a teacher with no grade level.`,
  'fix.grade-level-missing': 'Add the grade level(s) this teacher teaches.',
  'finding.row': (p: { row: number }) => `row ${p.row}`,
  'rule.no-indicators': 'No indicators are set, so no TA hours are funded.',
  'fix.no-indicators': (p: { tab: string; field: string }) =>
    `On the ${p.tab} tab, fill in “${p.field}” with the indicators the LEA was identified for.`,
  'rule.funded-80': (p: { percent: number; left: string }) =>
    `${p.percent}% of the funded TA hours are used; ${p.left} left.`,
  'fix.funded-80':
    'Plan the remaining sessions with the facilitator, and agree early on any contracted hours.',
  'rule.funded-100': 'All funded TA hours are used.',
  'fix.funded-100': (p: { rate: string }) =>
    `Further hours are contracted at ${p.rate} per hour; confirm a contract before scheduling more.`,
  'rule.beyond-funded': (p: { hours: string; cost: string }) =>
    `${p.hours} beyond the funded hours, costing ${p.cost}.`,
  'fix.beyond-funded': 'Make sure these hours are covered by a contract with the facilitator.',
  'rule.after-funded-end': (p: { count: number; date: string }) =>
    plural('en', p.count, {
      one: `1 entry is dated after ${p.date}, when funded TA ends; it counts as contracted hours.`,
      other: `${p.count} entries are dated after ${p.date}, when funded TA ends; they count as contracted hours.`,
    }),
  'fix.after-funded-end': 'Check the dates, or cover these hours in a contract.',
  'rule.activity-over-range': (p: { activity: string; hours: string; max: string }) =>
    `“${p.activity}”: ${p.hours}, more than the menu's maximum of ${p.max}.`,
  'fix.activity-over-range': 'Confirm the extra time with the facilitator and record it in the MOU.',
  'rule.activity-under-range': (p: { activity: string; hours: string; min: string }) =>
    `“${p.activity}”: ${p.hours}, less than the menu's minimum of ${p.min}.`,
  'fix.activity-under-range': 'Plan at least the minimum from the menu, or leave the activity out.',
  'rule.new-lea-later-step': (p: { hours: string; activity: string }) =>
    `A new LEA has ${p.hours} on Step 2 or later; new LEAs rarely get past “${p.activity}” in the funded period.`,
  'fix.new-lea-later-step': 'Check the step of these entries, and that Step 1 is complete.',
  'rule.unknown-indicator': (p: { indicator: string }) =>
    `“${p.indicator}” is not one of the LEA's indicators; its hours are shared across all indicators.`,
  'fix.unknown-indicator': (p: { tab: string; shared: string }) =>
    `Choose an indicator listed on the ${p.tab} tab, or “${p.shared}”.`,
  'rule.burn-slow': (p: { hours: string; date: string }) =>
    `At the current pace, ${p.hours} of funded TA will be unused on ${p.date}.`,
  'fix.burn-slow': 'Schedule the remaining funded sessions before the end date.',
} as const;
