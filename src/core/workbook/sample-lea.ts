/**
 * "Sample Unified School District": a made-up LEA for demos, the local preview and tests. About 30 members
 * across every role, some deliberately incomplete (a missing email, a parent who works for the district, an
 * unknown language, a teacher without a grade level) so every roster rule has something to show; six meetings;
 * a TA log across two indicators with shared time.
 *
 * Its cycle is the current one, relative to the day it is loaded (in the LEA's time zone): the MOU is due in
 * three weeks and funded TA ends in eleven, three meetings were held, one is today, two are ahead, and every
 * logged hour is in the past.
 */
import { addDays, type IsoDate } from '../dates';
import type { LedgerEntry } from '../ledger';
import type { Meeting } from '../meeting';
import type { Member } from '../member';
import type { RoleId } from '../roles';
import type { ActivityId } from '../services-menu';

const SAMPLE_LEA = {
  leaName: 'Sample Unified School District',
  cdsCode: '01234560000000',
  leaType: 'new',
  indicators: [
    'Disproportionate identification: Specific Learning Disability',
    'Discipline: suspension over 10 days',
  ],
  studentGroupsMostAffected: ['African American', 'English Learners'],
  contactName: 'Dana Whitfield',
  contactEmail: 'dwhitfield@sample-usd.example',
  contactPhone: '(555) 010-2000',
  taFacilitator: 'Rosa Delgado',
  hoursPerIndicator: 20,
  hourlyRate: 110,
} as const;

/** The school year `today` falls in, e.g. "2026–27" from July 2026 to June 2027. */
function schoolYear(today: IsoDate): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = month >= 7 ? year : year - 1;
  return `${first}–${String((first + 1) % 100).padStart(2, '0')}`;
}

export function sampleSettings(today: IsoDate) {
  return {
    ...SAMPLE_LEA,
    cycleYear: schoolYear(today),
    mouDueDate: addDays(today, 21),
    fundedEndDate: addDays(today, 77),
  };
}

type SampleMember = Omit<Member, 'id' | 'row'>;

const m = (name: string, roles: RoleId[], extra: Partial<SampleMember> = {}): SampleMember => {
  const handle = name
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
  const internal = !roles.some((r) => r === 'parent-guardian' || r === 'community-rep');
  return {
    name,
    roles,
    email: `${handle}@${internal ? 'sample-usd' : 'mail'}.example`,
    phone: '(555) 010-1000',
    preferredLanguage: 'en',
    districtEmployee: internal,
    affiliation: internal ? 'internal' : 'external',
    studentGroups: [],
    status: 'accepted',
    ...extra,
  };
};

