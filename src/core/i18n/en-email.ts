import { plural } from './plural';

/**
 * Invitations as delivered: the email and the printed letter in the recipient's language (written for families:
 * short sentences, no acronyms), the "Invitation sent" cells in the workbook's language, and the sidebar's
 * sending controls in the reader's language.
 */
export const enEmail = {
  'email.subject': (p: { lea: string }) => `Invitation to join the Educational Partners Group of ${p.lea}`,
  'email.greeting': (p: { name: string }) => `Dear ${p.name},`,
  'email.invite': (p: { lea: string }) => `${p.lea} invites you to join our Educational Partners Group.`,
  'email.why':
    'The group looks at why some groups of students are placed in special education or disciplined more often than others. Then it helps plan what to change. Your voice matters. Families and neighbors see things the district cannot see alone.',
  'email.meetings': (p: { count: number }) =>
    plural('en', p.count, { one: 'We will meet once:', other: `We will meet ${p.count} times:` }),
  'email.meetingsLater': 'We will send you the meeting dates soon.',
  'email.meetingTime': (p: { time: string }) => `at ${p.time}`,
  'email.supports': 'We offer interpretation and childcare at the meetings. Please tell us what you need.',
  'email.answer': 'Please tell us if you can join. It takes about two minutes.',
  'email.button': 'Answer the invitation',
  'email.linkLine': 'Or copy this link into your browser:',
  'email.contact': (p: { contact: string }) => `Questions? Contact ${p.contact}.`,
  'email.reply': 'You can also reply to this email.',
  'email.interpreter': (p: { language: string }) =>
    `If you prefer ${p.language}, reply to this email and we will find an interpreter for you.`,
  'email.anotherLanguage': 'another language',
  'email.thanks': 'Thank you,',
  'letter.title': (p: { lea: string; date: string }) => `Invitation letters, ${p.lea}, ${p.date}`,
  'letter.contact': (p: { contact: string }) => `Contact: ${p.contact}`,
  'letter.scan': 'To answer, open this link on a phone or computer, or scan the code with your phone camera:',
  'letter.interpreter': (p: { language: string }) =>
    `If you prefer ${p.language}, call or email us and we will find an interpreter for you.`,
  'letter.qrAlt': 'QR code of your personal invitation link',
  'wb.col.invitationSent': 'Invitation sent',
  'wb.note.invitationSent':
    'Filled by the add-on when it emails the invitation: when and in which language, or why it was not sent. Clear the cell to send to this person again.',
  'wb.sent': (p: { when: string; language: string }) => `Sent ${p.when} · ${p.language}`,
  'wb.sending': (p: { when: string }) => `Sending… ${p.when}`,
  'wb.notSent': (p: { error: string }) => `Not sent: ${p.error}`,
  'wb.letter': (p: { when: string; language: string }) => `Letter ${p.when} · ${p.language}`,
  'wb.langs.both': 'English and Spanish',
  'send.rerunSetup': (p: { tab: string; link: string; sent: string }) =>
    `The ${p.tab} tab has no “${p.link}” or “${p.sent}” column yet. Run Set up workspace, then create the invitations.`,
  'send.gone': (p: { tab: string }) =>
    `These members are no longer on the ${p.tab} tab. Check who gets it again.`,
  'menu.letters': 'Printed letters',
  'letters.none': (p: { tab: string }) =>
    `No member needs a printed letter: everyone with an invitation link has an email. Select rows on the ${p.tab} tab to make letters for them.`,
  'letters.selectRows': (p: { tab: string }) => `Select the members’ rows on the ${p.tab} tab first.`,
} as const;
