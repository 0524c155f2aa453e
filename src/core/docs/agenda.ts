/**
 * A meeting's agenda and sign-in sheet as document models, in the recipients' language(s). The kickoff covers
 * the handout's five key action steps and the CIM process; later meetings follow the CIM step their activity
 * serves, drawing on the menu's sub-tasks. Norms, pre-reading and data review follow the stakeholder guide.
 */
import { addDays, formatDate, INTL_LOCALE } from '../dates';
import type { Support } from '../forms/invitation';
import type { Lang, MessageKey } from '../i18n/catalog';
import { t } from '../i18n/i18n';
import { type AgendaLanguage, clockMinutes, DEFAULT_MEETING_MINUTES, type Meeting } from '../meeting';
import { isConfirmed, type Member } from '../member';
import { roleLabel } from '../roles';
import { type ActivityId, activityById, activityLabel, stepLabel, subtaskLabel } from '../services-menu';
import type { Settings } from '../settings';
import { type DocBlock, type DocModel, oneAfterOther, sideBySide } from './document';

export const FIVE_KEY_ACTION_STEPS = ['mission', 'roles', 'processes', 'ground-rules', 'decisions'] as const;
const ENGAGEMENT_NORMS = ['expectations', 'trust', 'participation', 'note-taker'] as const;

/** What a later meeting works on, by the CIM step (and activity) it serves. */
const AGENDA_FOCUSES = [
  'data-review',
  'root-cause',
  'prioritize',
  'target-population',
  'theory-of-action',
  'plan-review',
  'monitoring',
] as const;
export type AgendaFocus = (typeof AGENDA_FOCUSES)[number];

const FOCUS_BY_ACTIVITY: Partial<Record<ActivityId, AgendaFocus>> = {
  'root-cause-analysis': 'root-cause',
  'prioritize-factors': 'prioritize',
  'initiative-inventory': 'prioritize',
  'target-population': 'target-population',
  'theory-of-action': 'theory-of-action',
};
const FOCUS_BY_STEP: Record<1 | 2 | 3 | 4, AgendaFocus> = {
  1: 'data-review',
  2: 'root-cause',
  3: 'plan-review',
  4: 'monitoring',
};

function agendaFocus(activityId: ActivityId | undefined): AgendaFocus {
  if (!activityId) return 'data-review';
  return FOCUS_BY_ACTIVITY[activityId] ?? FOCUS_BY_STEP[activityById(activityId).step];
}

export interface AgendaInput {
  meeting: Meeting;
  /** The group's first meeting: the five key action steps and the CIM process. */
  kickoff: boolean;
  settings: Settings;
  members: readonly Member[];
  /** Supports members asked for at this meeting, with how many asked. */
  supports: readonly { support: Support | 'other'; count: number }[];
}

/** Both languages when the confirmed members read both, else the one they read (English when none is known). */
export function defaultAgendaLanguage(members: readonly Member[]): AgendaLanguage {
  const confirmed = members.filter((m) => isConfirmed(m.status));
  const spanish = confirmed.some((m) => m.preferredLanguage === 'es');
  const english = confirmed.some((m) => m.preferredLanguage !== 'es');
  return spanish && english ? 'both-columns' : spanish ? 'es' : 'en';
}

/** Confirmed members in the order people look for their name: alphabetical as written, accents ignored. */
export function attendees(members: readonly Member[], lang: Lang): Member[] {
  const collator = new Intl.Collator(INTL_LOCALE[lang], { sensitivity: 'base' });
  return members.filter((m) => isConfirmed(m.status)).sort((a, b) => collator.compare(a.name, b.name));
}

interface TimedItem {
  key: MessageKey;
  weight: number;
}

const KICKOFF_ITEMS: TimedItem[] = [
  { key: 'doc.agenda.item.welcome', weight: 10 },
  { key: 'doc.agenda.item.norms', weight: 10 },
  { key: 'doc.agenda.item.action-steps', weight: 40 },
  { key: 'doc.agenda.item.cim', weight: 20 },
  { key: 'doc.agenda.item.next-steps', weight: 10 },
  { key: 'doc.agenda.item.closing', weight: 10 },
];
const LATER_ITEMS: TimedItem[] = [
  { key: 'doc.agenda.item.welcome', weight: 10 },
  { key: 'doc.agenda.item.norms', weight: 10 },
  { key: 'doc.agenda.item.focus', weight: 45 },
  { key: 'doc.agenda.item.reflection', weight: 15 },
  { key: 'doc.agenda.item.next-steps', weight: 10 },
  { key: 'doc.agenda.item.closing', weight: 10 },
];

/**
 * Minutes per item adding up exactly to the meeting's length: whole 5-minute units when the length allows,
 * shared by weight with the largest remainders rounded up, every item at least one unit.
 */
export function splitMinutes(total: number, weights: readonly number[]): number[] {
  const unit = total % 5 === 0 && total >= 5 * weights.length ? 5 : 1;
  const units = Math.floor(total / unit);
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = units - weights.length;
  const exact = weights.map((w) => (spare * w) / sum);
  const parts = exact.map((x) => 1 + Math.floor(x));
  let left = units - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts.map((p, i) => p * unit + (i === parts.length - 1 ? total - units * unit : 0));
}

