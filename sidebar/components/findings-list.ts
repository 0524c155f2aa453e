/**
 * The findings list the panels share: each finding with its severity in words (colour only repeats it), the
 * message, and what to do. A finding that names a row can offer to go to it.
 */
import type { Finding } from '../../src/core/findings';
import { el } from '../dom';
import { tabName, tr, trKey } from '../i18n';

export interface FindingsListOptions {
  /**
   * Shown when a finding names a row: the message becomes a button that goes to that row. `item` is the
   * finding's list item, where the answer can show.
   */
  goToRow?: (row: number, item: HTMLElement) => void;
}

export function findingsList(findings: readonly Finding[], options: FindingsListOptions = {}): HTMLElement {
  return el('ul', { className: 'findings' }, ...findings.map((f) => findingItem(f, options)));
}

function findingItem(f: Finding, { goToRow }: FindingsListOptions): HTMLElement {
  const row = f.row;
  const item = el('li', { className: `finding finding-${f.severity}` });
  const message =
    row === undefined || !goToRow
      ? el('p', { className: 'finding-message' }, f.message)
      : el(
          'button',
          {
            type: 'button',
            className: 'finding-message link',
            title: tr('sb.roster.goToRow', { row, tab: tabName('partners') }),
            onclick: () => goToRow(row, item),
          },
          f.message,
          el(
            'span',
            { className: 'visually-hidden' },
            ` — ${tr('sb.roster.goToRow', { row, tab: tabName('partners') })}`,
          ),
        );
  item.append(
    el('span', { className: `severity severity-${f.severity}` }, trKey(`severity.${f.severity}`)),
    message,
    el('p', { className: 'fix' }, el('strong', {}, tr('sb.roster.fix')), ' ', f.fix),
  );
  return item;
}
