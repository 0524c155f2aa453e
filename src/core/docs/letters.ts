/**
 * Printed invitation letters: one page per member, in their language (both, English first, for any other), on
 * the LEA's letter (name, contact, date), with their personal link written out and a QR code of it, so a family
 * without email can answer from a phone camera.
 */
import { formatDate, type IsoDate } from '../dates';
import type { Lang } from '../i18n/catalog';
import { t } from '../i18n/i18n';
import { contactLine, invitationMessage, type Recipient } from '../invitation-message';
import type { Meeting } from '../meeting';
import { qrGif } from '../qr';
import type { Settings } from '../settings';
import type { DocBlock, DocModel } from './document';

function letterBlocks(
  recipient: Recipient,
  settings: Settings,
  meetings: readonly Meeting[],
  today: IsoDate,
): DocBlock[] {
  const message = invitationMessage(recipient, settings, meetings, 'letter');
  const first = message.langs[0]!;
  const contact = contactLine(settings);
  const qr = qrGif(recipient.link);
  const paragraph = (text: string): DocBlock => ({ kind: 'paragraph', text });
  return [
    { kind: 'heading', level: 1, text: settings.leaName },
    ...(contact ? [paragraph(t(first, 'letter.contact', { contact }))] : []),
    paragraph(message.langs.map((lang: Lang) => formatDate(lang, today)).join(' / ')),
    ...message.sections.flatMap((s): DocBlock[] => [
      ...(s.interpreter ? [paragraph(s.interpreter)] : []),
      paragraph(s.greeting),
      ...s.intro.map(paragraph),
      paragraph(s.meetingsIntro),
      ...(s.meetings.length > 0 ? [{ kind: 'bullets', items: s.meetings } as const] : []),
      paragraph(s.supports),
      paragraph(s.answer),
      paragraph(recipient.link),
      ...(s.contact ? [paragraph(s.contact)] : []),
      ...s.closing.map(paragraph),
    ]),
    {
      kind: 'image',
      base64: qr.base64,
      mimeType: 'image/gif',
      width: qr.size,
      height: qr.size,
      alt: message.langs.map((lang) => t(lang, 'letter.qrAlt')).join(' / '),
    },
  ];
}

/** The letters Doc: named in the workbook's language (the file is for the district), one page per member. */
export function lettersDoc(
  recipients: readonly Recipient[],
  settings: Settings,
  meetings: readonly Meeting[],
  today: IsoDate,
  workbookLang: Lang,
): DocModel {
  return {
    name: t(workbookLang, 'letter.title', { lea: settings.leaName, date: today }),
    blocks: recipients.flatMap((r, i) => [
      ...(i > 0 ? [{ kind: 'pageBreak' } as const] : []),
      ...letterBlocks(r, settings, meetings, today),
    ]),
  };
}