function formatClock(lang: Lang, minutes: number): string {
  const day = 24 * 60;
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format((((minutes % day) + day) % day) * 60_000);
}

const isLink = (place: string): boolean => /^https?:\/\//i.test(place);

function detailRows(input: AgendaInput, lang: Lang, minutes: number): string[][] {
  const { meeting, settings } = input;
  const start = clockMinutes(meeting.startTime);
  const time =
    start === undefined
      ? t(lang, 'doc.agenda.minutes', { n: minutes })
      : `${formatClock(lang, start)} – ${formatClock(lang, start + minutes)}`;
  const place = meeting.location ?? '';
  return [
    [t(lang, 'doc.agenda.date'), formatDate(lang, meeting.date)],
    [t(lang, 'doc.agenda.time'), time],
    [t(lang, isLink(place) ? 'doc.agenda.link' : 'doc.agenda.place'), place || t(lang, 'doc.agenda.tbd')],
    [t(lang, 'doc.agenda.facilitator'), settings.taFacilitator || t(lang, 'doc.agenda.tbd')],
    [t(lang, 'doc.agenda.noteTaker'), meeting.noteTaker || t(lang, 'doc.agenda.noteTakerTbd')],
  ];
}

function timedRows(input: AgendaInput, lang: Lang, items: readonly TimedItem[], minutes: number): string[][] {
  const split = splitMinutes(
    minutes,
    items.map((item) => item.weight),
  );
  const start = clockMinutes(input.meeting.startTime);
  let at = start ?? 0;
  const rows = items.map((item, i) => {
    const row = [
      start === undefined ? '' : formatClock(lang, at),
      String(split[i]),
      t(lang, item.key as 'doc.agenda.item.welcome'),
    ];
    at += split[i]!;
    return row;
  });
  return [
    [t(lang, 'doc.agenda.col.time'), t(lang, 'doc.agenda.col.minutes'), t(lang, 'doc.agenda.col.item')],
    ...rows,
  ];
}

function contentBlocks(input: AgendaInput, lang: Lang, focus: AgendaFocus): DocBlock[] {
  if (input.kickoff) {
    return [
      { kind: 'heading', level: 2, text: t(lang, 'doc.agenda.actionSteps') },
      {
        kind: 'bullets',
        items: FIVE_KEY_ACTION_STEPS.map((step) => t(lang, `doc.agenda.step.${step}`)),
      },
      { kind: 'heading', level: 2, text: t(lang, 'doc.agenda.cimProcess') },
      { kind: 'paragraph', text: t(lang, 'doc.agenda.cimIntro') },
      { kind: 'bullets', items: ([1, 2, 3, 4] as const).map((step) => stepLabel(lang, step)) },
    ];
  }
  const activityId = input.meeting.activityId ?? 'partners-meetings';
  return [
    { kind: 'heading', level: 2, text: t(lang, `doc.agenda.focus.${focus}`) },
    { kind: 'paragraph', text: t(lang, `doc.agenda.focusText.${focus}`) },
    {
      kind: 'paragraph',
      text: t(lang, 'doc.agenda.activity', {
        step: stepLabel(lang, activityById(activityId).step),
        activity: activityLabel(lang, activityId),
      }),
    },
    { kind: 'bullets', items: activityById(activityId).subtasks.map((s) => subtaskLabel(lang, s)) },
  ];
}

const PRE_READING: Record<'kickoff' | AgendaFocus, readonly MessageKey[]> = {
  kickoff: ['doc.read.purpose', 'doc.read.roster', 'doc.read.cim', 'doc.read.terms'],
  'data-review': ['doc.read.data', 'doc.read.definitions', 'doc.read.terms'],
  'root-cause': ['doc.read.findings', 'doc.read.root-causes'],
  prioritize: ['doc.read.root-causes', 'doc.read.initiatives'],
  'target-population': ['doc.read.findings', 'doc.read.data'],
  'theory-of-action': ['doc.read.root-causes', 'doc.read.target'],
  'plan-review': ['doc.read.plan', 'doc.read.budget'],
  monitoring: ['doc.read.progress', 'doc.read.plan'],
};

