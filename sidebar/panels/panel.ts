import type { RpcResult } from '../../src/server/rpc';
import { alertBox, clearAlert, el, showAlert, statusLine } from '../dom';
import { tr } from '../i18n';

/** What every panel offers the shell: its element, a first load when shown, and a reload. */
export interface Panel {
  element: HTMLElement;
  /** Loads the panel's data (again) when it is shown. */
  show(): void;
  refresh(): Promise<void>;
}

export interface PanelFrame {
  element: HTMLElement;
  /** The panel's live status line (loading, saving, saved). */
  status: HTMLParagraphElement;
  /** Where the panel's errors show, with a Try again button. */
  alert: HTMLDivElement;
}

/** A panel's frame: its heading with a Refresh button, then the status line and alert box; the body is appended. */
export function panelFrame(title: string, refresh: () => Promise<void>): PanelFrame {
  const status = statusLine();
  const alert = alertBox();
  const refreshButton = el(
    'button',
    { type: 'button', className: 'secondary', onclick: () => void refresh() },
    tr('sb.refresh'),
  );
  const element = el(
    'section',
    {},
    el('div', { className: 'panel-head' }, el('h2', {}, title), refreshButton),
    status,
    alert,
  );
  return { element, status, alert };
}

/**
 * Loads a panel's view: a loading line while waiting, then the value, or the server's message (or a plain one if
 * the call itself failed) with Try again. Only the loading line is cleared: a message set meanwhile (e.g. a
 * proposal to review) stays.
 */
export async function loadView<T>(
  frame: PanelFrame,
  fetch: () => Promise<RpcResult<T>>,
  use: (value: T) => void,
  retry: () => Promise<void>,
): Promise<void> {
  const { element, status, alert } = frame;
  const loading = tr('sidebar.loading');
  clearAlert(alert);
  status.textContent = loading;
  element.setAttribute('aria-busy', 'true');
  const offerRetry = (message: string) =>
    showAlert(alert, message, { label: tr('sb.retry'), run: () => void retry() });
  try {
    const result = await fetch();
    if (status.textContent === loading) status.textContent = '';
    if (result.ok) use(result.value);
    else offerRetry(result.error.message);
  } catch {
    status.textContent = '';
    offerRetry(tr('error.unexpected'));
  } finally {
    element.removeAttribute('aria-busy');
  }
}
