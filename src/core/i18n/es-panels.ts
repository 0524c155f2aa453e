import type { enPanels } from './en-panels';
import { plural } from './plural';

type Widen<M> = M extends string ? string : M;
export const esPanels: { readonly [K in keyof typeof enPanels]: Widen<(typeof enPanels)[K]> } = {
  'sb.hours.undoEntry': (p: { entry: string }) => `Deshacer mi última entrada: ${p.entry}`,
  'sb.hours.undoAsk': (p: { entry: string; tab: string }) =>
    `¿Desea quitar esta entrada de la pestaña «${p.tab}»? ${p.entry}`,
  'sb.hours.undoConfirm': 'Sí, quitarla',
  'sb.hours.undoKeep': 'No, conservarla',
  'sb.hours.undone': (p: { entry: string; tab: string }) => `Se quitó de la pestaña «${p.tab}»: ${p.entry}.`,
  'sb.meeting.filter': 'Buscar por nombre',
  'sb.meeting.sort': 'Ordenar por',
  'sb.meeting.sortName': 'Nombre',
  'sb.meeting.sortRole': 'Función',
  'sb.meeting.markAll': 'Marcar a todos como presentes',
  'sb.meeting.markShown': (p: { n: number }) =>
    plural('es', p.n, {
      one: 'Marcar como presente a la persona mostrada',
      other: `Marcar como presentes a las ${p.n} personas mostradas`,
    }),
  'sb.meeting.noMatch': (p: { query: string }) => `Nadie en la lista coincide con «${p.query}».`,
  'sb.meeting.away': (p: { n: number }) =>
    plural('es', p.n, {
      one: '1 integrante no aceptó o se retiró',
      other: `${p.n} integrantes no aceptaron o se retiraron`,
    }),
  'sb.meeting.rowLabel': (p: { row: number }) => `fila ${p.row}`,
  'sb.meeting.walkIn': 'Agregar a alguien que llegó sin estar en la lista',
  'sb.meeting.walkInName': 'Nombre',
  'sb.meeting.walkInRole': 'Función',
  'sb.meeting.walkInAdd': 'Agregar y marcar presente',
  'sb.meeting.walkInAdded': (p: { name: string; tab: string }) =>
    `Se agregó a ${p.name} en la pestaña «${p.tab}» y se marcó como presente.`,
  'sb.meeting.elapsedLabel': 'Tiempo de sesión',
  // "10:03 a. m." already ends with a period.
  'sb.meeting.startedAt': (p: { started: string }) =>
    `Comenzó a las ${p.started}${String(p.started).endsWith('.') ? '' : '.'}`,
  'sb.meeting.noneToday': (p: { tab: string }) => `Ninguna de las reuniones de la pestaña «${p.tab}» es hoy.`,
  'sb.meeting.addToday': 'Agregar la reunión de hoy',
  'sb.meeting.addedToday': (p: { title: string }) => `Se agregó la reunión de hoy: ${p.title}.`,
  'sb.help': 'Ayuda',
  'sb.help.panels': 'Para qué sirve cada panel',
  'sb.help.roster': (p: { tab: string }) =>
    `Integrantes: revisa la pestaña «${p.tab}» según las reglas del grupo (las 11 funciones obligatorias, al menos dos padres de familia o tutores que no trabajen para el distrito) e indica qué corregir. Haga clic en un aviso para ir a su fila.`,
  'sb.help.hours':
    'Horas de AT: registra el tiempo de Asistencia Técnica según el menú de servicios y muestra, por indicador, las horas financiadas usadas y disponibles, el costo de las horas adicionales y las fechas límite del MOU y de la AT financiada.',
  'sb.help.meeting': (p: { log: string }) =>
    `Reunión: programa una serie de reuniones, prepara la agenda y la hoja de asistencia de cada una, la agrega al calendario y redacta el borrador del MOU y el informe del grupo. Durante una reunión, marca quién está presente (también a quienes llegan sin estar en la lista) y cronometra la sesión; al detener el cronómetro, le propone una entrada para la pestaña «${p.log}» para que usted la revise.`,
  'sb.help.invitations':
    'Invitaciones: crea los formularios de invitación en inglés y en español, da a cada integrante un enlace personal en su idioma, envía las invitaciones por correo electrónico o las imprime como cartas con un código QR, y cuenta las respuestas y los apoyos que cada persona necesita en cada reunión.',
  'sb.help.glossary': 'Glosario',
  'sb.help.term.cim': 'CIM',
  'sb.help.def.cim':
    'Monitoreo de Cumplimiento y Mejora (Compliance and Improvement Monitoring): el proceso de cuatro pasos del Departamento de Educación de California (Recopilar e indagar, Investigar, Planificar para obtener resultados, Implementar y monitorear) que culmina en un Plan de Mejora.',
  'sb.help.term.sigdis': 'Desproporcionalidad Significativa',
  'sb.help.def.sigdis':
    'La determinación de que los estudiantes de un grupo racial o étnico son identificados para educación especial, ubicados en ciertos entornos o disciplinados en proporciones mucho mayores que los demás. La agencia con esta determinación forma un Grupo de Socios Educativos y redacta un plan CIM.',
  'sb.help.term.spptap': 'SPP-TAP',
  'sb.help.def.spptap':
    'Proyecto de Asistencia Técnica del Plan de Desempeño Estatal (State Performance Plan Technical Assistance Project): el proyecto de la División de Educación Especial que asigna los facilitadores de AT y las horas de AT financiadas por el estado.',
  'sb.help.term.ta': 'AT',
  'sb.help.def.ta':
    'Asistencia Técnica de un facilitador del SPP-TAP: al menos 20 horas financiadas por indicador hasta la fecha de fin de la AT financiada; las horas adicionales se contratan con el facilitador.',
  'sb.help.term.indicator': 'Indicador',
  'sb.help.def.indicator':
    'Un área en la que se identificó a la agencia, como la identificación desproporcionada en una categoría de discapacidad o la disciplina. Cada indicador aporta sus propias horas de AT financiadas.',
  'sb.help.term.mou': 'MOU',
  'sb.help.def.mou':
    'Memorando de Entendimiento (Memorandum of Understanding): el acuerdo entre la agencia y su facilitador de AT sobre el apoyo de AT, elegido del menú de servicios, que se envía al SPP-TAP antes de la fecha límite.',
  'sb.engagement.title': 'Participación por grupo (reuniones realizadas)',
  'sb.engagement.none': 'Todavía no hay ninguna reunión marcada como realizada.',
  'sb.engagement.line': (p: { group: string; invited: number; rates: string }) =>
    `${p.group} (${p.invited} ${p.invited === 1 ? 'invitado' : 'invitados'}): ${p.rates}`,
  'sb.docs.title': 'Documentos',
  'sb.docs.agenda': 'Crear o actualizar la agenda',
  'sb.docs.calendar': 'Agregar al calendario',
  'sb.docs.notify': 'Enviar a los invitados una invitación o actualización por correo',
  'sb.docs.mou': 'Borrador del MOU',
  'sb.docs.report': 'Informe del grupo',
};
