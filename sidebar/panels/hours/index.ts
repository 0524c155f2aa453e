/**
 * TA hours panel: the funded-hours figures and alerts, the quick entry, a burn-down per indicator, and the latest
 * entries with undo. Each part is its own module; this one loads the view and hands it to them.
 */
import type { HoursView } from '../../../src/server/hours-rpc';
import { burnDownChart } from '../../burn-down-chart';
import { el } from '../../dom';
import { tr } from '../../i18n';
import { call } from '../../rpc-client';
import { loadView, type Panel, panelFrame } from '../panel';
import { entryForm, type Proposal } from './entry-form';
import { hoursFigures } from './figures';
import { recentEntries } from './recent';

export type { Proposal } from './entry-form';

export interface HoursPanel extends Panel {
  fill(proposal: Proposal): void;
}

export function hoursPanel(): HoursPanel {
  const frame = panelFrame(tr('sb.tab.hours'), refresh);
  const figures = el('div');
  const charts = el('div');
  const form = entryForm(render);
  const recent = recentEntries(render, () => void refresh());

  function render(view: HoursView): void {
    figures.replaceChildren(...hoursFigures(view));
    charts.replaceChildren(...view.burnDown.map((series) => burnDownChart(series, view.fundedEndDate)));
    recent.render(view);
    form.update(view);
  }

  function refresh(): Promise<void> {
    return loadView(frame, () => call('getHours', {}), render, refresh);
  }

  const { element } = frame;
  element.append(figures, form.element, charts, recent.element);
  return {
    element,
    // Every time the panel is shown, so edits made in the sheet meanwhile show without reopening the sidebar.
    show: () => void refresh(),
    refresh,
    fill: form.fill,
  };
}