const SAMPLE_MEMBERS: SampleMember[] = [
  m('Dana Whitfield', ['superintendent'], { title: 'Assistant Superintendent (designee)' }),
  m('Marcus Lee', ['cabinet-gen-ed'], { title: 'Assistant Superintendent, Educational Services' }),
  m('Priya Raman', ['cabinet-sped'], { title: 'Executive Director, Special Education' }),
  m('Helen Ortiz', ['director-curriculum'], { title: 'Director of Curriculum and Instruction' }),
  m('Tom Becker', ['selpa-director'], { title: 'SELPA Director', organization: 'Sample County SELPA' }),
  m('Grace Kim', ['director-assessment'], {
    title: 'Coordinator, Assessment and Accountability',
    status: 'invited',
  }),
  m('Luis Herrera', ['teacher-gen-ed'], {
    title: 'Teacher',
    gradeLevel: '3',
    organization: 'Oak Elementary',
  }),
  m('Amy Chen', ['teacher-gen-ed'], {
    title: 'Teacher',
    gradeLevel: '7–8',
    organization: 'Ridge Middle School',
  }),
  m('Jordan Price', ['teacher-sped'], { title: 'Resource Specialist', gradeLevel: 'K–5' }),
  m('Nia Johnson', ['teacher-sped'], { title: 'Special Day Class Teacher', status: 'invited' }),
  m('María Gómez', ['parent-guardian'], {
    preferredLanguage: 'es',
    studentGroups: ['English Learners'],
    notes: 'Needs Spanish interpretation and childcare.',
  }),
  m('Andre Williams', ['parent-guardian', 'community-rep'], {
    studentGroups: ['African American'],
    organization: 'Sample NAACP Youth Council',
  }),
  m('Keisha Brown', ['parent-guardian'], {
    studentGroups: ['African American'],
    districtEmployee: true,
    title: 'Instructional aide',
    notes: 'Parent who also works as an aide: counts as staff, not as a parent representative.',
  }),
  m('José Ramírez', ['parent-guardian'], {
    preferredLanguage: 'es',
    status: 'no-response',
    email: undefined,
    phone: '(555) 010-3333',
  }),
  m('Linh Tran', ['parent-guardian'], {
    preferredLanguage: 'other',
    preferredLanguageOther: 'Vietnamese',
    status: 'proposed',
  }),
  m('Rev. Samuel Greene', ['community-rep'], { organization: 'Eastside Community Church' }),
  m('Carmen Vega', ['community-rep'], {
    organization: 'Familias Unidas',
    preferredLanguage: 'es',
    status: 'declined',
  }),
  m('Robert Hall', ['fiscal-services'], { title: 'Director, Fiscal Services' }),
  m('Sofia Martinez', ['principal'], { title: 'Principal', organization: 'Oak Elementary' }),
  m('Kevin O’Brien', ['principal'], {
    title: 'Assistant Principal',
    organization: 'Ridge Middle School',
    status: 'invited',
  }),
  m('Angela Davis-Moore', ['hr-admin'], { title: 'Director, Human Resources', status: 'proposed' }),
  m('Chris Novak', ['other'], { otherRole: 'English Learner programs', title: 'EL Coordinator' }),
  m('Fatima Hassan', ['other'], { otherRole: 'School psychologist', title: 'School Psychologist' }),
  m('Dr. Alan Reyes', ['other'], {
    otherRole: 'Higher education',
    organization: 'Sample State University',
    districtEmployee: false,
    affiliation: 'external',
  }),
  m('Beatriz Santos', ['parent-guardian'], {
    preferredLanguage: 'es',
    studentGroups: ['English Learners'],
    status: 'invited',
  }),
  m('Olivia Park', ['teacher-gen-ed', 'bargaining-unit'], {
    title: 'Teacher; teachers association site representative',
    organization: 'Sample High School',
  }),
  m('Marcus Lee', ['cabinet-gen-ed'], {
    email: 'MARCUS.LEE@sample-usd.example',
    notes: 'Entered twice by mistake.',
  }),
  m('Ethan Brooks', ['other'], {
    otherRole: 'Student representative',
    districtEmployee: false,
    affiliation: 'external',
    email: 'not-an-email',
  }),
  m('Yolanda Pierce', ['community-rep'], {
    organization: 'Sample Family Resource Center',
    status: 'invited',
  }),
  m('Daniel Cho', ['other'], {
    otherRole: 'CALPADS data',
    title: 'Data Analyst',
    preferredLanguage: undefined,
  }),
];

export function sampleMembers(): Omit<Member, 'row'>[] {
  return SAMPLE_MEMBERS.map((member, i) => ({ ...member, id: `M-${String(i + 1).padStart(3, '0')}` }));
}

