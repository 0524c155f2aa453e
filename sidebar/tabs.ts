/**
 * WAI-ARIA tabs: one tab in the tab order (roving tabindex), arrow keys, Home and End move between tabs and
 * show the panel (automatic activation), each panel labelled by its tab.
 */
import { el } from './dom';

export interface TabSpec<Id extends string> {
  id: Id;
  label: string;
  panel: HTMLElement;
}

export interface Tabs<Id extends string> {
  root: HTMLElement;
  select(id: Id, focus?: boolean): void;
  selected(): Id;
}

export function createTabs<Id extends string>(
  listLabel: string,
  specs: TabSpec<Id>[],
  onShow: (id: Id) => void,
  initial: Id,
): Tabs<Id> {
  const buttons = specs.map((spec) =>
    el(
      'button',
      {
        type: 'button',
        id: `tab-${spec.id}`,
        className: 'tab',
        attrs: { role: 'tab', 'aria-controls': `panel-${spec.id}` },
        onclick: () => select(spec.id, false),
      },
      spec.label,
    ),
  );
  const list = el(
    'div',
    { className: 'tablist', attrs: { role: 'tablist', 'aria-label': listLabel } },
    ...buttons,
  );
  for (const spec of specs) {
    spec.panel.id = `panel-${spec.id}`;
    spec.panel.setAttribute('role', 'tabpanel');
    spec.panel.setAttribute('aria-labelledby', `tab-${spec.id}`);
    spec.panel.tabIndex = 0;
    spec.panel.classList.add('panel');
  }
  let current = initial;

  function select(id: Id, focus = false): void {
    current = id;
    specs.forEach((spec, i) => {
      const on = spec.id === id;
      const button = buttons[i]!;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
      spec.panel.hidden = !on;
      if (on && focus) button.focus();
    });
    onShow(id);
  }

  list.addEventListener('keydown', (event) => {
    const index = specs.findIndex((s) => s.id === current);
    const last = specs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    select(specs[next]!.id, true);
  });

  const root = el('div', { className: 'tabs' }, list, ...specs.map((s) => s.panel));
  return { root, select, selected: () => current };
}
