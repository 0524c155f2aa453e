import { plural } from './plural';

export const en = {
  'app.name': 'Educational Partners Toolkit',
  'menu.openSidebar': 'Open toolkit sidebar',
  'sidebar.title': 'Educational Partners',
  'sidebar.loading': 'Loading…',
  'sidebar.language': 'Language',
  'sidebar.connected': (p: { lea: string }) => `Connected to ${p.lea}.`,
  'sidebar.noWorkbook':
    'This spreadsheet is not set up yet. Use Extensions › Educational Partners Toolkit › Set up workspace.',
  'error.unexpected': 'Something went wrong. Your entry was kept; please try again.',
  'error.invalidInput': 'Some information needs correcting:',
  'error.field': (p: { field: string; problem: string }) => `${p.field}: ${p.problem}`,
  'count.members': (p: { n: number }) => plural('en', p.n, { one: '1 member', other: `${p.n} members` }),
} as const;
