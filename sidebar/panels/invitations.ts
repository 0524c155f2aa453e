/**
 * Invitations panel: create or update the English and Spanish forms (and everyone's personal link), sync
 * answers, open each form, see where answers stand and what support each meeting needs.
 */

import type { InvitationsView } from '../../src/server/invitations';
import type { RpcResult } from '../../src/server/rpc';
import { deliverySection } from '../components/delivery';
import { clearAlert, el, showAlert } from '../dom';
import { tabName, tr } from '../i18n';
import { call } from '../rpc-client';
import { loadView, type Panel, panelFrame } from './panel';

export function invitationsPanel(): Panel {
  const frame = panelFrame(tr('sb.tab.invitations'), refresh);
  const { element, status, alert } = frame;
  const notices = el('div', { className: 'notices' });
  const body = el('div');
  const create = el(
    'button',
    { type: 'button', onclick: () => void act('updateInvitations') },
    tr('sb.inv.create'),
  );
  const sync = el(
    'button',
    { type: 'button', className: 'secondary', onclick: () => void act('syncInvitationAnswers') },
    tr('sb.inv.sync'),
  );
  element.append(el('div', { className: 'actions' }, create, sync), notices, body, deliverySection());

  async function act(name: 'updateInvitations' | 'syncInvitationAnswers'): Promise<void> {
    clearAlert(alert);
    notices.replaceChildren();
    status.textContent = tr('sb.inv.working');
    create.disabled = sync.disabled = true;
    element.setAttribute('aria-busy', 'true');
    try {
      const result: RpcResult<{ message: string; notices: string[]; view: InvitationsView }> = await call(
        name,
        {},
      );
      if (result.ok) {
        status.textContent = result.value.message;
        notices.replaceChildren(...result.value.notices.map((n) => el('p', { className: 'notice' }, n)));
        render(result.value.view);
      } else {
        status.textContent = '';
        showAlert(alert, result.error.message);
      }
    } catch {
      status.textContent = '';
      showAlert(alert, tr('error.unexpected'), { label: tr('sb.retry'), run: () => void act(name) });
    } finally {
      create.disabled = sync.disabled = false;
      element.removeAttribute('aria-busy');
    }
  }

  function render(view: InvitationsView): void {
    const forms =
      view.forms.length === 0
        ? el('p', {}, tr('sb.inv.none', { start: tabName('start'), meetings: tabName('meetings') }))
        : el(
            'ul',
            { className: 'form-links' },
            ...view.forms.map((f) =>
              el(
                'li',
                {},
                el(
                  'a',
                  { href: f.url, target: '_blank', rel: 'noopener' },
                  tr('sb.inv.open', { language: f.language }),
                ),
                ' · ',
                el(
                  'a',
                  { href: f.editUrl, target: '_blank', rel: 'noopener' },
                  tr('sb.inv.edit', { language: f.language }),
                ),
              ),
            ),
          );
    // One short list per meeting rather than a seven-column table, which a 300 px sidebar cannot show.
    const meetings =
      view.meetings.length === 0
        ? [el('p', {}, tr('sb.inv.noMeetings', { tab: tabName('meetings') }))]
        : view.meetings.map((m) =>
            el(
              'div',
              { className: 'meeting-supports' },
              el('h4', {}, m.label),
              el(
                'ul',
                {},
                el('li', {}, `${tr('sb.inv.coming')}: ${m.coming}`),
                ...m.needs.filter((n) => n.count > 0).map((n) => el('li', {}, `${n.label}: ${n.count}`)),
                ...(m.other > 0 ? [el('li', {}, `${tr('sb.inv.other')}: ${m.other}`)] : []),
              ),
            ),
          );
    body.replaceChildren(
      el(
        'p',
        { className: 'folder' },
        view.folder ? tr('sb.inv.folder', { name: view.folder }) : tr('sb.inv.noFolder'),
      ),
      el('h3', {}, tr('sb.inv.forms')),
      forms,
      view.forms.length === 0 ? '' : el('p', {}, tr('sb.inv.onStart', { tab: tabName('start') })),
      el('h3', {}, tr('sb.inv.answers')),
      el(
        'ul',
        { className: 'statuses' },
        ...view.statuses.map((s) => el('li', {}, `${s.label}: ${s.count}`)),
      ),
      ...(view.unmatched > 0
        ? [
            el(
              'p',
              { className: 'warning' },
              tr('sb.inv.unmatched', { n: view.unmatched, tab: view.unmatchedTab }),
            ),
          ]
        : []),
      el('h3', {}, tr('sb.inv.perMeeting')),
      ...meetings,
    );
  }

  function refresh(): Promise<void> {
    return loadView(frame, () => call('getInvitations', {}), render, refresh);
  }

  return { element, show: () => void refresh(), refresh };
}
