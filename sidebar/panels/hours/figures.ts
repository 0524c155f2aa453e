/** The funded-hours figures, the MOU and funded-TA deadlines, and the ledger's alerts. */
import { formatDate } from '../../../src/core/dates';
import { formatHours } from '../../../src/core/quarter-hours';
import type { HoursView } from '../../../src/server/hours-rpc';
import { findingsList } from '../../components/findings-list';
import { el } from '../../dom';
import { lang, tr } from '../../i18n';

function figure(label: string, value: string, className = ''): HTMLElement[] {
  return [el('dt', {}, label), el('dd', { className }, value)];
}

export function hoursFigures(view: HoursView): HTMLElement[] {
  const l = lang();
  const s = view.summary;
  const deadline = (what: string, days: number, date: string) =>
    el('li', {}, tr('sb.hours.daysTo', { what, days, date: formatDate(l, date) }));
  return [
    el(
      'dl',
      { className: 'figures' },
      ...figure(tr('sb.hours.funded'), formatHours(l, s.fundedQuarterHours)),
      ...figure(tr('sb.hours.used'), formatHours(l, s.fundedUsedQuarterHours), 'used'),
      ...figure(
        tr(view.funding.windowClosed ? 'sb.hours.leftClosed' : 'sb.hours.left'),
        formatHours(l, s.fundedLeftQuarterHours),
        'left',
      ),
      ...figure(tr('sb.hours.beyond'), formatHours(l, s.beyondFundedQuarterHours)),
      ...figure(tr('sb.hours.cost'), s.beyondFundedCost),
    ),
    s.percentUsed === null
      ? ''
      : el('p', { className: 'percent' }, tr('sb.hours.percent', { percent: s.percentUsed })),
    el(
      'ul',
      { className: 'deadlines' },
      deadline(tr('sb.hours.mouDue'), s.daysToMouDue, view.mouDueDate),
      deadline(tr('sb.hours.fundedEnd'), s.daysToFundedEnd, view.fundedEndDate),
    ),
    view.findings.length === 0
      ? ''
      : el(
          'section',
          { attrs: { 'aria-labelledby': 'hours-alerts' } },
          el('h3', { id: 'hours-alerts' }, tr('sb.hours.alerts')),
          findingsList(view.findings),
        ),
  ].filter((n): n is HTMLElement => n !== '');
}
