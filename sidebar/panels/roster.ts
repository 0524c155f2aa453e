/**
 * Roster panel: the core's findings, errors first, each in plain words with its fix; coverage per role; a
 * finding that names a row selects that row on the Partners tab.
 */
import type { Finding } from '../../src/core/findings';
import type { RosterView } from '../../src/server/roster-rpc';
import { clearAlert, el, showAlert } from '../dom';
import { tr, trKey } from '../i18n';
import { call } from '../rpc-client';
import { loadView, type Panel, panelFrame } from './panel';

export function severityLabel(severity: Finding['severity']): HTMLElement {
  return el('span', { className: `severity severity-${severity}` }, trKey(`severity.${severity}`));
}

export function rosterPanel(): Panel {
  const frame = panelFrame(tr('sb.tab.roster'), refresh);
  const { element, status, alert } = frame;
  const body = el('div');
  element.append(body);

  async function selectRow(row: number): Promise<void> {
    status.textContent = tr('sb.roster.selecting');
    clearAlert(alert);
    try {
      const result = await call('selectMemberRow', { row });
      if (result.ok) status.textContent = tr('sb.roster.rowSelected', { row });
      else showAlert(alert, result.error.message);
    } catch {
      status.textContent = '';
      showAlert(alert, tr('error.unexpected'), { label: tr('sb.retry'), run: () => void selectRow(row) });
    }
  }

  function findingItem(f: Finding): HTMLElement {
    const message =
      f.row === undefined
        ? el('p', { className: 'finding-message' }, f.message)
        : el(
            'button',
            {
              type: 'button',
              className: 'finding-message link',
              title: tr('sb.roster.goToRow', { row: f.row }),
              onclick: () => void selectRow(f.row!),
            },
            f.message,
            el('span', { className: 'visually-hidden' }, ` — ${tr('sb.roster.goToRow', { row: f.row })}`),
          );
    return el(
      'li',
      { className: `finding finding-${f.severity}` },
      severityLabel(f.severity),
      message,
      el('p', { className: 'fix' }, el('strong', {}, tr('sb.roster.fix')), ' ', f.fix),
    );
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
        : el('ul', { className: 'findings' }, ...view.findings.map(findingItem)),
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