/** The agenda in one language. */
export function agendaDoc(input: AgendaInput, lang: Lang): DocModel {
  const { meeting, settings } = input;
  const minutes = meeting.minutes ?? DEFAULT_MEETING_MINUTES;
  const focus = agendaFocus(meeting.activityId);
  const items = input.kickoff ? KICKOFF_ITEMS : LATER_ITEMS;
  const people = attendees(input.members, lang);
  const objectives: MessageKey[] = input.kickoff
    ? ['doc.obj.mission', 'doc.obj.roles', 'doc.obj.rules', 'doc.obj.cim']
    : [`doc.obj.${focus}`, 'doc.obj.voices', 'doc.obj.next'];
  const sendFrom = addDays(meeting.date, -14);
  const sendBy = addDays(meeting.date, -7);
  const requested = input.supports.filter((s) => s.count > 0);
  const title = meeting.title;
  return {
    name: t(lang, 'doc.agenda.fileName', { date: meeting.date, title }),
    blocks: [
      { kind: 'title', text: t(lang, 'doc.agenda.title', { title }) },
      { kind: 'paragraph', text: `${settings.leaName} · ${t(lang, 'doc.groupName')}` },
      { kind: 'table', rows: detailRows(input, lang, minutes) },
      { kind: 'heading', level: 1, text: t(lang, 'doc.agenda.objectives') },
      { kind: 'bullets', items: objectives.map((key) => t(lang, key as 'doc.obj.mission')) },
      { kind: 'heading', level: 1, text: t(lang, 'doc.agenda.schedule') },
      { kind: 'table', rows: timedRows(input, lang, items, minutes) },
      { kind: 'heading', level: 1, text: t(lang, 'doc.agenda.norms') },
      {
        kind: 'bullets',
        items: ENGAGEMENT_NORMS.map((norm) =>
          norm === 'note-taker' && meeting.noteTaker
            ? t(lang, 'doc.norm.note-taker-named', { name: meeting.noteTaker })
            : t(lang, `doc.norm.${norm}`),
        ),
      },
      ...contentBlocks(input, lang, focus),
      { kind: 'heading', level: 1, text: t(lang, 'doc.agenda.preReading') },
      {
        kind: 'paragraph',
        text: t(lang, 'doc.agenda.sendBy', {
          from: formatDate(lang, sendFrom),
          by: formatDate(lang, sendBy),
        }),
      },
      {
        kind: 'bullets',
        items: PRE_READING[input.kickoff ? 'kickoff' : focus].map((k) => t(lang, k as 'doc.read.purpose')),
      },
      { kind: 'heading', level: 1, text: t(lang, 'doc.agenda.supports') },
      requested.length > 0
        ? {
            kind: 'bullets',
            items: requested.map((s) =>
              t(lang, 'doc.agenda.supportCount', {
                support: t(lang, s.support === 'other' ? 'doc.support.other' : `inv.support.${s.support}`),
                n: s.count,
              }),
            ),
          }
        : { kind: 'paragraph', text: t(lang, 'doc.agenda.noSupports') },
      { kind: 'heading', level: 1, text: t(lang, 'doc.agenda.attendance') },
      {
        kind: 'table',
        shared: true,
        rows: [
          [t(lang, 'doc.col.name'), t(lang, 'doc.col.role'), t(lang, 'doc.col.present')],
          ...people.map((m) => [m.name, roleLabel(lang, m.roles[0]!), '☐']),
        ],
      },
      { kind: 'heading', level: 1, text: t(lang, 'doc.agenda.notes') },
      { kind: 'paragraph', text: t(lang, 'doc.agenda.notesHint') },
      { kind: 'heading', level: 1, text: t(lang, 'doc.agenda.nextSteps') },
      {
        kind: 'table',
        rows: [
          [t(lang, 'doc.col.action'), t(lang, 'doc.col.who'), t(lang, 'doc.col.byWhen')],
          ['', '', ''],
          ['', '', ''],
          ['', '', ''],
        ],
      },
    ],
  };
}

/** Blank lines at the end of a sign-in sheet for people who come without being on the list. */
const WALK_IN_LINES = 5;

/** The printable sign-in sheet in one language: confirmed members, a column to sign, lines for walk-ins. */
export function signInDoc(input: AgendaInput, lang: Lang): DocModel {
  const people = attendees(input.members, lang);
  return {
    name: t(lang, 'doc.signIn.fileName', { date: input.meeting.date, title: input.meeting.title }),
    blocks: [
      { kind: 'heading', level: 1, text: t(lang, 'doc.signIn.title') },
      {
        kind: 'paragraph',
        text: `${input.meeting.title} · ${formatDate(lang, input.meeting.date)} · ${input.settings.leaName}`,
      },
      {
        kind: 'table',
        shared: true,
        rows: [
          [t(lang, 'doc.col.name'), t(lang, 'doc.col.role'), t(lang, 'doc.col.signature')],
          ...people.map((m) => [m.name, roleLabel(lang, m.roles[0]!), '']),
          ...Array.from({ length: WALK_IN_LINES }, () => ['', '', '']),
        ],
      },
    ],
  };
}

/** A model in the chosen language(s): one language, both side by side, or one after the other. */
export function inLanguages(build: (lang: Lang) => DocModel, language: AgendaLanguage): DocModel {
  if (language === 'en' || language === 'es') return build(language);
  const en = build('en');
  const es = build('es');
  return language === 'both-columns' ? sideBySide(en, es) : oneAfterOther(en, es);
}

/** The agenda followed on a new page by its sign-in sheet, in the meeting's language(s). */
export function agendaWithSignIn(input: AgendaInput, language: AgendaLanguage): DocModel {
  const agenda = inLanguages((lang) => agendaDoc(input, lang), language);
  const signIn = inLanguages(
    (lang) => signInDoc(input, lang),
    language === 'es' ? 'es' : language === 'en' ? 'en' : 'both-columns',
  );
  return { name: agenda.name, blocks: [...agenda.blocks, { kind: 'pageBreak' }, ...signIn.blocks] };
}
