/**
 * The chosen meeting's documents from the sidebar: its agenda (a Doc, made or updated in place), its calendar
 * event (guests emailed only when the box is ticked), and the group's MOU draft and report. Each answer shows
 * beside the buttons with the Doc's link.
 */
import { notice } from '../../components/notice';
import { el } from '../../dom';
import { tr } from '../../i18n';
import { call } from '../../rpc-client';

/** What each documents RPC answers: a message naming the Doc or event, or an error. */
type Answer = { ok: true; value: { message: string } } | { ok: false; error: { message: string } };

export interface MeetingDocuments {
  element: HTMLElement;
  setMeeting(meetingId: string): void;
}

export function meetingDocuments(): MeetingDocuments {
  let meetingId = '';
  let busy = false;
  const message = notice();
  const notify = el('input', { type: 'checkbox', name: 'notifyGuests', id: 'notify-guests' });
  const buttons: HTMLButtonElement[] = [];

  async function act(run: () => Promise<Answer>): Promise<void> {
    if (busy) return;
    busy = true;
    for (const b of buttons) b.disabled = true;
    message.say(tr('sb.saving'));
    try {
      const result = await run();
      if (result.ok) message.say(result.value.message);
      else message.fail(result.error.message);
    } catch {
      message.fail(tr('sb.saveFailed'), { label: tr('sb.retry'), run: () => void act(run) });
    } finally {
      busy = false;
      for (const b of buttons) b.disabled = false;
    }
  }

  const button = (label: string, run: () => Promise<Answer>) => {
    const b = el('button', { type: 'button' }, label);
    b.addEventListener('click', () => void act(run));
    buttons.push(b);
    return b;
  };

  const element = el(
    'section',
    { className: 'meeting-docs', attrs: { 'aria-labelledby': 'meeting-docs-title' } },
    el('h3', { id: 'meeting-docs-title' }, tr('sb.docs.title')),
    el(
      'div',
      { className: 'actions' },
      button(tr('sb.docs.agenda'), () => call('makeAgenda', { meetingId })),
      button(tr('sb.docs.calendar'), () =>
        call('addMeetingsToCalendar', { meetingId, notify: notify.checked }),
      ),
    ),
    el('label', { className: 'check', htmlFor: 'notify-guests' }, notify, tr('sb.docs.notify')),
    el(
      'div',
      { className: 'actions' },
      button(tr('sb.docs.mou'), () => call('makeMouDraft', {})),
      button(tr('sb.docs.report'), () => call('makeGroupReport', {})),
    ),
    message.element,
  );
  return {
    element,
    setMeeting(id) {
      meetingId = id;
    },
  };
}
