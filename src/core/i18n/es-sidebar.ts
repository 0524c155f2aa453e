import type { enSidebar } from './en-sidebar';
import { plural } from './plural';

type Widen<M> = M extends string ? string : M;
export const esSidebar: { readonly [K in keyof typeof enSidebar]: Widen<(typeof enSidebar)[K]> } = {
  'sb.tabs': 'Paneles',
  'sb.tab.roster': 'Integrantes',
  'sb.tab.hours': 'Horas de AT',
  'sb.tab.meeting': 'Reunión',
  'sb.refresh': 'Actualizar',
  'sb.retry': 'Intentar de nuevo',
  'sb.saving': 'Guardando…',
  'sb.saved': 'Guardado.',
  'sb.saveFailed': 'No se guardó. Lo que usted escribió sigue aquí; por favor, inténtelo de nuevo.',
  'sb.roster.summary': (p: { members: number; errors: number; warnings: number }) =>
    `${plural('es', p.members, { one: '1 integrante', other: `${p.members} integrantes` })}: ${plural('es', p.errors, { one: '1 problema', other: `${p.errors} problemas` })} por corregir, ${plural('es', p.warnings, { one: '1 advertencia', other: `${p.warnings} advertencias` })}.`,
  'sb.roster.allGood': 'Se cumplen todas las reglas. No hay nada que corregir.',
  'sb.roster.findings': 'Qué revisar',
  'sb.roster.fix': 'Qué hacer:',
  'sb.roster.goToRow': (p: { row: number; tab: string }) => `Ir a la fila ${p.row} de la pestaña «${p.tab}»`,
  'sb.roster.coverage': 'Funciones',
  'sb.roster.standing': (p: { confirmed: number; total: number; parents: number; parentsNeeded: number }) =>
    `${plural('es', p.confirmed, { one: '1 función obligatoria confirmada', other: `${p.confirmed} funciones obligatorias confirmadas` })} de ${p.total}; ${plural('es', p.parents, { one: '1 madre, padre o tutor elegible confirmado', other: `${p.parents} madres, padres o tutores elegibles confirmados` })} (al menos ${p.parentsNeeded}).`,
  'sb.roster.stillMissing': (p: { roles: string }) => `Todavía falta: ${p.roles}.`,
  'sb.roster.allRequired': 'Todas las funciones obligatorias están confirmadas.',
  'sb.roster.suggestions': (p: { roles: string }) => `Sugeridas, no obligatorias: ${p.roles}.`,
  'sb.roster.counts': (p: { selected: number; confirmed: number; needed: number }) =>
    `${plural('es', p.selected, { one: '1 seleccionado', other: `${p.selected} seleccionados` })}, ${plural('es', p.confirmed, { one: '1 confirmado', other: `${p.confirmed} confirmados` })}, ${plural('es', p.needed, { one: 'se necesita 1', other: `se necesitan ${p.needed}` })}`,
  'sb.hours.entry': 'Registrar horas de AT',
  'sb.hours.date': 'Fecha',
  'sb.hours.step': 'Paso del proceso CIM',
  'sb.hours.activity': 'Actividad',
  'sb.hours.range': (p: { range: string }) => `Estimación del menú: ${p.range}`,
  'sb.hours.subtasks': 'Lo que abarca esta actividad',
  'sb.hours.indicator': 'Indicador',
  'sb.hours.hours': 'Horas (en cuartos de hora)',
  'sb.hours.note': 'Nota',
  'sb.hours.save': (p: { tab: string }) => `Agregar a «${p.tab}»`,
  'sb.hours.funded': 'Horas financiadas',
  'sb.hours.used': 'Usadas',
  'sb.hours.left': 'Disponibles',
  'sb.hours.beyond': 'Fuera de lo financiado',
  'sb.hours.cost': 'Costo fuera de lo financiado',
  'sb.hours.percent': (p: { percent: number }) => `Se ha usado el ${p.percent} % de las horas financiadas`,
  'sb.hours.daysTo': (p: { what: string; days: number; date: string }) =>
    p.days === 0
      ? `${p.what}: ${p.date}, hoy`
      : p.days > 0
        ? `${p.what}: ${p.date}, ${plural('es', p.days, { one: 'dentro de 1 día', other: `dentro de ${p.days} días` })}`
        : `${p.what}: ${p.date}, ${plural('es', -p.days, { one: 'hace 1 día', other: `hace ${-p.days} días` })}`,
  'sb.hours.mouDue': 'Entrega del MOU',
  'sb.hours.fundedEnd': 'Fin de la AT financiada',
  'sb.hours.burnDown': (p: { indicator: string }) => `Horas financiadas disponibles: ${p.indicator}`,
  'sb.hours.fundedLine': 'Horas asignadas',
  'sb.hours.recent': 'Últimas entradas',
  'sb.hours.none': 'Todavía no se han registrado horas.',
  'sb.hours.leftClosed': 'Disponibles, ya no se pueden usar',
  'sb.hours.windowClosed': (p: { date: string }) =>
    `La AT financiada terminó el ${p.date}: las horas disponibles ya no se pueden usar y las horas nuevas se cobran a la tarifa del contrato.`,
  'sb.hours.afterEnd': (p: { date: string; cost: string }) =>
    `Esta entrada tiene fecha posterior al fin de la AT financiada (${p.date}): costará ${p.cost}.`,
  'sb.hours.beyondLeft': (p: { hours: string; cost: string }) =>
    `${p.hours} de esta entrada superan las horas financiadas disponibles: costarán ${p.cost}.`,
  'sb.meeting.pick': 'Reunión',
  'sb.meeting.none': (p: { tab: string }) => `Todavía no hay reuniones en la pestaña «${p.tab}».`,
  'sb.meeting.attendance': 'Asistencia',
  'sb.meeting.present': (p: { n: number; of: number }) =>
    plural('es', p.n, { one: `1 presente de ${p.of}`, other: `${p.n} presentes de ${p.of}` }),
  'sb.meeting.timer': 'Cronómetro de la sesión',
  'sb.meeting.start': 'Iniciar el cronómetro',
  'sb.meeting.stop': 'Detener y registrar horas',
  'sb.meeting.proposal': (p: { tab: string }) =>
    `Revise la entrada de abajo y luego agréguela a la pestaña «${p.tab}».`,
  'sb.roster.selecting': 'Seleccionando la fila…',
  'sb.roster.rowSelected': (p: { row: number; tab: string }) =>
    `La fila ${p.row} está seleccionada en la pestaña «${p.tab}».`,
  'sb.hours.alerts': 'Avisos',
  'sb.hours.leftLine': 'Horas disponibles',
  'sb.hours.chartDesc': (p: { funded: string; left: string; from: string; to: string; end: string }) =>
    `La línea continua empieza en ${p.funded} el ${p.from} y baja a ${p.left} el ${p.to}. La línea discontinua son las horas asignadas. La AT financiada termina el ${p.end}.`,
  'sb.hours.chartSummary': (p: { left: string; used: string; funded: string; date: string }) =>
    `Quedan ${p.left} de ${p.funded} (${p.used} usadas), al ${p.date}.`,
  'sb.hours.chartEmpty': (p: { funded: string }) =>
    `Todavía no se han registrado horas: quedan las ${p.funded} disponibles.`,
  'sb.hours.added': (p: { n: number; hours: string; activity: string; tab: string }) =>
    plural('es', p.n, {
      one: `Se agregó ${p.hours} de «${p.activity}» a la pestaña «${p.tab}».`,
      other: `Se agregaron ${p.hours} de «${p.activity}» a la pestaña «${p.tab}».`,
    }),
  'sb.meeting.save': 'Guardar la asistencia',
  'sb.meeting.unsaved': (p: { n: number }) =>
    plural('es', p.n, { one: '1 cambio sin guardar todavía.', other: `${p.n} cambios sin guardar todavía.` }),
  'sb.meeting.when': (p: { days: number }) =>
    p.days === 0
      ? 'Hoy'
      : p.days > 0
        ? plural('es', p.days, { one: 'Mañana', other: `Dentro de ${p.days} días` })
        : plural('es', -p.days, { one: 'Ayer', other: `Hace ${-p.days} días` }),
  'sb.meeting.activity': (p: { activity: string }) => `Actividad de AT: ${p.activity}`,
  'sb.meeting.noMembers': (p: { tab: string }) =>
    `Todavía no hay integrantes seleccionados en la pestaña «${p.tab}».`,
  'sb.meeting.runningOther': (p: { title: string }) =>
    `El cronómetro está en marcha para otra reunión: ${p.title}.`,
  'sb.meeting.notRunning': 'El cronómetro no está en marcha.',
};
