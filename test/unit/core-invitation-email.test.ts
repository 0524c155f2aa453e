import { escapeHtml, invitationEmail } from '../../src/core/email';
import { invitationMessage, messageLangs, type Recipient } from '../../src/core/invitation-message';
import type { Meeting } from '../../src/core/meeting';
import { qrGif } from '../../src/core/qr';
import { settingsSchema } from '../../src/core/settings';
import { decodeQrGif } from '../harness/qr-decode';

const settings = settingsSchema.parse({
  leaName: 'Sample Unified School District',
  contactName: 'Dana Whitfield',
  contactEmail: 'dwhitfield@sample-usd.example',
  contactPhone: '(555) 010-2000',
});
const meetings: Meeting[] = [
  {
    id: 'MT-2',
    date: '2024-05-14',
    startTime: '4:00 PM',
    title: 'B',
    location: 'Video call',
    status: 'planned',
  },
  {
    id: 'MT-1',
    date: '2024-04-16',
    startTime: '4:00 PM',
    title: 'A',
    location: 'Board Room',
    status: 'planned',
  },
  { id: 'MT-0', date: '2024-02-06', title: 'Kickoff', status: 'held' },
];
const link = 'https://docs.google.com/forms/d/e/FORM/viewform?usp=pp_url&entry.1=K7QX2M9P';
const recipient = (over: Partial<Recipient> = {}): Recipient => ({
  id: 'M-001',
  name: 'María José Pérez',
  preferredLanguage: 'es',
  link,
  ...over,
});

describe('invitation email', () => {
  it('is written in the member’s language, by name, with their link, the planned dates and the contact', () => {
    const mail = invitationEmail(
      invitationMessage(recipient(), settings, meetings, 'email'),
      settings.leaName,
    );
    expect(mail.subject).toBe('Invitación al Grupo de Socios Educativos de Sample Unified School District');
    expect(mail.body).toContain('Estimado(a) María José Pérez:');
    expect(mail.body).toContain(
      'Nos reuniremos 2 veces:\n- 16 de abril de 2024 a las 4:00 PM, Board Room\n- 14 de mayo',
    );
    expect(mail.body).not.toContain('2024-02-06');
    expect(mail.body).toContain(link);
    expect(mail.body).toContain('Dana Whitfield, dwhitfield@sample-usd.example, (555) 010-2000');
    expect(mail.htmlBody).toContain('<div lang="es">');
    expect(mail.htmlBody).toContain(`href="${escapeHtml(link)}"`);
    expect(mail.body).not.toMatch(/Dear|invites you/);
  });

  it('gives another language both versions, English first, each offering an interpreter in that language', () => {
    const message = invitationMessage(
      recipient({ preferredLanguage: 'other', preferredLanguageOther: 'Vietnamese' }),
      settings,
      meetings,
      'email',
    );
    expect(message.langs).toEqual(['en', 'es']);
    const mail = invitationEmail(message, settings.leaName);
    expect(mail.subject).toMatch(/^Invitation to join .* \/ Invitación al /);
    const en = mail.body.indexOf('If you prefer Vietnamese, reply to this email');
    const es = mail.body.indexOf('Si prefiere Vietnamese, responda a este correo');
    expect(en).toBeGreaterThanOrEqual(0);
    expect(es).toBeGreaterThan(en);
    expect(messageLangs({})).toEqual(['en', 'es']);
    expect(messageLangs({ preferredLanguage: 'en' })).toEqual(['en']);
  });

  it('escapes every sheet value in the HTML and keeps the plain text as typed', () => {
    const hostile = '<img src=x onerror=alert(1)> "Tom" & Jerry\'s';
    const mail = invitationEmail(
      invitationMessage(
        recipient({ name: hostile, preferredLanguage: 'en' }),
        { ...settings, leaName: '<b>LEA</b>', contactName: '<script>x</script>' },
        [{ ...meetings[0]!, location: '<a href="javascript:alert(1)">here</a>' }],
        'email',
      ),
      '<b>LEA</b>',
    );
    expect(mail.htmlBody).not.toMatch(/<img|<script|<b>|<a href="javascript/);
    expect(mail.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;Tom&quot; &amp; Jerry&#39;s');
    expect(mail.body).toContain(`Dear ${hostile},`);
  });

  it('refuses a link that is not a web link', () => {
    const message = invitationMessage(
      recipient({ link: 'javascript:alert(1)' }),
      settings,
      meetings,
      'email',
    );
    expect(() => invitationEmail(message, settings.leaName)).toThrow(/Not a web link/);
  });

  it('says the dates will follow when no meeting is planned', () => {
    const mail = invitationEmail(
      invitationMessage(recipient({ preferredLanguage: 'en' }), settings, [], 'email'),
      settings.leaName,
    );
    expect(mail.body).toContain('We will send you the meeting dates soon.');
  });
});

describe('QR code', () => {
  it('is a GIF that decodes back to the member’s link', () => {
    const qr = qrGif(link);
    const bytes = Uint8Array.from(Buffer.from(qr.base64, 'base64'));
    expect(String.fromCharCode(...bytes.slice(0, 6))).toBe('GIF87a');
    expect(decodeQrGif(bytes)).toBe(link);
  });

  it('refuses text that is not ASCII rather than encode it wrongly', () => {
    expect(() => qrGif('https://example.org/ñ')).toThrow(/ASCII/);
  });
});
