/**
 * Emailing invitations through the built bundle: each member in their language, the preview is what is sent,
 * the quota running out half-way, hostile values, resends only when asked. A fault at every call of a batch is
 * the fault sweep's (test/sweep/operations-documents.ts).
 */
import type { FakeSheet } from '../fake/spreadsheet';
import type { WorkspaceOptions } from '../fake/workspace';
import { type Addon, startSampleAddon } from '../harness/addon';

type Plan = {
  send: string[];
  skipped: { id: string; reason: string }[];
  seen: Record<string, string>;
  quota: number;
  later: number;
  batchSize: number;
  preview: {
    langs: string[];
    memberId: string;
    to: string;
    subject: string;
    htmlBody: string;
    body: string;
  }[];
};
type Batch = { results: { id: string; outcome: string; error?: string }[]; quota: number };

function value<T>(answer: ReturnType<Addon['rpc']>): T {
  if (!answer.ok)
    throw new Error(`RPC failed: ${answer.error.message} ${JSON.stringify(answer.error.issues)}`);
  return answer.value as T;
}

function partners(addon: Addon): FakeSheet {
  return addon.ws.spreadsheet.getSheetByName('Partners')!;
}

function col(sheet: FakeSheet, header: string): number {
  const i = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.indexOf(header);
  if (i < 0) throw new Error(`No column ${header}`);
  return i + 1;
}

