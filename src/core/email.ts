/**
 * An invitation as an email: subject, an HTML body and its plain-text alternative. Every value that came from
 * the sheet (names, places, the LEA, the contact) is escaped in the HTML, and the link must be http(s), so no
 * cell can inject markup or a script link into what a family opens.
 */
import type { Lang } from './i18n/catalog';
import { t } from './i18n/i18n';
import type { InvitationMessage, MessageSection } from './invitation-message';

export interface EmailContent {
  subject: string;
  htmlBody: string;
  body: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Only web links go into an href; anything else (javascript:, data:) is refused where the link is made. */
function isWebLink(link: string): boolean {
  return /^https:\/\/[^\s<>"']+$/i.test(link);
}

function emailSubject(langs: readonly Lang[], lea: string): string {
  return langs.map((lang) => t(lang, 'email.subject', { lea })).join(' / ');
}

const P = 'margin:0 0 12px';

function sectionHtml(s: MessageSection, link: string): string {
  const p = (text: string) => `<p style="${P}">${escapeHtml(text)}</p>`;
  const href = escapeHtml(link);
  return [
    `<div lang="${s.lang}">`,
    s.interpreter ? `<p style="${P};font-weight:bold">${escapeHtml(s.interpreter)}</p>` : '',
    p(s.greeting),
    ...s.intro.map(p),
    p(s.meetingsIntro),
    s.meetings.length > 0
      ? `<ul style="${P}">${s.meetings.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>`
      : '',
    p(s.supports),
    p(s.answer),
    `<p style="${P}"><a href="${href}" style="display:inline-block;padding:10px 16px;background:#0b57d0;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold">${escapeHtml(s.button)}</a></p>`,
    `<p style="${P};font-size:13px">${escapeHtml(t(s.lang, 'email.linkLine'))}<br><a href="${href}">${href}</a></p>`,
    s.contact ? p(s.contact) : '',
    `<p style="${P}">${s.closing.map(escapeHtml).join('<br>')}</p>`,
    '</div>',
  ].join('');
}

function sectionText(s: MessageSection, link: string): string {
  return [
    s.interpreter ?? '',
    s.greeting,
    ...s.intro,
    [s.meetingsIntro, ...s.meetings.map((m) => `- ${m}`)].join('\n'),
    s.supports,
    `${s.answer}\n${link}`,
    s.contact,
    s.closing.join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function invitationEmail(message: InvitationMessage, lea: string): EmailContent {
  if (!isWebLink(message.link)) throw new Error(`Not a web link: ${message.link}`);
  const divider = '<hr style="border:none;border-top:1px solid #c4c7c5;margin:24px 0">';
  return {
    subject: emailSubject(message.langs, lea),
    htmlBody: `<!DOCTYPE html><html><body style="margin:0;padding:16px;font:16px/1.5 Arial,sans-serif;color:#1f1f1f"><div style="max-width:600px">${message.sections
      .map((s) => sectionHtml(s, message.link))
      .join(divider)}</div></body></html>`,
    body: message.sections.map((s) => sectionText(s, message.link)).join('\n\n----------\n\n'),
  };
}
