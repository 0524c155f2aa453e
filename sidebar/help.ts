/**
 * Help, folded under the title: what each panel is for (naming tabs as this workbook shows them), and the words
 * the state's documents use.
 */
import { el } from './dom';
import { tabName, tr } from './i18n';

const TERMS = ['cim', 'sigdis', 'spptap', 'ta', 'indicator', 'mou'] as const;

export function helpSection(): HTMLElement {
  return el(
    'details',
    { className: 'help' },
    el('summary', {}, tr('sb.help')),
    el('h2', {}, tr('sb.help.panels')),
    el(
      'ul',
      { className: 'help-panels' },
      el('li', {}, tr('sb.help.roster', { tab: tabName('partners') })),
      el('li', {}, tr('sb.help.hours')),
      el('li', {}, tr('sb.help.meeting', { log: tabName('taLog') })),
      el('li', {}, tr('sb.help.invitations')),
    ),
    el('h2', {}, tr('sb.help.glossary')),
    el(
      'dl',
      { className: 'glossary' },
      ...TERMS.flatMap((term) => [
        el('dt', {}, tr(`sb.help.term.${term}`)),
        el('dd', {}, tr(`sb.help.def.${term}`)),
      ]),
    ),
  );
}
