/**
 * A walk-in in a few keystrokes: name, role, Enter. The server adds a Partners row (accepted) and marks them
 * present at the chosen meeting; the answer shows beside the form.
 */
import { ROLE_IDS, type RoleId, roleLabel } from '../../../src/core/roles';
import { notice } from '../../components/notice';
import { el } from '../../dom';
import { field } from '../../field';
import { lang, tabName, tr } from '../../i18n';
import { call } from '../../rpc-client';
import type { MeetingView } from './attendance';

export interface WalkInForm {
  element: HTMLElement;
  /** The meeting a walk-in is marked present at. */
  setMeeting(meetingId: string): void;
}

export function walkInForm(onAdded: (view: MeetingView) => void): WalkInForm {
  const l = lang();
  let meetingId = '';
  let busy = false;
  /**
   * The request id of the walk-in being added, kept until it is added: adding the same person again after a
   * failure sends the same id, so the server never adds them twice. A changed name or role is a new request.
   */
  let request: { walkIn: string; id: string } | null = null;
  const name = field(
    tr('sb.meeting.walkInName'),
    el('input', { type: 'text', name: 'walkInName', autocomplete: 'off', required: true }),
  );
  const role = field(
    tr('sb.meeting.walkInRole'),
    el(
      'select',
      { name: 'walkInRole' },
      ...ROLE_IDS.map((id) => el('option', { value: id }, roleLabel(l, id))),
    ),
  );
  role.control.value = 'other';
  const add = el('button', { type: 'submit' }, tr('sb.meeting.walkInAdd'));
  const message = notice();
  const form = el('form', { className: 'walk-in', noValidate: true }, name.wrapper, role.wrapper, add);
  const element = el(
    'details',
    { className: 'walk-in-box' },
    el('summary', {}, tr('sb.meeting.walkIn')),
    form,
    message.element,
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  name.control.addEventListener('input', () => name.setError(null));

  async function save(): Promise<void> {
    if (busy) return;
    const typed = name.control.value.trim();
    if (!typed) {
      name.setError(tr('zod.required'));
      name.control.focus();
      return;
    }
    busy = true;
    add.disabled = true;
    message.say(tr('sb.saving'));
    try {
      const walkIn = { meetingId, name: typed, role: role.control.value as RoleId };
      const key = JSON.stringify(walkIn);
      if (request?.walkIn !== key) request = { walkIn: key, id: crypto.randomUUID() };
      const result = await call('addWalkIn', { ...walkIn, requestId: request.id });
      if (!result.ok) {
        message.fail(result.error.message);
        return;
      }
      request = null;
      onAdded(result.value.view);
      message.say(tr('sb.meeting.walkInAdded', { name: typed, tab: tabName('partners') }));
      // Ready for the next person at the door.
      name.control.value = '';
      name.control.focus();
    } catch {
      message.fail(tr('sb.saveFailed'), { label: tr('sb.retry'), run: () => void save() });
    } finally {
      busy = false;
      add.disabled = false;
    }
  }

  return {
    element,
    setMeeting(id) {
      meetingId = id;
    },
  };
}
