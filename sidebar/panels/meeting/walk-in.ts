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
      const result = await call('addWalkIn', { meetingId, name: typed, role: role.control.value as RoleId });
      if (!result.ok) {
        message.fail(result.error.message);
        return;
      }
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
