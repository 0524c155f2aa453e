import { plural } from './plural';

/** Strings every surface shares: the add-on's name, errors, fields, roles, statuses, activities and messages. */
export const enCommon = {
  'app.name': 'Educational Partners Toolkit',
  'menu.openSidebar': 'Open toolkit sidebar',
  'sidebar.title': 'Educational Partners',
  'sidebar.loading': 'Loading…',
  'sidebar.language': 'Language',
  'sidebar.connected': (p: { lea: string }) => `Connected to ${p.lea}.`,
  'sidebar.noWorkbook':
    'This spreadsheet is not set up yet. Use Extensions › Educational Partners Toolkit › Set up workspace.',
  'error.unexpected': 'Something went wrong. Your entry was kept; please try again.',
  'error.invalidInput': 'Some information needs correcting:',
  'error.field': (p: { field: string; problem: string }) => `${p.field}: ${p.problem}`,
  'count.members': (p: { n: number }) => plural('en', p.n, { one: '1 member', other: `${p.n} members` }),
  'letters.done': (p: { n: number }) =>
    plural('en', p.n, {
      one: 'The letter for 1 member is ready.',
      other: `Letters for ${p.n} members are ready.`,
    }),
  // Educational Partners Group roles: labels keep "(or Designee)", "(or Similar)" and "(s)", which carry meaning.
  'role.superintendent': 'Superintendent (or Designee)',
  'role.cabinet-gen-ed': 'Cabinet Level Leader – General Education',
  'role.cabinet-sped': 'Cabinet Level Leader – Special Education',
  'role.director-curriculum': 'Director of Curriculum (or Similar)',
  'role.selpa-director': 'SELPA Director (or Designee)',
  'role.director-assessment': 'Director of Assessment (or Similar)',
  'role.teacher-gen-ed': 'Appropriate Grade Level General Education Teacher(s)',
  'role.teacher-sped': 'Appropriate Grade Level Special Education Teacher(s)',
  'role.parent-guardian': 'Parents/Guardians – multiple (diverse representation, not district employees)',
  'role.community-rep': 'Community Representatives',
  'role.fiscal-services': 'Fiscal Services Representative',
  'role.principal': 'Principal or Site Level Administrators',
  'role.hr-admin': 'Human Resources Administrator',
  'role.bargaining-unit': 'Bargaining Unit Representative',
  'role.other': 'Other',
  'role.hint.designee': 'The person in this role, or someone they name to act for them.',
  'role.hint.similar': 'The person with this responsibility, whatever their exact title.',
  'role.hint.teachers': 'One or more teachers of the grade levels where the disproportionality shows.',
  'role.hint.parents':
    'At least two parents or guardians who do not work for the district, reflecting the families most affected.',
  'role.hint.community':
    'People from community organizations who know the local context; ideally not district staff.',
  'role.hint.other':
    'Anyone else who brings needed expertise or lived experience, e.g. from the suggestions.',
  'level.required': 'Required',
  'level.recommended': 'Recommended',
  'level.optional': 'Optional',

  // The four CIM steps and the menu of services (2024 SPP-TAP).
  'step.1': 'Step 1: Gather and Inquire',
  'step.2': 'Step 2: Investigate',
  'step.3': 'Step 3: Plan for Results',
  'step.4': 'Step 4: Implement and Monitor',
  'step.note.new-lea':
    'New LEAs are not likely to accomplish tasks beyond the Consolidation of Step 1 within the funded period.',
  'step.note.continuing-lea':
    'Continuing LEAs may use funded TA to examine data and outcomes from their prior plan, for the Continuing Addendum and Budget.',
  'activity.cim-team-meetings': 'CIM Team Meetings',
  'activity.partners-meetings': "Educational Partners' Meetings",
  'activity.quantitative-data': 'Gathering Quantitative Data',
  'activity.qualitative-data': 'Gathering Qualitative Data',
  'activity.self-assessment': 'Programmatic Self-Assessment',
  'activity.infrastructure-analysis': 'Conduct an Infrastructure Analysis',
  'activity.ppp-review': 'Policies, Practices, and Procedures (PPP) Review',
  'activity.case-study': 'Case Study',
  'activity.step1-consolidation': 'Consolidation of Step 1',
  'activity.root-cause-analysis': 'Root Cause Analysis',
  'activity.prioritize-factors':
    'Prioritize Factors Contributing to Significant Disproportionality (Root Causes)',
  'activity.initiative-inventory': 'Initiative Inventory',
  'activity.target-population': 'Identification of Target Population',
  'activity.theory-of-action': 'Development of a Theory of Action',
  'activity.step2-consolidation': 'Consolidation of Step 2',
  'activity.plan-development': 'Development of CIM for Sig Dis Plan for Improvement',
  'activity.budget': 'Budget',
  'activity.plan-review': 'CIM for Sig Dis Plan for Improvement Review',
  'activity.implement-evaluate':
    'Implement and evaluate effectiveness of the CIM for Sig Dis Plan for Improvement',
  'activity.range': (p: { min: string; max: string }) => `${p.min}–${p.max} hours`,
  'activity.no-range': 'No hour range set',
  'subtask.cim-team-meetings.overview':
    'Meet with superintendent to provide an overview of CIM for Sig Dis and Comprehensive Coordinated Early Intervening Services (CCEIS)',
  'subtask.cim-team-meetings.methodology':
    'Explain the methodology for significant disproportionality designation and what that looks like in practical terms',
  'subtask.cim-team-meetings.requirements':
    'Walk through the requirements and the steps of the CIM for Sig Dis Plan for Improvement development using the Guidance Document',
  'subtask.cim-team-meetings.timeline':
    'Facilitate backward planning (create an LEA specific timeline) for completion of the CIM for Sig Dis Plan for Improvement development',
  'subtask.cim-team-meetings.partner-selection': 'Assist in Educational Partner selection',
  'subtask.cim-team-meetings.invitation-tools': 'Share Educational Partner invitation tools',
  'subtask.cim-team-meetings.follow-up':
    'Follow-up after meetings to monitor task completion and identify any necessary actions to move forward with plan writing and implementation',
  'subtask.cim-team-meetings.leadership': 'Facilitate Leadership Team meetings',
  'subtask.partners-meetings.tools': 'Develop and provide tools to support meetings',
  'subtask.partners-meetings.facilitate': "Facilitate Educational Partners' meetings",
  'subtask.partners-meetings.overview':
    'Provide CIM for Sig Dis Plan process overview and introduce the CIM for Sig Dis Plan for Improvement development process',
  'subtask.partners-meetings.root-cause': 'Root cause and action steps discussion',
  'subtask.partners-meetings.target-population': 'Identification of target population',
  'subtask.quantitative-data.review':
    'Facilitate data review with CIM Team to identify and discuss data gaps',
  'subtask.quantitative-data.sources':
    'Identify appropriate data sources that provide general and special education data (both quantitative and qualitative) that are disaggregated by race/ethnicity',
  'subtask.qualitative-data.focus-groups': 'Facilitate focus groups',
  'subtask.qualitative-data.empathy-interviews': 'Assist with conducting empathy interviews',
  'subtask.qualitative-data.equity-walk': 'Conduct an equity walk',
  'subtask.qualitative-data.case-study': 'Assist in developing a case study based on student files reviews',
  'subtask.qualitative-data.family-input-plan': 'Support the planning for gathering family input',
  'subtask.qualitative-data.family-input-summary': 'Assist in summarizing family input',
  'subtask.self-assessment.tools': 'Support selection of self-assessment tools',
  'subtask.self-assessment.implementation': 'Support implementation of self-assessment',
  'subtask.infrastructure-analysis.review': 'Assist with reviewing special education infrastructure',
  'subtask.ppp-review.overview': 'Provide an overview of the process for completing the PPP Review',
  'subtask.ppp-review.review': 'Assist with review of general and special education PPP',
  'subtask.ppp-review.findings': 'Facilitate a review of the PPP Review findings',
  'subtask.case-study.file-review': 'Facilitate the process of conducting a case study file review',
  'subtask.case-study.debrief': 'Facilitate the debriefing and analysis of the case study file review',
  'subtask.step1-consolidation.analysis':
    'Assist with analysis of findings from the programmatic self-assessment process and the additional qualitative and quantitative data from student case study, family input, infrastructure analysis, PPP review, and general and special education',
  'subtask.step1-consolidation.summary': 'Support the summarization of data analysis findings',
  'subtask.root-cause-analysis.tools': 'Share tools to identify root cause(s)',
  'subtask.root-cause-analysis.cultural-lens':
    'Ensure application of a cultural lens when using the root cause tools',
  'subtask.root-cause-analysis.beliefs':
    'Ensure that beliefs and mindsets are reflected in the root cause(s)',
  'subtask.root-cause-analysis.perspectives':
    'Facilitate the incorporation of diverse perspectives into the root cause identification',
  'subtask.root-cause-analysis.connect-data': 'Assist in connecting data analysis findings to root cause(s)',
  'subtask.root-cause-analysis.outcomes':
    'Support understanding of root causes to align with appropriate measurable outcomes',
  'subtask.prioritize-factors.cultural-lens':
    'Provide guidance in applying a cultural lens with prioritization tools',
  'subtask.prioritize-factors.prioritize': 'Facilitate the prioritization of high leverage root cause(s)',
  'subtask.initiative-inventory.overview':
    'Provide an overview of the process for completing the Initiative Crosswalk',
  'subtask.initiative-inventory.findings': 'Facilitate a discussion of the Initiative Crosswalk findings',
  'subtask.target-population.criteria':
    'Guide selection of appropriate criteria to identify students in need of additional support (target population) in alignment with prioritized root causes',
  'subtask.theory-of-action.develop':
    'Assist with the development of a theory of action based on prioritized root causes and the identified target population',
  'subtask.step2-consolidation.summary': 'Assist with the summarization of Step 2 findings',
  'subtask.plan-development.resources': 'Identify resources to support planning',
  'subtask.plan-development.outcomes': 'Support the development of student focused outcomes',
  'subtask.plan-development.strategies':
    'Support identification of activities that include culturally responsive strategies and equitable steps to support the identified target population',
  'subtask.plan-development.initiatives':
    'Identify existing LEA initiatives that align with the CIM for Sig Dis Plan for Improvement',
  'subtask.budget.allowable':
    'Guide development of budget to ensure activities are allowable and appropriate',
  'subtask.budget.blended-funding':
    'Identify blended funding from existing LEA initiatives to align with CIM for Sig Dis Plan for Improvement, as appropriate',
  'subtask.plan-review.feedback': 'Review draft of CIM for Sig Dis Plan for Improvement and provide feedback',
  'subtask.implement-evaluate.planning':
    'Assist with planning for implementation and evaluation of the CIM for Sig Dis Plan for Improvement',
  'subtask.implement-evaluate.data-collection':
    'Support data collection for evaluating effectiveness of interventions',
  'subtask.implement-evaluate.monitoring': 'Support implementation monitoring',
  'subtask.implement-evaluate.student-tracking': 'Provide guidance around student tracking requirements',
  'subtask.implement-evaluate.progress-reports': 'Assist with development of Progress Reports',
  'subtask.implement-evaluate.sustain':
    'Assist in identifying successful activities to continue once CCEIS funds have been expended',

  // Member status, coverage, languages, severities.
  'status.proposed': 'Proposed',
  'status.invited': 'Invited',
  'status.accepted': 'Accepted',
  'status.declined': 'Declined',
  'status.no-response': 'No response',
  'status.withdrawn': 'Withdrawn',
  'coverage.missing': 'Missing',
  'coverage.suggested': 'Suggested',
  'coverage.too-few': 'Too few',
  'coverage.selected': 'Selected, not confirmed',
  'coverage.confirmed': 'Confirmed',
  'coverage.optional': 'Optional',
  'lang.en': 'English',
  'lang.es': 'Spanish',
  'lang.other': 'Other language',
  'affiliation.internal': 'Internal (LEA staff)',
  'affiliation.external': 'External',
  'severity.error': 'Must fix',
  'severity.warning': 'Check',
  'severity.info': 'Note',
  'value.yes': 'Yes',
  'value.no': 'No',

  // Field names, used when a value needs correcting.
  'field.id': 'ID',
  'field.name': 'Name',
  'field.roles': 'Role',
  'field.otherRole': 'Other role (describe)',
  'field.title': 'Title',
  'field.organization': 'Organization',
  'field.email': 'Email',
  'field.phone': 'Phone',
  'field.preferredLanguage': 'Preferred language',
  'field.preferredLanguageOther': 'Other language (name)',
  'field.districtEmployee': 'District employee',
  'field.affiliation': 'Internal or external',
  'field.studentGroups': 'Student groups represented',
  'field.gradeLevel': 'Grade level',
  'field.status': 'Status',
  'field.invitedOn': 'Invited on',
  'field.respondedOn': 'Responded on',
  'field.notes': 'Notes',
  'field.date': 'Date',
  'field.facilitator': 'TA facilitator',
  'field.indicator': 'Indicator',
  'field.step': 'CIM step',
  'field.activityId': 'Activity',
  'field.hours': 'Hours',
  'field.quarterHours': 'Hours',
  'field.note': 'Note',
  'field.leaName': 'LEA name',
  'field.cdsCode': 'CDS code',
  'field.cycleYear': 'Cycle year',
  'field.leaType': 'New or continuing LEA',
  'field.indicators': 'Indicators identified',
  'field.studentGroupsMostAffected': 'Student groups most affected',
  'field.contactName': 'Contact person',
  'field.contactEmail': 'Contact email',
  'field.contactPhone': 'Contact phone',
  'field.taFacilitator': 'TA facilitator',
  'field.hoursPerIndicator': 'Funded hours per indicator',
  'field.quarterHoursPerIndicator': 'Funded hours per indicator',
  'field.hourlyRate': 'Hourly rate',
  'field.hourlyRateCents': 'Hourly rate',
  'field.mouDueDate': 'MOU due date',
  'field.fundedEndDate': 'Funded TA end date',
  'field.timeZone': 'Time zone',
  'lea.new': 'New',
  'lea.continuing': 'Continuing',

  // Problems with a typed value (zod issues), each saying what to enter instead.
  'zod.required': 'This is required.',
  'zod.invalid': 'This value is not valid.',
  'zod.choose': (p: { options: string }) => `Choose one of: ${p.options}.`,
  'zod.choose-one': 'Choose at least one.',
  'zod.number': 'Enter a number.',
  'zod.text': 'Enter text.',
  'zod.yes-no': 'Enter Yes or No.',
  'zod.min': (p: { min: number }) => `Enter ${p.min} or more.`,
  'zod.max': (p: { max: number }) => `Enter ${p.max} or less.`,
  'zod.too-long': (p: { max: number }) => `Use at most ${p.max} characters.`,
  'zod.date': 'Enter a date like 2024-04-19 or 4/19/2024.',
  'zod.quarter-hours': 'Enter hours in quarter hours, e.g. 1, 1.25, 1.5 or 1.75.',
  'zod.hours-positive': 'Enter at least 0.25 hours.',
  'zod.dollars': 'Enter an amount in dollars, e.g. 110 or 110.50.',
  'zod.time-zone': 'Enter a time zone like America/Los_Angeles.',
  'zod.choose-from-list': 'Choose a value from the list.',

  // TA hours ledger and MOU plan.
  'ledger.shared': 'All indicators (shared)',
  'ledger.hours': (p: { n: number; text: string }) =>
    plural('en', p.n, { one: `${p.text} hour`, other: `${p.text} hours` }),
} as const;
