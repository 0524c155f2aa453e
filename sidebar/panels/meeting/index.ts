/**
 * Meeting mode: the session timer at the top, the meeting (the server suggests today's or the next), then
 * attendance for the room. Each part is its own module; this one loads the view and hands it to them.
 */
import { formatDate } from '../../../src/core/dates';
import { el } from '../../dom';
import { field, refreshDescribedBy } from '../../field';
import { lang, tr } from '../../i18n';
import { call } from '../../rpc-client';
import type { Proposal } from '../hours/index';
import { loadView, type Panel, panelFrame } from '../panel';
import { attendanceList, type MeetingView } from './attendance';
import { sessionTimer } from './timer';

let chosenMeetingId: string | null = null;

export function meetingPanel(onProposal: (p: Proposal) => void): Panel {
  const l = lang();
  const frame = panelFrame(tr('sb.tab.meeting'), refresh);
  const body = el('div');
  let view: MeetingView | null = null;

  const pick = field(tr('sb.meeting.pick'), el('select', { name: 'meeting' }));
  const timer = sessionTimer(onProposal, () => void refresh());
  const attendance = attendanceList();

  pick.control.addEventListener('change', () => {
    chosenMeetingId = pick.control.value;
    renderMeeting();
  });

  function renderMeeting(): void {
    if (!view || !chosenMeetingId) return;
    const meeting = view.meetings.find((m) => m.id === chosenMeetingId);
    pick.hint.replaceChildren();
    if (meeting) {
      // The full title too: at 300 px a long one is cut in the closed select.
      pick.hint.append(
        el('span', { className: 'meeting-title' }, meeting.title),
        el('br'),
        tr('sb.meeting.when', { days: meeting.daysAway }),
        meeting.activity ? el('br') : '',
        meeting.activity ? tr('sb.meeting.activity', { activity: meeting.activity }) : '',
      );
    }
    refreshDescribedBy(pick);
    timer.show(view, chosenMeetingId);
    attendance.show(view, chosenMeetingId);
  }

  function render(): void {
    if (!view) return;
    if (view.meetings.length === 0) {
      body.replaceChildren(el('p', {}, tr('sb.meeting.none')));
      return;
    }
    if (!chosenMeetingId || !view.meetings.some((m) => m.id === chosenMeetingId))
      chosenMeetingId = view.suggestedMeetingId ?? view.meetings[0]!.id;
    pick.control.replaceChildren(
      ...view.meetings.map((m) =>
        el('option', { value: m.id }, `${formatDate(l, m.date, 'medium')} — ${m.title}`),
      ),
    );
    pick.control.value = chosenMeetingId;
    body.replaceChildren(timer.element, pick.wrapper, attendance.element);
    renderMeeting();
  }

  function refresh(): Promise<void> {
    return loadView(
      frame,
      () => call('getMeetingView', {}),
      (value) => {
        view = value;
        render();
        attendance.resume();
      },
      refresh,
    );
  }

  const { element } = frame;
  element.append(body);
  return {
    element,
    // Every time the panel is shown, so edits made in the sheet meanwhile show without reopening the sidebar.
    show: () => void refresh(),
    refresh,
  };
}
