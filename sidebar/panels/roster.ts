/**
 * Roster panel: the core's findings, errors first, each in plain words with its fix; coverage per role; a
 * finding that names a row selects that row on the Partners tab.
 */
import type { RosterView } from '../../src/server/roster-rpc';
import { findingsList } from '../components/findings-list';
import { notice } from '../components/notice';
import { el } from '../dom';
import { tabName, tr, trKey } from '../i18n';
import { call } from '../rpc-client';
import { loadView, type Panel, panelFrame } from './panel';

export function rosterPanel(): Panel {
  const frame = panelFrame(tr('sb.tab.roster'), refresh);
  const { element } = frame;
  const body = el('div');
  element.append(body);

  /** Selects the member's row; the answer shows under the finding that was clicked. */
  const rowNotice = notice();
  async function selectRow(row: number, item: HTMLElement): Promise<void> {
    item.append(rowNotice.element);
    rowNotice.say(tr('sb.roster.selecting'));
    try {
      const result = await call('selectMemberRow', { row });
      if (result.ok) rowNotice.say(tr('sb.roster.rowSelected', { row, tab: tabName('partners') }));
      else rowNotice.fail(result.error.message);
    } catch {
      rowNotice.fail(tr('error.unexpected'), { label: tr('sb.retry'), run: () => void selectRow(row, item) });
    }
  }

  function render(view: RosterView): void {
    const errors = view.findings.filter((f) => f.severity === 'error').length;
    const warnings = view.findings.filter((f) => f.severity === 'warning').length;
    const { standing } = view;
    body.replaceChildren(
      el(
        'p',
        { className: 'standing' },
        tr('sb.roster.standing', {
          confirmed: standing.requiredConfirmed,
          total: standing.requiredTotal,
          parents: standing.eligibleParentsConfirmed,
          parentsNeeded: standing.parentsNeeded,
        }),
        ' ',
        standing.missing.length === 0
          ? tr('sb.roster.allRequired')
          : tr('sb.roster.stillMissing', { roles: standing.missing.join('; ') }),
        standing.suggested.length === 0
          ? ''
          : ` ${tr('sb.roster.suggestions', { roles: standing.suggested.join('; ') })}`,
      ),
      el(
        'p',
        { className: 'summary' },
        tr('sb.roster.summary', { members: view.memberCount, errors, warnings }),
      ),
      el('h3', {}, tr('sb.roster.findings')),
      view.findings.length === 0
        ? el('p', {}, tr('sb.roster.allGood'))
        : findingsList(view.findings, { goToRow: (row, item) => void selectRow(row, item) }),
      el('h3', {}, tr('sb.roster.coverage')),
      el(
        'ul',
        { className: 'coverage' },
        ...view.coverage.map((c) =>
          el(
            'li',
            { className: `coverage-${c.status}` },
            el('span', { className: 'role' }, c.label),
            el('span', { className: 'level' }, trKey(`level.${c.level}`)),
            el(
              'span',
              { className: 'counts' },
              el('span', { className: `badge badge-${c.status}` }, trKey(`coverage.${c.status}`)),
              ' ',
              tr('sb.roster.counts', { selected: c.selected, confirmed: c.confirmed, needed: c.needed }),
            ),
          ),
        ),
      ),
    );
  }

  function refresh(): Promise<void> {
    return loadView(frame, () => call('getRosterCheck', {}), render, refresh);
  }

  return {
    element,
    // Every time the panel is shown, so edits made in the sheet meanwhile show without reopening the sidebar.
    show: () => void refresh(),
    refresh,
  };
}