const SAMPLE_MEETINGS: (Omit<Meeting, 'row' | 'date'> & { daysFromToday: number })[] = [
  {
    id: 'MT-001',
    daysFromToday: -49,
    startTime: '4:00 PM',
    title: 'Kickoff: mission, roles, processes, ground rules, decisions',
    activityId: 'partners-meetings',
    location: 'District Office, Board Room',
    noteTaker: 'Helen Ortiz',
    status: 'held',
  },
  {
    id: 'MT-002',
    daysFromToday: -35,
    startTime: '4:00 PM',
    title: 'Data review in small groups',
    activityId: 'quantitative-data',
    location: 'District Office, Board Room',
    noteTaker: 'Grace Kim',
    status: 'held',
  },
  {
    id: 'MT-003',
    daysFromToday: -21,
    startTime: '4:00 PM',
    title: 'Family input and empathy interviews',
    activityId: 'qualitative-data',
    location: 'Oak Elementary Library',
    noteTaker: 'Chris Novak',
    status: 'held',
  },
  {
    id: 'MT-004',
    daysFromToday: 0,
    startTime: '4:00 PM',
    title: 'Policies, practices and procedures review',
    activityId: 'ppp-review',
    location: 'District Office, Board Room',
    noteTaker: 'Helen Ortiz',
    status: 'planned',
  },
  {
    id: 'MT-005',
    daysFromToday: 14,
    startTime: '4:00 PM',
    title: 'Case study debrief',
    activityId: 'case-study',
    location: 'Video call',
    noteTaker: 'Fatima Hassan',
    status: 'planned',
  },
  {
    id: 'MT-006',
    daysFromToday: 35,
    startTime: '4:00 PM',
    title: 'Consolidation of Step 1 findings',
    activityId: 'step1-consolidation',
    location: 'District Office, Board Room',
    noteTaker: 'Helen Ortiz',
    status: 'planned',
  },
];

export function sampleMeetings(today: IsoDate): Omit<Meeting, 'row'>[] {
  return SAMPLE_MEETINGS.map(({ daysFromToday, ...meeting }) => ({
    ...meeting,
    date: addDays(today, daysFromToday),
  }));
}

/** Who came to the meetings already held (member ids). */
export const SAMPLE_ATTENDANCE: Record<string, string[]> = {
  'MT-001': [
    'M-001',
    'M-002',
    'M-003',
    'M-004',
    'M-005',
    'M-007',
    'M-009',
    'M-011',
    'M-012',
    'M-016',
    'M-018',
    'M-019',
  ],
  'MT-002': ['M-001', 'M-003', 'M-004', 'M-006', 'M-008', 'M-011', 'M-012', 'M-016', 'M-022', 'M-030'],
  'MT-003': ['M-003', 'M-004', 'M-011', 'M-012', 'M-014', 'M-016', 'M-022', 'M-025'],
};

const SHARED = undefined;
const [SLD, DISCIPLINE] = SAMPLE_LEA.indicators;
const e = (
  daysFromToday: number,
  activityId: ActivityId,
  hours: number,
  indicator: string | undefined,
  note: string,
) => ({
  daysFromToday,
  activityId,
  quarterHours: hours * 4,
  indicator,
  note,
  facilitator: SAMPLE_LEA.taFacilitator,
});

export function sampleLedger(today: IsoDate): Omit<LedgerEntry, 'row' | 'step'>[] {
  return [
    e(-63, 'cim-team-meetings', 2, SHARED, 'Overview of CIM for Sig Dis with the superintendent'),
    e(-56, 'cim-team-meetings', 1.5, SHARED, 'Backward planning and timeline'),
    e(-49, 'partners-meetings', 2, SHARED, 'Kickoff meeting'),
    e(-42, 'quantitative-data', 1.5, SLD, 'Identification data by race/ethnicity'),
    e(-35, 'quantitative-data', 1, DISCIPLINE, 'Suspension data review'),
    e(-28, 'qualitative-data', 3, SLD, 'Empathy interview protocol'),
    e(-21, 'qualitative-data', 2.25, SHARED, 'Family input session'),
    e(-14, 'self-assessment', 2, DISCIPLINE, 'Discipline self-assessment'),
    e(-7, 'ppp-review', 1.75, SLD, 'PPP review overview'),
    e(-2, 'case-study', 4, SLD, 'Case study file review'),
  ].map(({ daysFromToday, ...entry }, i) => ({
    ...entry,
    date: addDays(today, daysFromToday),
    id: `TA-${String(i + 1).padStart(3, '0')}`,
  }));
}
