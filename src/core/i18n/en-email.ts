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
  'send.rerunSetup':
    'The Partners tab has no Invitation link or Invitation sent column yet. Run Set up workspace, then create the invitations.',
  'send.gone': 'These members are no longer on the Partners tab. Check who gets it again.',
  'send.noPreview': 'No member has both an email and an invitation link yet. Create the invitations first.',
  'menu.letters': 'Printed letters',
  'letters.none':
    'No member needs a printed letter: everyone with an invitation link has an email. Select rows on the Partners tab to make letters for them.',
  'letters.selectRows': 'Select the members’ rows on the Partners tab first.',
  'letters.done': (p: { n: number }) =>
    plural('en', p.n, {
      one: 'The letter for 1 member is ready.',
      other: `Letters for ${p.n} members are ready.`,
    }),
  'sb.send.title': 'Send invitations by email',
  'sb.send.who': 'Who gets it',
  'sb.send.who.unsent': 'Everyone not sent yet',
  'sb.send.who.status': 'Members with this status',
  'sb.send.who.rows': 'Rows selected on the Partners tab',
  'sb.send.status': 'Status',
  'sb.send.resend': 'Send again to people already sent (resend)',
  'sb.send.check': 'Check who gets it',
  'sb.send.plan': (p: { send: number; skipped: number; quota: number }) =>
    `${plural('en', p.send, { one: '1 to send', other: `${p.send} to send` })}, ${p.skipped} left out. Emails left today: ${p.quota}.`,
  'sb.send.later': (p: { n: number }) =>
    plural('en', p.n, {
      one: "1 does not fit today's email limit: continue tomorrow to send it.",
      other: `${p.n} do not fit today's email limit: continue tomorrow to send them.`,
    }),
  'sb.send.skippedTitle': 'Left out',
  'sb.send.skip.no-email': 'no email: make a printed letter',
  'sb.send.skip.bad-email': 'the email is not valid',
  'sb.send.skip.no-link': 'no invitation link yet: create the invitations first',
  'sb.send.skip.already-sent': 'already sent',
  'sb.send.skip.interrupted':
    'sending was interrupted, so it may have gone out: check with them, then resend if needed',
  'sb.send.preview': 'Preview',
  'sb.send.previewFor': (p: { name: string; language: string }) => `As ${p.name} gets it (${p.language})`,
  'sb.send.previewFrame': (p: { language: string }) => `Email preview, ${p.language}`,
  'sb.send.subject': (p: { subject: string }) => `Subject: ${p.subject}`,
  'sb.send.send': (p: { n: number }) =>
    plural('en', p.n, { one: 'Send 1 invitation', other: `Send ${p.n} invitations` }),
  'sb.send.cancel': 'Cancel',
  'sb.send.continue': 'Continue sending',
  'sb.send.progressLabel': 'Invitations sent',
  'sb.send.progress': (p: { done: number; total: number }) => `${p.done} of ${p.total} done`,
  'sb.send.done': (p: { sent: number; failed: number }) =>
    `Done: ${plural('en', p.sent, { one: '1 sent', other: `${p.sent} sent` })}, ${p.failed} not sent.`,
  'sb.send.cancelled': (p: { left: number }) =>
    `Stopped after the current batch. ${p.left} not sent yet: use Continue sending to send them.`,
  'sb.send.quotaOut': (p: { left: number }) =>
    `Today's email limit is used up. ${p.left} not sent yet: continue tomorrow.`,
  'sb.send.failedItem': (p: { name: string; error: string }) => `${p.name}: not sent (${p.error})`,
  'sb.send.nothing': 'Nobody to send to.',
  'sb.letters.title': 'Printed letters',
  'sb.letters.help':
    'One page per member with no email (or per row selected on the Partners tab), in their language, with their link and a QR code.',
  'sb.letters.rows': 'Only the rows selected on the Partners tab',
  'sb.letters.newBatch': 'Start a new document (keep the last one as it is)',
  'sb.letters.make': 'Make printed letters',
  'sb.letters.open': 'Open the letters',
} as const;
