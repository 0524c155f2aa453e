/**
 * Meeting mode: the session timer at the top (and, when no meeting is today, an offer to add one), the meeting
 * (the server suggests today's or the next), attendance for the room, and walk-ins. Each part is its own module;
 * this one loads the view and hands it to them.
 */
import { formatDate } from '../../../src/core/dates';
import { notice } from '../../components/notice';
import { el } from '../../dom';
import { field, refreshDescribedBy } from '../../field';
import { lang, tabName, tr } from '../../i18n';
import { call } from '../../rpc-client';
import type { Proposal } from '../hours/index';
import { loadView, type Panel, panelFrame } from '../panel';
import { attendanceList, type MeetingView } from './attendance';
import { meetingDocuments } from './documents';
import { engagementLines } from './engagement';
import { seriesForm } from './series';
import { sessionTimer } from './timer';
import { walkInForm } from './walk-in';

let chosenMeetingId: string | null = null;

/** `openSeries`: unfold the series form once the panel has loaded (the sidebar was opened for it). */
export function meetingPanel(onProposal: (p: Proposal) => void, openSeries = false): Panel {
  const l = lang();
  const frame = panelFrame(tr('sb.tab.meeting'), refresh);
  const body = el('div');
  let view: MeetingView | null = null;

  const pick = field(tr('sb.meeting.pick'), el('select', { name: 'meeting' }));
  const timer = sessionTimer(onProposal, () => void refresh());
  const attendance = attendanceList();
  const walkIn = walkInForm((next) => {
    view = next;
    render();
  });
  const documents = meetingDocuments();
  const series = seriesForm(() => refresh());
  let seriesPending = openSeries;
  const todayOffer = el('div', { className: 'today-offer' });
  const todayMessage = notice();

  function offerToday(): void {
    if (!view || view.todaysMeetingId) {
      todayOffer.replaceChildren();
      return;
    }
    todayOffer.replaceChildren(
      el('p', {}, tr('sb.meeting.noneToday', { tab: tabName('meetings') })),
      el(
        'button',
        { type: 'button', className: 'secondary', onclick: () => void addToday() },
        tr('sb.meeting.addToday'),
      ),
      todayMessage.element,
    );
  }

  async function addToday(): Promise<void> {
    todayMessage.say(tr('sb.saving'));
    try {
      const result = await call('addTodaysMeeting', {});
      if (!result.ok) {
        todayMessage.fail(result.error.message);
        return;
      }
      view = result.value.view;
      chosenMeetingId = result.value.meetingId;
      render();
      const added = view.meetings.find((m) => m.id === chosenMeetingId);
      todayMessage.say(tr('sb.meeting.addedToday', { title: added?.title ?? '' }));
      todayOffer.replaceChildren(todayMessage.element);
      pick.control.focus();
    } catch {
      todayMessage.fail(tr('error.unexpected'), { label: tr('sb.retry'), run: () => void addToday() });
    }
  }

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
    walkIn.setMeeting(chosenMeetingId);
    documents.setMeeting(chosenMeetingId);
  }

  function render(): void {
    if (!view) return;
    offerToday();
    if (view.meetings.length === 0) {
      body.replaceChildren(
        el('p', {}, tr('sb.meeting.none', { tab: tabName('meetings') })),
        todayOffer,
        series.element,
      );
      openPendingSeries();
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
    body.replaceChildren(
      timer.element,
      todayOffer,
      pick.wrapper,
      attendance.element,
      walkIn.element,
      documents.element,
      series.element,
      engagementLines(view),
    );
    renderMeeting();
    openPendingSeries();
  }

  function openPendingSeries(): void {
    if (!seriesPending) return;
    seriesPending = false;
    series.open();
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
