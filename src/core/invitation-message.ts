/**
 * What an invitation says to one member, before it becomes an email or a printed letter: the same content in
 * the recipient's language (English or Spanish; any other language gets both, English first, each offering an
 * interpreter), addressed by name, with the meeting dates, the contact person and the personal link.
 */
import { formatDate } from './dates';
import type { Lang } from './i18n/catalog';
import { t } from './i18n/i18n';
import type { Meeting } from './meeting';
import type { Member } from './member';
import type { Settings } from './settings';

export type Channel = 'email' | 'letter';

/** Who receives an invitation: the member's fields the message uses, and their personal link. */
export type Recipient = Pick<Member, 'id' | 'name' | 'preferredLanguage' | 'preferredLanguageOther'> & {
  link: string;
};

export interface MessageSection {
  lang: Lang;
  greeting: string;
  intro: string[];
  meetingsIntro: string;
  meetings: string[];
  supports: string;
  answer: string;
  button: string;
  contact: string;
  /** For a member whose language is neither English nor Spanish. */
  interpreter?: string;
  closing: string[];
}

export interface InvitationMessage {
  recipientId: string;
  langs: Lang[];
  link: string;
  sections: MessageSection[];
}

/** The languages an invitation is written in: the member's, or both (English first) for any other. */
export function messageLangs(recipient: Pick<Member, 'preferredLanguage'>): Lang[] {
  return recipient.preferredLanguage === 'en'
    ? ['en']
    : recipient.preferredLanguage === 'es'
      ? ['es']
      : ['en', 'es'];
}

/** The meetings an invitation lists: those still planned, in date order. */
function invitationMeetings(meetings: readonly Meeting[]): Meeting[] {
  return meetings.filter((m) => m.status === 'planned').sort((a, b) => a.date.localeCompare(b.date));
}

/** "April 16, 2024 at 4:00 PM, District Office": the date in the reader's words, time and place as typed. */
function meetingLine(lang: Lang, meeting: Meeting): string {
  const when = meeting.startTime
    ? `${formatDate(lang, meeting.date)} ${t(lang, 'email.meetingTime', { time: meeting.startTime })}`
    : formatDate(lang, meeting.date);
  return meeting.location ? `${when}, ${meeting.location}` : when;
}

/** "Dana Whitfield, dana@district.org, (555) 010-2000", leaving out what is not set. */
export function contactLine(settings: Settings): string {
  return [settings.contactName, settings.contactEmail, settings.contactPhone].filter(Boolean).join(', ');
}

export function invitationMessage(
  recipient: Recipient,
  settings: Settings,
  meetings: readonly Meeting[],
  channel: Channel,
): InvitationMessage {
  const langs = messageLangs(recipient);
  const listed = invitationMeetings(meetings);
  const lea = settings.leaName;
  const contact = contactLine(settings);
  const sections = langs.map((lang): MessageSection => {
    const language = recipient.preferredLanguageOther || t(lang, 'email.anotherLanguage');
    return {
      lang,
      greeting: t(lang, 'email.greeting', { name: recipient.name }),
      intro: [t(lang, 'email.invite', { lea }), t(lang, 'email.why')],
      meetingsIntro:
        listed.length > 0
          ? t(lang, 'email.meetings', { count: listed.length })
          : t(lang, 'email.meetingsLater'),
      meetings: listed.map((m) => meetingLine(lang, m)),
      supports: t(lang, 'email.supports'),
      answer: channel === 'email' ? t(lang, 'email.answer') : t(lang, 'letter.scan'),
      button: t(lang, 'email.button'),
      contact: [
        contact ? t(lang, 'email.contact', { contact }) : '',
        channel === 'email' ? t(lang, 'email.reply') : '',
      ]
        .filter(Boolean)
        .join(' '),
      ...(langs.length > 1
        ? {
            interpreter:
              channel === 'email'
                ? t(lang, 'email.interpreter', { language })
                : t(lang, 'letter.interpreter', { language }),
          }
        : {}),
      closing: [t(lang, 'email.thanks'), settings.contactName ?? '', lea].filter(Boolean),
    };
  });
  return { recipientId: recipient.id, langs, link: recipient.link, sections };
}
