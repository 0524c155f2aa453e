/**
 * A message slot beside the control that caused it: a polite status for progress and confirmations, an alert
 * for errors (with an optional button to try again). Both are live regions next to the control, so a person
 * scrolled down to a button sees and hears its answer there, not at the top of the panel.
 */
import { alertBox, clearAlert, el, showAlert, statusLine } from '../dom';

export interface Notice {
  element: HTMLElement;
  say(text: string): void;
  fail(message: string, retry?: { label: string; run: () => void }): void;
  clear(): void;
}

export function notice(): Notice {
  const status = statusLine();
  const alert = alertBox();
  return {
    element: el('div', { className: 'answer' }, status, alert),
    say(text) {
      clearAlert(alert);
      status.textContent = text;
    },
    fail(message, retry) {
      status.textContent = '';
      showAlert(alert, message, retry);
    },
    clear() {
      status.textContent = '';
      clearAlert(alert);
    },
  };
}
