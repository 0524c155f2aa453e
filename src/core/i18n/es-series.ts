import type { enSeries } from './en-series';
import { plural } from './plural';

const NTH = ['primer', 'segundo', 'tercer', 'cuarto', 'último'] as const;

type Widen<M> = M extends string ? string : M;
export const esSeries: { readonly [K in keyof typeof enSeries]: Widen<(typeof enSeries)[K]> } = {
  'sb.series.title': 'Programar una serie de reuniones',
  'sb.series.intro': (p: { meetings: string; attendance: string }) =>
    `Agrega las reuniones a la pestaña «${p.meetings}» y sus columnas a la pestaña «${p.attendance}». Las reuniones que ya están nunca se mueven ni se duplican.`,
  'sb.series.meetingTitle': 'Título de cada reunión',
  'sb.series.defaultTitle': 'Reunión del Grupo de Socios Educativos',
  'sb.series.start': 'Primera fecha',
  'sb.series.cadence': 'Con qué frecuencia',
  'sb.series.cadence.weekly': 'Cada semana',
  'sb.series.cadence.biweekly': 'Cada dos semanas',
  'sb.series.cadence.monthly': 'Una vez al mes, el mismo día de la semana',
  'sb.series.monthlyHint': (p: { nth: number; weekday: string }) =>
    `El ${NTH[Math.min(Math.max(p.nth, 1), 5) - 1]} ${p.weekday} de cada mes.`,
  'sb.series.count': 'Número de reuniones',
  'sb.series.time': 'Hora de inicio',
  'sb.series.minutes': 'Duración en minutos',
  'sb.series.location': 'Lugar o enlace de video',
  'sb.series.closures': 'Fechas de cierre que se deben omitir',
  'sb.series.closuresHint':
    'Días en que el distrito está cerrado, como los feriados, uno por línea (por ejemplo 2024-11-11).',
  'sb.series.badClosure': (p: { text: string }) =>
    `«${p.text}» no es una fecha. Escríbala como año-mes-día, por ejemplo 2024-11-11.`,
  'sb.series.preview': 'Ver las fechas',
  'sb.series.previewTitle': (p: { n: number }) =>
    plural('es', p.n, {
      one: 'Se agregará esta reunión:',
      other: `Se agregarán estas ${p.n} reuniones:`,
    }),
  'sb.series.new': (p: { date: string }) => `${p.date}: nueva`,
  'sb.series.kept': (p: { date: string }) => `${p.date}: ya tiene una reunión, se conserva tal como está`,
  'sb.series.skipped': (p: { date: string }) => `${p.date}: cierre, se omite`,
  'sb.series.nothing': 'Todas las fechas de esta serie ya tienen una reunión: no hay nada que agregar.',
  'sb.series.confirm': (p: { n: number }) =>
    plural('es', p.n, { one: 'Agregar esta reunión', other: `Agregar estas ${p.n} reuniones` }),
  'sb.series.fix': 'Por favor, corrija los campos marcados arriba.',
};
