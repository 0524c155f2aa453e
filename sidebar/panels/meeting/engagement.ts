/**
 * Engagement by stakeholder group, one line per group: the share of its invited members present at each meeting
 * held, oldest first (the same figures as the group report and the workbook).
 */
import { el } from '../../dom';
import { tr } from '../../i18n';
import type { MeetingView } from './attendance';

export function engagementLines(view: MeetingView): HTMLElement {
  const lines = view.engagement.filter((g) => g.rates.length > 0);
  return el(
    'section',
    { className: 'engagement', attrs: { 'aria-labelledby': 'engagement-title' } },
    el('h3', { id: 'engagement-title' }, tr('sb.engagement.title')),
    lines.length === 0
      ? el('p', {}, tr('sb.engagement.none'))
      : el(
          'ul',
          {},
          ...lines.map((g) =>
            el(
              'li',
              {},
              tr('sb.engagement.line', { group: g.label, invited: g.invited, rates: g.rates.join(' · ') }),
            ),
          ),
        ),
  );
}
