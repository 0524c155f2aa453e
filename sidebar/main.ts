/**
 * The sidebar shell: title, language switch, Help and four tabbed panels (Roster, TA hours, Meeting, Invitations). Each panel
 * loads its data from the server when first shown; a language switch tells the server (so messages come back
 * in that language) and rebuilds the panels, keeping what was typed.
 */
import { LANGS, type Lang } from '../src/core/i18n';
import { alertBox, el, showAlert, statusLine } from './dom';
import { helpSection } from './help';
import { AUTONYMS, lang, setLang, setTabNames, setWorkbookLang, tr } from './i18n';
import { hoursPanel } from './panels/hours/index';
import { invitationsPanel } from './panels/invitations';
import { meetingPanel } from './panels/meeting/index';
import type { Panel } from './panels/panel';
import { rosterPanel } from './panels/roster';
import { call } from './rpc-client';
import { createTabs } from './tabs';

type TabId = 'roster' | 'hours' | 'meeting' | 'invitations';

const app = document.getElementById('app') as HTMLElement;
// The menu's "Schedule meetings…" opens the sidebar on the Meeting panel's series form.
const openSeries = app.dataset.section === 'series';
let selectedTab: TabId = openSeries ? 'meeting' : 'roster';
let spreadsheetName = '';

function languageSwitch(): HTMLElement {
  const select = el(
    'select',
    { id: 'language', name: 'language' },
    ...LANGS.map((code) => el('option', { value: code, lang: code }, AUTONYMS[code])),
  );
  select.value = lang();
  select.addEventListener('change', () => void switchLanguage(select.value as Lang));
  return el(
    'div',
    { className: 'language' },
    el('label', { htmlFor: 'language' }, tr('sidebar.language')),
    select,
  );
}

async function switchLanguage(next: Lang): Promise<void> {
  const previous = lang();
  setLang(next);
  try {
    const result = await call('setLanguage', { lang: next });
    if (!result.ok) setLang(previous);
  } catch {
    setLang(previous);
  }
  renderShell();
  document.getElementById('language')?.focus();
}

function renderShell(): void {
  document.documentElement.lang = lang();
  const hours = hoursPanel();
  const panels: Record<TabId, Panel> = {
    roster: rosterPanel(),
    hours,
    meeting: meetingPanel((proposal) => {
      tabs.select('hours');
      hours.fill(proposal);
    }, openSeries),
    invitations: invitationsPanel(),
  };
  const tabs = createTabs<TabId>(
    tr('sb.tabs'),
    (['roster', 'hours', 'meeting', 'invitations'] as const).map((id) => ({
      id,
      label: tr(`sb.tab.${id}`),
      panel: panels[id].element,
    })),
    (id) => {
      selectedTab = id;
      panels[id].show();
    },
    selectedTab,
  );
  app.replaceChildren(
    el(
      'header',
      { className: 'top' },
      el('h1', {}, tr('sidebar.title')),
      languageSwitch(),
      el('p', { className: 'connected' }, tr('sidebar.connected', { lea: spreadsheetName })),
      helpSection(),
    ),
    tabs.root,
  );
  tabs.select(selectedTab);
}

async function start(): Promise<void> {
  const status = statusLine();
  const alert = alertBox();
  document.documentElement.lang = lang();
  app.replaceChildren(el('h1', {}, tr('sidebar.title')), status, alert);
  status.textContent = tr('sidebar.loading');
  try {
    const result = await call('getSidebarState', {});
    status.textContent = '';
    if (!result.ok)
      return showAlert(alert, result.error.message, { label: tr('sb.retry'), run: () => void start() });
    setLang(result.value.lang);
    setTabNames(result.value.tabs);
    setWorkbookLang(result.value.workbookLang);
    spreadsheetName = result.value.spreadsheetName;
    if (!result.value.ready) {
      status.textContent = tr('sidebar.noWorkbook');
      return;
    }
    renderShell();
  } catch {
    status.textContent = '';
    showAlert(alert, tr('error.unexpected'), { label: tr('sb.retry'), run: () => void start() });
  }
}

void start();
