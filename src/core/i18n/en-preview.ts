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
  'pv.forms': 'Invitation forms as a parent sees them on a phone (answering updates the Partners tab)',
  'pv.formsTitle': 'Invitation forms on a phone',
  'pv.formsIntro':
    'Each form as a family sees it on a phone about 380 pixels wide, opened from a member’s personal link. Sending an answer goes through the same form-submit trigger as in Google: watch that member’s row on the Partners tab change.',
  'pv.noForms':
    'There are no invitation forms yet. Run Extensions › Create or update invitations on the preview page first.',
  'pv.back': 'Back to the preview',
  'pv.answerAgain': 'Send another answer',
} as const;
