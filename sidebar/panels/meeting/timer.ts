/**
 * The session timer at the top of the meeting panel: minutes and seconds, and the time it started. It runs on
 * the server (user properties), so closing the sidebar loses nothing; stopping it hands a proposed TA Log entry
 * to the hours form. Its answers show beside its button.
 */
import { INTL_LOCALE } from '../../../src/core/dates';
import { notice } from '../../components/notice';
import { el } from '../../dom';
import { lang, tr } from '../../i18n';
import { call } from '../../rpc-client';
import type { Proposal } from '../hours/index';
import type { MeetingView } from './attendance';

/** Elapsed time as m:ss (minutes keep counting past the hour: 75:03). */
function clockText(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export interface SessionTimer {
  element: HTMLElement;
  show(view: MeetingView, meetingId: string): void;
}

export function sessionTimer(onProposal: (p: Proposal) => void, reload: () => void): SessionTimer {
  const l = lang();
  let view: MeetingView | null = null;
  let meetingId = '';
  let tick: ReturnType<typeof setInterval> | undefined;
  /** Server time minus this page's time, so the elapsed time does not depend on the laptop's clock. */
  let skew = 0;
  const message = notice();
  const body = el('div');
  const element = el(
    'section',
    { className: 'timer', attrs: { 'aria-labelledby': 'timer-title' } },
    el('h3', { id: 'timer-title' }, tr('sb.meeting.timer')),
    body,
    message.element,
  );

  function render(): void {
    clearInterval(tick);
    if (!view) return;
    const running = view.timer;
    if (!running) {
      body.replaceChildren(
        el('p', { className: 'timer-state' }, tr('sb.meeting.notRunning')),
        el('button', { type: 'button', onclick: () => void start() }, tr('sb.meeting.start')),
      );
      return;
    }
    if (running.meetingId !== meetingId) {
      const other = view.meetings.find((m) => m.id === running.meetingId);
      body.replaceChildren(
        el(
          'p',
          { className: 'timer-state' },
          tr('sb.meeting.runningOther', { title: other?.title ?? running.meetingId }),
        ),
        el('button', { type: 'button', onclick: () => void stop() }, tr('sb.meeting.stop')),
      );
      return;
    }
    // The clock is not announced each second (aria-live off); its label says what it counts.
    const clock = el('span', {
      className: 'clock',
      attrs: { role: 'timer', 'aria-live': 'off', 'aria-label': tr('sb.meeting.elapsedLabel') },
    });
    const started = new Intl.DateTimeFormat(INTL_LOCALE[l], { timeStyle: 'short' }).format(running.startedAt);
    const update = () => {
      clock.textContent = clockText(Date.now() + skew - running.startedAt);
    };
    update();
    tick = setInterval(update, 1000);
    body.replaceChildren(
      el(
        'p',
        { className: 'timer-state' },
        clock,
        ' ',
        el('span', { className: 'started' }, tr('sb.meeting.startedAt', { started })),
      ),
      el('button', { type: 'button', onclick: () => void stop() }, tr('sb.meeting.stop')),
    );
  }

  async function start(): Promise<void> {
    if (!view) return;
    message.say(tr('sb.saving'));
    try {
      const result = await call('startTimer', { meetingId });
      if (!result.ok) throw new Error(result.error.message);
      view.timer = result.value;
      skew = result.value.startedAt - Date.now();
      message.clear();
      render();
      body.querySelector('button')?.focus();
    } catch (error) {
      message.fail((error as Error).message || tr('error.unexpected'), {
        label: tr('sb.retry'),
        run: () => void start(),
      });
    }
  }

  async function stop(): Promise<void> {
    if (!view) return;
    message.say(tr('sb.saving'));
    try {
      const result = await call('stopTimer', {});
      if (!result.ok) throw new Error(result.error.message);
      view.timer = null;
      message.clear();
      render();
      onProposal(result.value);
    } catch (error) {
      message.fail((error as Error).message || tr('error.unexpected'), {
        label: tr('sb.refresh'),
        run: reload,
      });
    }
  }

  return {
    element,
    show(next, id) {
      view = next;
      meetingId = id;
      skew = next.now - Date.now();
      render();
    },
  };
}
