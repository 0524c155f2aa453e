/**
 * Delivering the invitations, inside the Invitations panel: choose who gets the email, see the exact message
 * each language group gets (rendered by the server for a real member, in a sandboxed frame), send in batches
 * with a progress bar, a count and Cancel (closing the sidebar stops after the current batch; Continue picks up
 * what is left), and make the printed letters.
 */
import { MEMBER_STATUSES } from '../../src/core/member';
import type * as handlers from '../../src/server/handlers';
import type { RpcValue } from '../../src/server/rpc';
import { el, uid } from '../dom';
import { tabName, tr, trKey } from '../i18n';
import { call } from '../rpc-client';
import { notice } from './notice';

type Plan = RpcValue<typeof handlers.planInvitations>;
type Who = 'unsent' | 'status' | 'rows';

function radio(name: string, value: Who, label: string, checked: boolean): HTMLElement {
  const id = uid('who');
  return el(
    'div',
    { className: 'choice' },
    el('input', { type: 'radio', name, value, id, checked }),
    el('label', { htmlFor: id }, label),
  );
}

function checkbox(label: string): { wrapper: HTMLElement; input: HTMLInputElement } {
  const input = el('input', { type: 'checkbox', id: uid('cb') });
  return {
    wrapper: el('div', { className: 'choice' }, input, el('label', { htmlFor: input.id }, label)),
    input,
  };
}

function languageName(langs: readonly string[]): string {
  return langs.map((l) => trKey(`lang.${l}`)).join(' / ');
}

