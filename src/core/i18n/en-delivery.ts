import { plural } from './plural';

/** The sidebar's delivery controls in the Invitations panel (sending by email, printed letters), in the reader's language. */
export const enDelivery = {
  'sb.send.title': 'Send invitations by email',
  'sb.send.who': 'Who gets it',
  'sb.send.who.unsent': 'Everyone not sent yet',
  'sb.send.who.status': 'Members with this status',
  'sb.send.who.rows': (p: { tab: string }) => `Rows selected on the ${p.tab} tab`,
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
  'sb.letters.help': (p: { tab: string }) =>
    `One page per member with no email (or per row selected on the ${p.tab} tab), in their language, with their link and a QR code.`,
  'sb.letters.rows': (p: { tab: string }) => `Only the rows selected on the ${p.tab} tab`,
  'sb.letters.newBatch': 'Start a new document (keep the last one as it is)',
  'sb.letters.make': 'Make printed letters',
  'sb.letters.open': 'Open the letters',
} as const;
