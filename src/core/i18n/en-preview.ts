/** The words of the local preview page (`npm start`), which shows the add-on outside Google. */
export const enPreview = {
  'pv.title': 'Educational Partners Toolkit — local preview',
  'pv.intro':
    'The sidebar on the right runs the add-on’s built code against an in-memory workbook with a sample LEA. The tabs below follow what it writes, and the Extensions menu runs the add-on’s commands.',
  'pv.docs':
    'Generated documents (agendas, sign-in sheets, the MOU draft, the group’s report, printed letters)',
  'pv.outbox': 'Outbox (the invitation emails as members see them)',
  'pv.tabs': 'Workbook tabs',
  'pv.sidebar': 'Educational Partners Toolkit sidebar',
  'pv.extensions': 'Extensions',
  'pv.said': 'What the add-on said',
  'pv.formula': 'Formula',
  'pv.dropdown': 'Dropdown',
  'pv.console': 'The sidebar alone is at /sidebar. Stop with Ctrl+C.',
} as const;
