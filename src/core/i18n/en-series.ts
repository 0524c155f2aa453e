/** The Meeting panel's series form: schedule a meeting series, see its dates first, then add them. */
import { plural } from './plural';

const NTH = ['first', 'second', 'third', 'fourth', 'last'] as const;

export const enSeries = {
  'sb.series.title': 'Schedule a meeting series',
  'sb.series.intro': (p: { meetings: string; attendance: string }) =>
    `Adds the meetings to the ${p.meetings} tab and their columns to the ${p.attendance} tab. Meetings already there are never moved or doubled.`,
  'sb.series.meetingTitle': 'Title of each meeting',
  'sb.series.defaultTitle': 'Educational Partners Group meeting',
  'sb.series.start': 'First date',
  'sb.series.cadence': 'How often',
  'sb.series.cadence.weekly': 'Every week',
  'sb.series.cadence.biweekly': 'Every two weeks',
  'sb.series.cadence.monthly': 'Once a month, on the same weekday',
  'sb.series.monthlyHint': (p: { nth: number; weekday: string }) =>
    `The ${NTH[Math.min(Math.max(p.nth, 1), 5) - 1]} ${p.weekday} of each month.`,
  'sb.series.count': 'Number of meetings',
  'sb.series.time': 'Start time',
  'sb.series.minutes': 'Length in minutes',
  'sb.series.location': 'Place or video link',
  'sb.series.closures': 'Closure dates to skip',
  'sb.series.closuresHint':
    'Days the district is closed, such as holidays, one per line (for example 2024-11-11).',
  'sb.series.badClosure': (p: { text: string }) =>
    `“${p.text}” is not a date. Write it as year-month-day, for example 2024-11-11.`,
  'sb.series.preview': 'Show the dates',
  'sb.series.previewTitle': (p: { n: number }) =>
    plural('en', p.n, {
      one: 'This meeting will be added:',
      other: `These ${p.n} meetings will be added:`,
    }),
  'sb.series.new': (p: { date: string }) => `${p.date}: new`,
  'sb.series.kept': (p: { date: string }) => `${p.date}: already has a meeting, kept as it is`,
  'sb.series.skipped': (p: { date: string }) => `${p.date}: closure, skipped`,
  'sb.series.nothing': 'Every date of this series already has a meeting: there is nothing to add.',
  'sb.series.confirm': (p: { n: number }) =>
    plural('en', p.n, { one: 'Add this meeting', other: `Add these ${p.n} meetings` }),
  'sb.series.fix': 'Please correct the fields marked above.',
} as const;
