/**
 * Meeting mode: pick the meeting (the server suggests today's or the next), tick who is present (changes are
 * batched and saved with one call a moment after the last tick), and time the session; stopping the timer
 * hands a proposed TA Log entry to the hours form for review. The timer lives on the server, so closing the
 * sidebar loses nothing.
 */
import { formatDate } from '../../src/core/dates';
import type { RpcValue } from '../../src/server/rpc';
import { clearAlert, el, showAlert } from '../dom';
import { field, refreshDescribedBy } from '../field';
import { lang, tr } from '../i18n';
import { call } from '../rpc-client';
import type { Proposal } from './hours';
import { loadView, type Panel, panelFrame } from './panel';

type MeetingView = RpcValue<typeof import('../../src/server/meeting-rpc').getMeetingView>;

/** How long after the last tick the batch is saved. */
export const SAVE_DELAY_MS = 800;

let chosenMeetingId: string | null = null;
/** Ticks not yet saved, per meeting: member id → present. Kept outside the panel, so a rebuild keeps them. */
const pending = new Map<string, Map<string, boolean>>();

export function meetingPanel(onProposal: (p: Proposal) => void): Panel {
  const l = lang();
  const frame = panelFrame(tr('sb.tab.meeting'), refresh);
  const { status, alert } = frame;
  const body = el('div');
  let view: MeetingView | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving = false;
  let clock: ReturnType<typeof setInterval> | undefined;
  /** Server time minus this page's time, so the elapsed minutes do not depend on the laptop's clock. */
  let skew = 0;

  const pick = field(tr('sb.meeting.pick'), el('select', { name: 'meeting' }));
  const meetingInfo = pick.hint;
  const attendance = el('div');
  const timerBox = el('div', { className: 'timer' });
  const saveButton = el(
    'button',
    { type: 'button', className: 'secondary', onclick: () => void flush() },
    tr('sb.meeting.save'),
  );
  const unsaved = el('p', { className: 'unsaved' });

  pick.control.addEventListener('change', () => {
    chosenMeetingId = pick.control.value;
    renderMeeting();
  });

  function present(meetingId: string): Set<string> {
    const set = new Set(view?.attendance[meetingId] ?? []);
    for (const [id, on] of pending.get(meetingId) ?? []) {
      if (on) set.add(id);
      else set.delete(id);
    }
    return set;
  }

  function pendingCount(): number {
    let n = 0;
    for (const m of pending.values()) n += m.size;
    return n;
  }

  function showUnsaved(): void {
    const n = pendingCount();
    unsaved.textContent = n > 0 ? tr('sb.meeting.unsaved', { n }) : '';
    saveButton.hidden = n === 0;
  }

  function scheduleSave(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  /** Saves each meeting's pending ticks in one call; ticks made meanwhile wait for the next batch. */
  async function flush(): Promise<void> {
    clearTimeout(timer);
    if (saving || !view) return;
    const [meetingId, changes] = [...pending.entries()].find(([, m]) => m.size > 0) ?? [];
    if (!meetingId || !changes) return;
    const batch = [...changes.entries()].map(([memberId, on]) => ({ memberId, present: on }));
    pending.delete(meetingId);
    saving = true;
    status.textContent = tr('sb.saving');
    clearAlert(alert);
    try {
      const result = await call('saveAttendance', { meetingId, changes: batch });
      if (!result.ok) throw new Error(result.error.message);
      view.attendance[meetingId] = result.value.present;
      status.textContent = tr('sb.saved');
    } catch (error) {
      // Put the batch back under any newer ticks, so nothing marked is lost.
      const newer = pending.get(meetingId) ?? new Map<string, boolean>();
      const merged = new Map(batch.map((c) => [c.memberId, c.present] as const));
      for (const [id, on] of newer) merged.set(id, on);
      pending.set(meetingId, merged);
      status.textContent = '';
      const message =
        error instanceof Error && error.message && !/fetch|network/i.test(error.message) ? error.message : '';
      showAlert(alert, message ? `${tr('sb.saveFailed')} ${message}` : tr('sb.saveFailed'), {
        label: tr('sb.retry'),
        run: () => void flush(),
      });
    } finally {
      saving = false;
      showUnsaved();
      renderCount();
    }
    if (pendingCount() > 0 && !alert.hasChildNodes()) scheduleSave();
  }

  const countLine = el('p', { className: 'count', attrs: { 'aria-live': 'polite' } });
  function renderCount(): void {
    if (!view || !chosenMeetingId) return;
    countLine.textContent = tr('sb.meeting.present', {
      n: present(chosenMeetingId).size,
      of: view.members.length,
    });
  }

  function renderAttendance(): void {
    if (!view || !chosenMeetingId) return;
    const meetingId = chosenMeetingId;
    const here = present(meetingId);
    if (view.members.length === 0) {
      attendance.replaceChildren(el('p', {}, tr('sb.meeting.noMembers')));
      return;
    }
    attendance.replaceChildren(
      el(
        'fieldset',
        { className: 'attendance' },
        el('legend', {}, tr('sb.meeting.attendance')),
        countLine,
        ...view.members.map((m) => {
          const box = el('input', { type: 'checkbox', checked: here.has(m.id), value: m.id });
          box.addEventListener('change', () => {
            const changes = pending.get(meetingId) ?? new Map<string, boolean>();
            changes.set(m.id, box.checked);
            pending.set(meetingId, changes);
            showUnsaved();
            renderCount();
            scheduleSave();
          });
          return el(
            'label',
            { className: 'check' },
            box,
            el(
              'span',
              { className: 'member' },
              el('span', { className: 'name' }, m.name),
              el('span', { className: 'role' }, m.role),
            ),
          );
        }),
      ),
      unsaved,
      saveButton,
    );
    renderCount();
    showUnsaved();
  }

  function elapsedMinutes(): number {
    if (!view?.timer) return 0;
    return Math.max(0, Math.floor((Date.now() + skew - view.timer.startedAt) / 60_000));
  }

  function renderTimer(): void {
    clearInterval(clock);
    if (!view || !chosenMeetingId) return;
    const running = view.timer;
    const line = el('p', { className: 'timer-state', attrs: { role: 'timer', 'aria-live': 'off' } });
    const update = () => {
      if (!running) line.textContent = tr('sb.meeting.notRunning');
      else if (running.meetingId === chosenMeetingId)
        line.textContent = tr('sb.meeting.running', {
          elapsed: tr('sb.meeting.elapsed', { minutes: elapsedMinutes() }),
        });
      else {
        const other = view?.meetings.find((m) => m.id === running.meetingId);
        line.textContent = tr('sb.meeting.runningOther', { title: other?.title ?? running.meetingId });
      }
    };
    update();
    if (running) clock = setInterval(update, 15_000);
    const button = running
      ? el('button', { type: 'button', onclick: () => void stopTimer() }, tr('sb.meeting.stop'))
      : el('button', { type: 'button', onclick: () => void startTimer() }, tr('sb.meeting.start'));
    timerBox.replaceChildren(el('h3', {}, tr('sb.meeting.timer')), line, button);
  }

  async function startTimer(): Promise<void> {
    if (!chosenMeetingId || !view) return;
    clearAlert(alert);
    status.textContent = tr('sb.saving');
    try {
      const result = await call('startTimer', { meetingId: chosenMeetingId });
      if (!result.ok) throw new Error(result.error.message);
      view.timer = result.value;
      skew = result.value.startedAt - Date.now();
      status.textContent = '';
      renderTimer();
      timerBox.querySelector('button')?.focus();
    } catch (error) {
      status.textContent = '';
      showAlert(alert, (error as Error).message || tr('error.unexpected'), {
        label: tr('sb.retry'),
        run: () => void startTimer(),
      });
    }
  }

  async function stopTimer(): Promise<void> {
    if (!view) return;
    clearAlert(alert);
    status.textContent = tr('sb.saving');
    try {
      const result = await call('stopTimer', {});
      if (!result.ok) throw new Error(result.error.message);
      view.timer = null;
      status.textContent = '';
      renderTimer();
      onProposal(result.value);
    } catch (error) {
      status.textContent = '';
      showAlert(alert, (error as Error).message || tr('error.unexpected'), {
        label: tr('sb.refresh'),
        run: () => void refresh(),
      });
    }
  }

  function renderMeeting(): void {
    if (!view) return;
    const meeting = view.meetings.find((m) => m.id === chosenMeetingId);
    meetingInfo.replaceChildren();
    if (meeting) {
      meetingInfo.append(
        tr('sb.meeting.when', { days: meeting.daysAway }),
        meeting.activity ? el('br') : '',
        meeting.activity ? tr('sb.meeting.activity', { activity: meeting.activity }) : '',
      );
    }
    refreshDescribedBy(pick);
    renderAttendance();
    renderTimer();
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
    body.replaceChildren(pick.wrapper, attendance, timerBox);
    renderMeeting();
  }

  function refresh(): Promise<void> {
    return loadView(
      frame,
      () => call('getMeetingView', {}),
      (value) => {
        view = value;
        skew = value.now - Date.now();
        render();
        if (pendingCount() > 0) scheduleSave();
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
