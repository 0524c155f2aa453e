/**
 * The latest TA Log entries and undo of the user's own last entry. Undo names the entry (date, activity, hours)
 * and asks inside the panel before removing it; its answer shows beside the button, not at the top.
 */
import { formatDate } from '../../../src/core/dates';
import { formatHours } from '../../../src/core/quarter-hours';
import type { HoursView } from '../../../src/server/hours-rpc';
import { notice } from '../../components/notice';
import { el } from '../../dom';
import { lang, tabName, tr } from '../../i18n';
import { call } from '../../rpc-client';

type Entry = NonNullable<HoursView['undo']>;

export interface RecentEntries {
  element: HTMLElement;
  render(view: HoursView): void;
}

/** How a person recognises an entry: date, activity and hours. */
function describeEntry(entry: Entry): string {
  const l = lang();
  return `${formatDate(l, entry.date)} · ${entry.activity} · ${formatHours(l, entry.quarterHours)}`;
}

export function recentEntries(onChanged: (view: HoursView) => void, reload: () => void): RecentEntries {
  const l = lang();
  const list = el('div');
  const undoBox = el('div', { className: 'undo' });
  const message = notice();
  const element = el(
    'section',
    { attrs: { 'aria-labelledby': 'hours-recent' } },
    list,
    undoBox,
    message.element,
  );

  function offerUndo(entry: Entry): void {
    const ask = el(
      'button',
      { type: 'button', className: 'secondary', onclick: () => confirm(entry) },
      tr('sb.hours.undoEntry', { entry: describeEntry(entry) }),
    );
    undoBox.replaceChildren(ask);
  }

  /** An inline question, focused, with the safe answer first; Escape keeps the entry. */
  function confirm(entry: Entry): void {
    message.clear();
    const questionId = 'undo-question';
    const keep = el('button', { type: 'button', className: 'secondary' }, tr('sb.hours.undoKeep'));
    const remove = el('button', { type: 'button', className: 'danger' }, tr('sb.hours.undoConfirm'));
    const dialog = el(
      'div',
      { className: 'confirm', attrs: { role: 'group', 'aria-labelledby': questionId } },
      el(
        'p',
        { id: questionId },
        tr('sb.hours.undoAsk', { entry: describeEntry(entry), tab: tabName('taLog') }),
      ),
      el('div', { className: 'actions' }, keep, remove),
    );
    const cancel = () => {
      offerUndo(entry);
      undoBox.querySelector('button')?.focus();
    };
    keep.onclick = cancel;
    remove.onclick = () => void undo(entry);
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') cancel();
    });
    undoBox.replaceChildren(dialog);
    keep.focus();
  }

  async function undo(entry: Entry): Promise<void> {
    for (const b of undoBox.querySelectorAll('button')) b.disabled = true;
    message.say(tr('sb.saving'));
    try {
      const result = await call('undoHours', { id: entry.id });
      if (!result.ok) {
        offerUndo(entry);
        message.fail(result.error.message, { label: tr('sb.refresh'), run: reload });
        return;
      }
      onChanged(result.value);
      message.say(tr('sb.hours.undone', { entry: describeEntry(entry), tab: tabName('taLog') }));
      element.querySelector<HTMLElement>('h3')?.focus();
    } catch {
      offerUndo(entry);
      message.fail(tr('error.unexpected'), { label: tr('sb.retry'), run: () => void undo(entry) });
    }
  }

  function render(view: HoursView): void {
    list.replaceChildren(
      el('h3', { id: 'hours-recent', tabIndex: -1 }, tr('sb.hours.recent')),
      view.recent.length === 0
        ? el('p', {}, tr('sb.hours.none'))
        : el(
            'ul',
            { className: 'recent' },
            ...view.recent.map((e) =>
              el(
                'li',
                { attrs: { 'data-id': e.id } },
                el(
                  'span',
                  { className: 'entry-head' },
                  `${formatDate(l, e.date, 'medium')} · ${formatHours(l, e.quarterHours)}`,
                ),
                el('span', { className: 'entry-activity' }, e.activity),
                el('span', { className: 'entry-indicator' }, e.indicator),
                e.note ? el('span', { className: 'entry-note' }, e.note) : '',
              ),
            ),
          ),
    );
    if (view.undo) offerUndo(view.undo);
    else undoBox.replaceChildren();
  }

  return { element, render };
}