/** Partners rows keyed by header, unrecorded. */
function rows(addon: Addon): Record<string, unknown>[] {
  const [header = [], ...data] = partners(addon).getDataRange().getValues();
  return data
    .filter((r) => r[0] !== '')
    .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

const linkFor = (id: string) =>
  `https://docs.google.com/forms/d/e/1FAIpQLSfake/viewform?usp=pp_url&entry.101=${id}-K7QX`;

/** What "Create or update invitations" leaves in the Invitation link column. */
function seedLinks(addon: Addon): void {
  const sheet = partners(addon);
  const ids = sheet.getRange(2, col(sheet, 'ID'), sheet.getLastRow() - 1, 1).getValues();
  sheet
    .getRange(2, col(sheet, 'Invitation link'), ids.length, 1)
    .setValues(ids.map(([id]) => [id ? linkFor(String(id)) : '']));
}

function start(options: WorkspaceOptions = {}): Addon {
  const addon = startSampleAddon({ mailQuota: 1500, ...options });
  seedLinks(addon);
  return addon;
}

function plan(addon: Addon, audience: object = { kind: 'unsent' }, resend = false): Plan {
  return value<Plan>(addon.rpc('planInvitations', { audience, resend }));
}

/** Sends a plan as the sidebar does: batches in order until done or the quota stops it. */
function sendAll(addon: Addon, p: Plan, resend = false): Batch['results'] {
  const out: Batch['results'] = [];
  for (let i = 0; i < p.send.length; i += p.batchSize) {
    const batch = value<Batch>(
      addon.rpc('sendInvitations', { ids: p.send.slice(i, i + p.batchSize), resend: resend ? p.seen : null }),
    );
    out.push(...batch.results);
    if (batch.results.some((r) => r.outcome === 'quota')) break;
  }
  return out;
}

const mailTo = (addon: Addon, email: string) => addon.ws.outbox.filter((m) => m.to === email);

describe('emailing invitations', () => {
  it('writes to each member in their language, with their link, reply-to the contact, and records it', () => {
    const addon = start();
    const p = plan(addon);
    expect(p.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reason: 'no-email' }),
        expect.objectContaining({ reason: 'bad-email' }),
      ]),
    );
    const results = sendAll(addon, p);
    expect(results.filter((r) => r.outcome === 'sent')).toHaveLength(p.send.length);
    expect(addon.ws.outbox).toHaveLength(p.send.length);
    for (const r of rows(addon).filter((row) => p.send.includes(String(row.ID)))) {
      const [mail] = mailTo(addon, String(r.Email));
      expect(mail).toBeDefined();
      expect(mail!.replyTo).toBe('dwhitfield@sample-usd.example');
      expect(mail!.name).toBe('Sample Unified School District');
      expect(mail!.body).toContain(linkFor(String(r.ID)));
      expect(mail!.htmlBody).toContain(String(r.Name).replace(/'/g, '&#39;'));
      const lang = String(r['Preferred language']);
      if (lang === 'Spanish') expect(mail!.subject).toMatch(/^Invitación/);
      else if (lang === 'English') expect(mail!.subject).toMatch(/^Invitation to join/);
      else expect(mail!.subject).toMatch(/^Invitation to join .* \/ Invitación/);
      expect(String(r['Invitation sent'])).toMatch(
        /^Sent \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} · (English|Spanish|English and Spanish)$/,
      );
      expect(r['Invited on']).toBeInstanceOf(Date);
    }
    const vietnamese = rows(addon).find((r) => r['Other language (name)'] === 'Vietnamese')!;
    expect(mailTo(addon, String(vietnamese.Email))[0]!.body).toContain('If you prefer Vietnamese');
    // A proposed member becomes invited; an accepted one stays accepted.
    expect(
      rows(addon)
        .filter((r) => p.send.includes(String(r.ID)))
        .map((r) => r.Status),
    ).not.toContain('Proposed');
  });

  it('previews exactly what each language group is sent', () => {
    const addon = start();
    const p = plan(addon);
    expect(p.preview.map((x) => x.langs.join('+')).sort()).toEqual(['en', 'en+es', 'es']);
    sendAll(addon, p);
    for (const preview of p.preview) {
      const [mail] = mailTo(addon, preview.to);
      expect({ subject: mail!.subject, htmlBody: mail!.htmlBody, body: mail!.body }).toEqual({
        subject: preview.subject,
        htmlBody: preview.htmlBody,
        body: preview.body,
      });
    }
  });

  it('sends what fits the quota, says what is left, and the next day sends the rest with no duplicates', () => {
    const addon = start({ mailQuota: 10, now: () => new Date('2024-03-01T17:00:00Z') });
    const p = plan(addon);
    expect(p.send.length).toBeGreaterThan(20);
    expect(p.quota).toBe(10);
    expect(p.later).toBe(p.send.length - 10);
    const first = sendAll(addon, p);
    expect(first.filter((r) => r.outcome === 'sent')).toHaveLength(10);
    expect(first.some((r) => r.outcome === 'quota')).toBe(true);
    const sentIds = new Set(first.filter((r) => r.outcome === 'sent').map((r) => r.id));
    for (const r of rows(addon).filter((row) => p.send.includes(String(row.ID)))) {
      expect({ id: r.ID, recorded: r['Invitation sent'] !== '' }).toEqual({
        id: r.ID,
        recorded: sentIds.has(String(r.ID)),
      });
    }
    // Resuming the same day sends nothing and says the quota is used up.
    expect(plan(addon)).toMatchObject({ quota: 0, later: p.send.length - 10 });
    expect(sendAll(addon, plan(addon)).filter((r) => r.outcome === 'sent')).toHaveLength(0);
    for (let day = 1; day <= 3 && plan(addon).send.length > 0; day++) {
      addon.ws.advanceTime(24 * 3600 * 1000);
      const before = addon.ws.outbox.length;
      sendAll(addon, plan(addon));
      expect(addon.ws.outbox.length - before).toBeLessThanOrEqual(10);
    }
    const addresses = addon.ws.outbox.map((m) => m.to);
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(addresses).toHaveLength(p.send.length);
  });

  it('escapes hostile names in the HTML and keeps them as text in the sheet', () => {
    const addon = start();
    const sheet = partners(addon);
    const hostile = '=HYPERLINK("http://evil.example","<img src=x onerror=alert(1)>")';
    const row =
      rows(addon).findIndex((r) => r['Preferred language'] === 'English' && String(r.Email).includes('@')) +
      2;
    sheet.getRange(row, col(sheet, 'Name')).setValue(`'${hostile}`);
    sheet.getRange(row, col(sheet, 'Notes')).setValue("'+1 555 <script>alert(1)</script>");
    const id = String(sheet.getRange(row, col(sheet, 'ID')).getValue());
    plan(addon);
    value(addon.rpc('sendInvitations', { ids: [id], resend: null }));
    const mail = addon.ws.outbox[0]!;
    expect(mail.htmlBody).not.toContain('<img');
    expect(mail.htmlBody).toContain(
      '=HYPERLINK(&quot;http://evil.example&quot;,&quot;&lt;img src=x onerror=alert(1)&gt;&quot;)',
    );
    expect(mail.body).toContain(`Dear ${hostile},`);
    const range = sheet.getRange(row, 1, 1, sheet.getLastColumn());
    expect(range.getFormulas()[0]!.every((f) => f === '')).toBe(true);
    expect(range.getValues()[0]).toEqual(
      expect.arrayContaining([hostile, '+1 555 <script>alert(1)</script>']),
    );
  });

  it('resends only when asked, and a retried resend batch does not send again', () => {
    const addon = start();
    sendAll(addon, plan(addon));
    const count = addon.ws.outbox.length;
    expect(plan(addon).send).toEqual([]);
    const sheet = partners(addon);
    sheet.setActiveRange(sheet.getRange(2, 1, 3, 2));
    expect(plan(addon, { kind: 'rows' }).send).toEqual([]);
    const again = plan(addon, { kind: 'rows' }, true);
    expect(again.send.length).toBeGreaterThan(0);
    const ids = again.send;
    value(addon.rpc('sendInvitations', { ids, resend: again.seen }));
    value(addon.rpc('sendInvitations', { ids, resend: again.seen }));
    expect(addon.ws.outbox).toHaveLength(count + ids.length);
  });

  it('refuses a batch argument that is not valid, naming the field', () => {
    const addon = start();
    const answer = addon.rpc('sendInvitations', { ids: [], resend: null });
    expect(answer.ok).toBe(false);
    expect(addon.ws.outbox).toHaveLength(0);
  });
});
