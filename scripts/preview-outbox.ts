/**
 * The preview's outbox: every invitation email the add-on sent through the in-memory MailApp, shown as the
 * member sees it (the HTML in a sandboxed frame, so nothing in it runs) with its plain-text alternative, plus
 * the sample's first sends: the forms and personal links, one email per language group, and the printed letters.
 */
import type { Workspace } from '../test/fake/workspace';
import type { Sandbox } from '../test/harness/sandbox';

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const STYLE = `
  body { margin: 0; font: 14px/1.5 Arial, sans-serif; color: #1f1f1f; background: #f1f3f4; }
  header { padding: 8px 16px; background: #fff; border-bottom: 1px solid #c4c7c5; }
  h1 { font-size: 1.1rem; margin: 0; }
  article { background: #fff; max-width: 680px; margin: 16px auto; padding: 16px 24px; box-shadow: 0 1px 3px #0003; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 12px; font-size: 13px; }
  dt { color: #474747; }
  dd { margin: 0; }
  iframe { width: 100%; height: 720px; border: 1px solid #dadce0; }
  pre { white-space: pre-wrap; font-size: 13px; background: #f8f9fa; padding: 8px; }
  a { color: #0b57d0; }
`;

export function outboxPage(ws: Workspace): string {
  const mails = ws.outbox
    .map((m, i) => {
      const meta = [
        ['To', m.to],
        ['From', m.name ?? ''],
        ['Reply to', m.replyTo ?? ''],
        ['Subject', m.subject],
        ['Sent', m.sentAt.toISOString()],
      ]
        .map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v!)}</dd>`)
        .join('');
      return `<article aria-labelledby="m${i}"><h2 id="m${i}">${escapeHtml(m.subject)}</h2><dl>${meta}</dl><iframe sandbox="" title="Email to ${escapeHtml(m.to)} as it shows" srcdoc="${escapeHtml(m.htmlBody ?? '')}"></iframe><details><summary>Plain-text version</summary><pre>${escapeHtml(m.body)}</pre></details></article>`;
    })
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outbox — local preview</title><style>${STYLE}</style></head><body><header><h1>Outbox</h1><p><a href="/">Back to the workbook</a>. Invitation emails the add-on sent, as each member sees them. Send more from the sidebar’s Invitations tab; letters are under <a href="/docs">Generated documents</a>.</p></header><main>${mails || '<p>No email sent yet.</p>'}</main></body></html>`;
}

function ok<T>(name: string, answer: unknown): T {
  const a = answer as { ok: boolean; value?: T; error?: unknown };
  if (!a.ok) throw new Error(`${name}: ${JSON.stringify(a.error)}`);
  return a.value as T;
}

/** Makes the forms and links, emails one member of each language group, and prints the letters. */
export function sendSampleInvitations(_ws: Workspace, sandbox: Sandbox): void {
  ok('updateInvitations', sandbox.call('updateInvitations', {}));
  const plan = ok<{ preview: { memberId: string }[] }>(
    'planInvitations',
    sandbox.call('planInvitations', { audience: { kind: 'unsent' }, resend: false }),
  );
  ok(
    'sendInvitations',
    sandbox.call('sendInvitations', { ids: plan.preview.map((p) => p.memberId), resend: null }),
  );
  ok('makePrintedLetters', sandbox.call('makePrintedLetters', { onlySelectedRows: false, newBatch: false }));
}