export function deliverySection(): HTMLElement {
  const group = uid('who');
  const statusSelect = el(
    'select',
    { id: uid('status'), name: 'status', attrs: { 'aria-label': tr('sb.send.status') } },
    ...MEMBER_STATUSES.map((s) => el('option', { value: s }, trKey(`status.${s}`))),
  );
  const who = el(
    'fieldset',
    {},
    el('legend', {}, tr('sb.send.who')),
    radio(group, 'unsent', tr('sb.send.who.unsent'), true),
    radio(group, 'status', tr('sb.send.who.status'), false),
    statusSelect,
    radio(group, 'rows', tr('sb.send.who.rows', { tab: tabName('partners') }), false),
  );
  const resend = checkbox(tr('sb.send.resend'));
  const checkButton = el('button', { type: 'button', className: 'secondary' }, tr('sb.send.check'));
  const planBox = el('div', { className: 'send-plan' });
  const sendButton = el('button', { type: 'button', hidden: true });
  const progress = el('progress', {
    max: 1,
    value: 0,
    hidden: true,
    attrs: { 'aria-label': tr('sb.send.progressLabel') },
  });
  const cancelButton = el(
    'button',
    { type: 'button', className: 'secondary', hidden: true },
    tr('sb.send.cancel'),
  );
  const continueButton = el('button', { type: 'button', hidden: true }, tr('sb.send.continue'));
  const failures = el('ul', { className: 'send-failures' });
  const sendNotice = notice();
  let plan: Plan | null = null;
  let cancelled = false;

  const chosen = (): Who => (who.querySelector<HTMLInputElement>('input:checked')?.value as Who) ?? 'unsent';
  const audience = () => {
    const kind = chosen();
    return kind === 'status'
      ? ({ kind, status: statusSelect.value as (typeof MEMBER_STATUSES)[number] } as const)
      : ({ kind } as const);
  };

  function renderPlan(p: Plan): void {
    const skipped = p.skipped.length;
    planBox.replaceChildren(
      el('p', {}, tr('sb.send.plan', { send: p.send.length, skipped, quota: p.quota })),
      ...(p.later > 0 ? [el('p', { className: 'warning' }, tr('sb.send.later', { n: p.later }))] : []),
      ...(skipped > 0
        ? [
            el(
              'details',
              {},
              el('summary', {}, `${tr('sb.send.skippedTitle')} (${skipped})`),
              el(
                'ul',
                {},
                ...p.skipped.map((s) => el('li', {}, `${s.name}: ${trKey(`sb.send.skip.${s.reason}`)}`)),
              ),
            ),
          ]
        : []),
      ...(p.preview.length > 0 ? [el('h4', {}, tr('sb.send.preview'))] : []),
      ...p.preview.map((m) =>
        el(
          'div',
          { className: 'mail-preview' },
          el(
            'p',
            { className: 'preview-for' },
            tr('sb.send.previewFor', { name: m.name, language: languageName(m.langs) }),
          ),
          el('p', { className: 'preview-subject' }, tr('sb.send.subject', { subject: m.subject })),
          el('iframe', {
            title: tr('sb.send.previewFrame', { language: languageName(m.langs) }),
            srcdoc: m.htmlBody,
            attrs: { sandbox: '' },
          }),
        ),
      ),
    );
    sendButton.textContent = tr('sb.send.send', { n: p.send.length });
    sendButton.hidden = p.send.length === 0;
    if (p.send.length === 0) sendNotice.say(tr('sb.send.nothing'));
  }

  async function check(): Promise<void> {
    sendNotice.say(tr('sidebar.loading'));
    continueButton.hidden = true;
    failures.replaceChildren();
    try {
      const result = await call('planInvitations', { audience: audience(), resend: resend.input.checked });
      if (!result.ok) return sendNotice.fail(result.error.message);
      sendNotice.clear();
      plan = result.value;
      renderPlan(plan);
    } catch {
      sendNotice.fail(tr('error.unexpected'), { label: tr('sb.retry'), run: () => void check() });
    }
  }

  function busy(on: boolean): void {
    checkButton.disabled = sendButton.disabled = on;
    cancelButton.hidden = !on;
    progress.hidden = false;
  }

  async function send(
    ids: readonly string[],
    seen: Record<string, string> | null,
    batchSize: number,
  ): Promise<void> {
    cancelled = false;
    continueButton.hidden = true;
    busy(true);
    progress.max = ids.length;
    progress.value = 0;
    let sent = 0;
    let failed = 0;
    let done = 0;
    let stop: 'cancel' | 'quota' | 'error' | null = null;
    for (let i = 0; i < ids.length && !stop; i += batchSize) {
      if (cancelled) {
        stop = 'cancel';
        break;
      }
      const batch = ids.slice(i, i + batchSize);
      try {
        const result = await call('sendInvitations', { ids: batch, resend: seen });
        if (!result.ok) {
          sendNotice.fail(result.error.message);
          stop = 'error';
          break;
        }
        for (const r of result.value.results) {
          if (r.outcome === 'quota') stop = 'quota';
          else done += 1;
          if (r.outcome === 'sent') sent += 1;
          if (r.outcome === 'failed') {
            failed += 1;
            failures.append(el('li', {}, tr('sb.send.failedItem', { name: r.name, error: r.error ?? '' })));
          }
        }
      } catch {
        sendNotice.fail(tr('error.unexpected'));
        stop = 'error';
      }
      progress.value = done;
      sendNotice.say(tr('sb.send.progress', { done, total: ids.length }));
    }
    busy(false);
    const left = ids.length - done;
    if (stop === 'quota') sendNotice.say(tr('sb.send.quotaOut', { left }));
    else if (stop === 'cancel') sendNotice.say(tr('sb.send.cancelled', { left }));
    else if (stop === null) sendNotice.say(tr('sb.send.done', { sent, failed }));
    const rest = ids.slice(done);
    continueButton.hidden = rest.length === 0 || stop === 'quota';
    continueButton.onclick = () => void send(rest, seen, batchSize);
    sendButton.hidden = true;
  }

  checkButton.onclick = () => void check();
  sendButton.onclick = () => {
    if (plan) void send(plan.send, resend.input.checked ? plan.seen : null, plan.batchSize);
  };
  cancelButton.onclick = () => {
    cancelled = true;
  };

  // Printed letters.
  const onlyRows = checkbox(tr('sb.letters.rows', { tab: tabName('partners') }));
  const newBatch = checkbox(tr('sb.letters.newBatch'));
  const lettersNotice = notice();
  const lettersLink = el('p');
  const lettersButton = el('button', { type: 'button', className: 'secondary' }, tr('sb.letters.make'));
  lettersButton.onclick = async () => {
    lettersButton.disabled = true;
    lettersLink.replaceChildren();
    lettersNotice.say(tr('sidebar.loading'));
    try {
      const result = await call('makePrintedLetters', {
        onlySelectedRows: onlyRows.input.checked,
        newBatch: newBatch.input.checked,
      });
      if (!result.ok) lettersNotice.fail(result.error.message);
      else {
        lettersNotice.say(tr('letters.done', { n: result.value.count }));
        lettersLink.append(
          el('a', { href: result.value.url, target: '_blank', rel: 'noopener' }, tr('sb.letters.open')),
        );
      }
    } catch {
      lettersNotice.fail(tr('error.unexpected'));
    } finally {
      lettersButton.disabled = false;
    }
  };

  return el(
    'section',
    { className: 'delivery' },
    el('h3', {}, tr('sb.send.title')),
    who,
    resend.wrapper,
    checkButton,
    planBox,
    sendButton,
    progress,
    cancelButton,
    continueButton,
    sendNotice.element,
    failures,
    el('h3', {}, tr('sb.letters.title')),
    el('p', { className: 'hint' }, tr('sb.letters.help', { tab: tabName('partners') })),
    onlyRows.wrapper,
    newBatch.wrapper,
    lettersButton,
    lettersNotice.element,
    lettersLink,
  );
}
