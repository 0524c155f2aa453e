/**
 * One indicator's funded hours left over time, as inline SVG: a solid step line for hours left, a dashed line
 * for the funded allotment, labelled axes, an SVG title and description, and a text summary beside it, so
 * neither colour nor the picture is the only way to read it.
 */
import type { IndicatorBurnDown } from '../src/core/burn-down';
import { dayNumber, formatDate } from '../src/core/dates';
import { formatHours, hoursNumber } from '../src/core/quarter-hours';
import { el, svg, uid } from './dom';
import { lang, tr } from './i18n';

const W = 276;
const H = 132;
const PAD = { left: 30, right: 8, top: 12, bottom: 24 };

export function burnDownChart(series: IndicatorBurnDown, fundedEnd: string): HTMLElement {
  const l = lang();
  const funded = series.fundedQuarterHours;
  const points = series.points;
  const last = points[points.length - 1];
  const title = tr('sb.hours.burnDown', { indicator: series.indicator });
  const summary = last
    ? tr('sb.hours.chartSummary', {
        left: formatHours(l, last.leftQuarterHours),
        used: formatHours(l, funded - last.leftQuarterHours),
        funded: formatHours(l, funded),
        date: formatDate(l, last.date),
      })
    : tr('sb.hours.chartEmpty', { funded: formatHours(l, funded) });
  const caption = el('figcaption', {}, el('strong', {}, title), ' ', summary);
  if (!last) return el('figure', { className: 'chart' }, caption);

  const first = points[0]!.date;
  const from = dayNumber(first);
  const to = Math.max(dayNumber(fundedEnd), dayNumber(last.date), from + 1);
  const x = (iso: string) => PAD.left + ((dayNumber(iso) - from) / (to - from)) * (W - PAD.left - PAD.right);
  const yMax = Math.max(funded, 1);
  const y = (q: number) => PAD.top + (1 - q / yMax) * (H - PAD.top - PAD.bottom);
  const round = (n: number) => Math.round(n * 10) / 10;

  // Starts full on the first day, steps down on each day with entries.
  let d = `M${round(x(first))},${round(y(funded))}`;
  for (const p of points) d += `H${round(x(p.date))}V${round(y(p.leftQuarterHours))}`;
  d += `H${round(x(fundedEnd < last.date ? last.date : fundedEnd))}`;

  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  const chart = svg(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      width: W,
      height: H,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      class: 'burn-down',
    },
    svg('title', { id: titleId }, title),
    svg(
      'desc',
      { id: descId },
      tr('sb.hours.chartDesc', {
        funded: formatHours(l, funded),
        left: formatHours(l, last.leftQuarterHours),
        from: formatDate(l, first),
        to: formatDate(l, last.date),
        end: formatDate(l, fundedEnd),
      }),
    ),
    // Axes.
    svg('path', { d: `M${PAD.left},${PAD.top}V${H - PAD.bottom}H${W - PAD.right}`, class: 'axis' }),
    // The funded allotment: dashed.
    svg('line', {
      x1: PAD.left,
      x2: W - PAD.right,
      y1: round(y(funded)),
      y2: round(y(funded)),
      class: 'funded-line',
    }),
    // Hours left: solid, with a mark on each day with entries.
    svg('path', { d, class: 'left-line' }),
    ...points.map((p) => svg('circle', { cx: round(x(p.date)), cy: round(y(p.leftQuarterHours)), r: 2.5 })),
    svg('text', { x: PAD.left - 4, y: round(y(funded)) + 4, 'text-anchor': 'end' }, hoursNumber(l, funded)),
    svg('text', { x: PAD.left - 4, y: H - PAD.bottom + 4, 'text-anchor': 'end' }, '0'),
    svg('text', { x: PAD.left, y: H - 6 }, formatDate(l, first, 'short')),
    svg('text', { x: W - PAD.right, y: H - 6, 'text-anchor': 'end' }, formatDate(l, fundedEnd, 'short')),
  );
  const legend = el(
    'ul',
    { className: 'legend' },
    el('li', { className: 'legend-left' }, tr('sb.hours.leftLine')),
    el('li', { className: 'legend-funded' }, `${tr('sb.hours.fundedLine')} (${formatHours(l, funded)})`),
  );
  return el('figure', { className: 'chart' }, caption, chart, legend);
}
