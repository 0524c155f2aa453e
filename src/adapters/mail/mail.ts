/** MailApp, one call per invitation. The daily quota counts recipients; each invitation has one. */
import type { EmailContent } from '../../core/email';

export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/** Sends as the user, under the LEA's name, with replies going to the contact person. */
export function sendMail(to: string, content: EmailContent, from: { name: string; replyTo?: string }): void {
  MailApp.sendEmail({
    to,
    subject: content.subject,
    body: content.body,
    htmlBody: content.htmlBody,
    name: from.name,
    ...(from.replyTo ? { replyTo: from.replyTo } : {}),
  });
}
