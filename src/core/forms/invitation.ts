/**
 * The invitation form as data: one spec per language built from the Start settings and the Meetings tab, with
 * the same items in the same order in every language (each item has a key the adapter keeps its id under, and
 * answers are read back by). The wording comes from the catalog (en-forms.ts, es-forms.ts).
 */
import { formatDate, INTL_LOCALE, type IsoDate } from '../dates';
import type { Lang } from '../i18n/catalog';
import { t } from '../i18n/i18n';
import { DEFAULT_MEETING_MINUTES, type Meeting } from '../meeting';
import type { Settings } from '../settings';

export const JOIN_ANSWERS = ['yes', 'no', 'talk'] as const;
export type JoinAnswer = (typeof JOIN_ANSWERS)[number];
export const FORM_LANGUAGES = ['en', 'es'] as const;
export const SUPPORTS = ['interpretation', 'childcare', 'transportation', 'accessibility'] as const;
export type Support = (typeof SUPPORTS)[number];
const CONTACT_WAYS = ['email', 'call', 'text', 'mail'] as const;
export type ContactWay = (typeof CONTACT_WAYS)[number];

export const QUESTION_KEYS = [
  'code',
  'join',
  'meetings',
  'language',
  'supports',
  'contactBy',
  'comments',
] as const;
export type QuestionKey = (typeof QUESTION_KEYS)[number];
const SECTION_KEYS = ['purpose', 'time', 'role', 'support', 'contact'] as const;
export type ItemKey = QuestionKey | `section.${(typeof SECTION_KEYS)[number]}`;

export interface Choice {
  /** What the answer means: a join answer, a support, a language, a contact way, or a meeting's ISO date. */
  id: string;
  label: string;
}

export type FormItem =
  | { kind: 'section'; key: ItemKey; title: string; help: string }
  | { kind: 'text' | 'paragraph'; key: QuestionKey; title: string; help: string; required: boolean }
  | {
      kind: 'choice' | 'checkbox';
      key: QuestionKey;
      title: string;
      help: string;
      required: boolean;
      choices: Choice[];
      /** Forms' own "Other:" choice with a text box. */
      other: boolean;
    };

export interface FormSpec {
  lang: Lang;
  title: string;
  description: string;
  confirmation: string;
  items: FormItem[];
}

/** The meetings families are invited to: those still planned, in date order. */
export function invitedMeetings(meetings: readonly Meeting[]): Meeting[] {
  return meetings.filter((m) => m.status === 'planned').sort((a, b) => a.date.localeCompare(b.date));
}

function weekday(lang: Lang, iso: IsoDate): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  );
}

/** A meeting as a family reads it: "Tuesday, May 14, 2024 · 4:00 PM · District Office, Board Room". */
export function meetingLabel(lang: Lang, m: Meeting): string {
  return t(lang, 'form.meeting', {
    date: `${weekday(lang, m.date)}, ${formatDate(lang, m.date)}`,
    time: m.startTime ?? '',
    place: m.location ?? '',
  });
}

/** "1½": a length in hours to the nearest half hour, as a family reads it. */
function halves(minutes: number): string {
  const n = Math.max(1, Math.round(minutes / 30));
  const whole = Math.floor(n / 2);
  return n % 2 === 0 ? String(whole) : whole === 0 ? '½' : `${whole}½`;
}

/**
 * How long the meetings last, from the Meetings tab (a meeting without a length counts as the agendas' default):
 * "about 1½ hours" when they last the same, "between 1 and 2 hours" when they differ.
 */
function meetingLength(lang: Lang, meetings: readonly Meeting[]): string {
  const lengths = meetings.length
    ? meetings.map((m) => m.minutes ?? DEFAULT_MEETING_MINUTES)
    : [DEFAULT_MEETING_MINUTES];
  const shortest = halves(Math.min(...lengths));
  const longest = halves(Math.max(...lengths));
  return shortest === longest
    ? t(lang, 'form.length.about', { span: longest })
    : t(lang, 'form.length.between', { min: shortest, max: longest });
}

const choices = <Id extends string>(ids: readonly Id[], label: (id: Id) => string): Choice[] =>
  ids.map((id) => ({ id, label: label(id) }));

export function invitationForm(lang: Lang, settings: Settings, meetings: readonly Meeting[]): FormSpec {
  const lea = settings.leaName || t(lang, 'app.name');
  const invited = invitedMeetings(meetings);
  const labels = invited.map((m) => meetingLabel(lang, m));
  const contact = {
    name: settings.contactName ?? '',
    phone: settings.contactPhone ?? '',
    email: settings.contactEmail ?? '',
  };
  const section = (key: (typeof SECTION_KEYS)[number], help: string): FormItem => ({
    kind: 'section',
    key: `section.${key}`,
    title: t(lang, `form.section.${key}`),
    help,
  });
  return {
    lang,
    title: t(lang, 'form.title', { lea }),
    description: t(lang, 'form.intro', { lea }),
    confirmation: t(lang, 'form.confirmation', { name: contact.name, phone: contact.phone }),
    items: [
      {
        kind: 'text',
        key: 'code',
        title: t(lang, 'form.q.code'),
        help: t(lang, 'form.q.code.help'),
        required: false,
      },
      section('purpose', t(lang, 'form.section.purpose.help')),
      section(
        'time',
        t(lang, 'form.section.time.help', {
          count: invited.length,
          length: meetingLength(lang, invited),
          dates: labels.map((l) => `• ${l}`).join('\n'),
        }),
      ),
      section('role', t(lang, 'form.section.role.help')),
      section('support', t(lang, 'form.section.support.help')),
      section('contact', t(lang, 'form.section.contact.help', contact)),
      {
        kind: 'choice',
        key: 'join',
        title: t(lang, 'form.q.join'),
        help: '',
        required: true,
        choices: choices(JOIN_ANSWERS, (id) => t(lang, `form.join.${id}`)),
        other: false,
      },
      {
        kind: 'checkbox',
        key: 'meetings',
        title: t(lang, 'form.q.meetings'),
        help: t(lang, 'form.q.meetings.help'),
        required: false,
        choices: invited.map((m, i) => ({ id: m.date, label: labels[i]! })),
        other: false,
      },
      {
        kind: 'choice',
        key: 'language',
        title: t(lang, 'form.q.language'),
        help: '',
        required: false,
        choices: choices(FORM_LANGUAGES, (id) => t(lang, `form.lang.${id}`)),
        other: true,
      },
      {
        kind: 'checkbox',
        key: 'supports',
        title: t(lang, 'form.q.supports'),
        help: t(lang, 'form.q.supports.help'),
        required: false,
        choices: choices(SUPPORTS, (id) => t(lang, `form.support.${id}`)),
        other: true,
      },
      {
        kind: 'choice',
        key: 'contactBy',
        title: t(lang, 'form.q.contactBy'),
        help: '',
        required: false,
        choices: choices(CONTACT_WAYS, (id) => t(lang, `form.contact.${id}`)),
        other: false,
      },
      { kind: 'paragraph', key: 'comments', title: t(lang, 'form.q.comments'), help: '', required: false },
    ],
  };
}

/** Every text a family reads in the form, for the readability check and the preview. */
export function familyTexts(spec: FormSpec): string[] {
  return [
    spec.title,
    spec.description,
    spec.confirmation,
    ...spec.items.flatMap((item) => [
      item.title,
      item.help,
      ...('choices' in item ? item.choices.map((c) => c.label) : []),
    ]),
  ].filter((text) => text !== '');
}
