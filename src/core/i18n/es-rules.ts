import type { enRules } from './en-rules';
import { plural } from './plural';

type Widen<M> = M extends string ? string : M;

/** Los hallazgos que escribe el servidor y las sugerencias para la función Otro (ver en-rules.ts). */
export const esRules: { readonly [K in keyof typeof enRules]: Widen<(typeof enRules)[K]> } = {
  // Sugerencias para la función Otro, de la guía del equipo de equidad.
  'suggest.internal': 'Departamentos de la agencia (internos)',
  'suggest.external': 'Integrantes externos',
  'suggest.human-resources': 'Recursos Humanos',
  'suggest.curriculum-instruction': 'Currículo e Instrucción',
  'suggest.professional-development': 'Desarrollo Profesional',
  'suggest.cabinet': 'Responsables de decisiones a nivel de gabinete',
  'suggest.site-level': 'Representantes de las escuelas (maestros, consejeros, directores)',
  'suggest.bargaining-unit': 'Integrantes del sindicato',
  'suggest.state-federal-programs': 'Programas Estatales y Federales',
  'suggest.calpads': 'Datos de CBEDS/CALPADS',
  'suggest.assessment': 'Evaluación',
  'suggest.special-education': 'Educación Especial',
  'suggest.beginning-teacher-support': 'Apoyo a Maestros Principiantes',
  'suggest.english-learner': 'Programas para Estudiantes de Inglés',
  'suggest.early-education': 'Educación Temprana',
  'suggest.parents': 'Padres de familia o tutores',
  'suggest.students': 'Estudiantes',
  'suggest.community-leaders': 'Líderes de la comunidad',
  'suggest.advocacy-groups': 'Grupos locales de defensa de derechos',
  'suggest.higher-education': 'Representantes de universidades y colegios',
  // Reglas del grupo: el mensaje dice qué falta y la corrección, qué hacer; luego las horas de AT y el MOU.
  'rule.row-invalid': (p: { row: number; problems: string }) =>
    `No se pudo leer la fila ${p.row}. ${p.problems}`,
  'fix.row-invalid': 'Corrija en esta fila las celdas indicadas.',
  'rule.role-missing': (p: { role: string }) =>
    `Nadie ha sido seleccionado para la función obligatoria «${p.role}».`,
  'fix.role-missing':
    'Agregue a la lista un integrante con esta función (quienes no aceptaron o se retiraron no cuentan).',
  'rule.role-too-few': (p: { role: string; needed: number; selected: number }) =>
    `«${p.role}» requiere al menos ${p.needed}; ${plural('es', p.selected, { one: 'hay 1 seleccionado', other: `hay ${p.selected} seleccionados` })}.`,
  'fix.role-too-few': (p: { more: number }) =>
    plural('es', p.more, {
      one: 'Invite a 1 persona más para esta función.',
      other: `Invite a ${p.more} personas más para esta función.`,
    }),
  'rule.role-unconfirmed': (p: { role: string; needed: number; confirmed: number }) =>
    `«${p.role}»: ${p.confirmed} de ${p.needed} confirmados.`,
  'fix.role-unconfirmed': 'Comuníquese con las personas invitadas y marque quiénes aceptaron.',
  'rule.recommended-missing': (p: { role: string }) =>
    `La función recomendada «${p.role}» no figura en la lista.`,
  'fix.recommended-missing':
    'Considere invitar a alguien para esta función; se recomienda, aunque no es obligatoria.',
  'rule.parent-is-employee': (p: { name: string; role: string }) =>
    `${p.name} figura como «${p.role}» y como empleado del distrito.`,
  'fix.parent-is-employee':
    'En esta función, los padres de familia o tutores no deben ser empleados del distrito: registre a esta persona en otra función e invite a un padre o tutor que no trabaje para el distrito.',
  'rule.community-is-employee': (p: { name: string; role: string }) =>
    `${p.name} figura como «${p.role}» y como empleado del distrito.`,
  'fix.community-is-employee':
    'Los representantes de la comunidad aportan una mirada externa al distrito: confirme que es intencional o elija otra función.',
  'rule.student-group-unrepresented': (p: { group: string }) =>
    `Ningún integrante representa a «${p.group}», uno de los grupos estudiantiles más afectados.`,
  'fix.student-group-unrepresented':
    'Invite a un padre de familia, defensor o integrante de la comunidad vinculado con este grupo, y anote el grupo en su fila.',
  'rule.contact-missing': (p: { name: string }) => `${p.name} no tiene correo electrónico ni teléfono.`,
  'fix.contact-missing':
    'Agregue un correo electrónico o un teléfono para que la invitación llegue a esta persona.',
  'rule.email-missing': (p: { name: string }) =>
    `${p.name} no tiene correo electrónico; la invitación tendrá que enviarse por carta o por teléfono.`,
  'fix.email-missing': 'Agregue un correo electrónico si lo tiene, o prepare una carta impresa.',
  'rule.email-invalid': (p: { name: string; email: string }) =>
    `El correo electrónico «${p.email}» de ${p.name} no es válido.`,
  'fix.email-invalid': 'Corrija el correo electrónico: debe tener la forma nombre@ejemplo.org.',
  'rule.phone-invalid': (p: { name: string; phone: string }) =>
    `El teléfono «${p.phone}» de ${p.name} no es válido.`,
  'fix.phone-invalid':
    'Escriba un número de teléfono de 10 dígitos, por ejemplo (555) 123-4567, o un número internacional que empiece con +.',
  'rule.duplicate-member': (p: { name: string; other: string }) =>
    `${p.name} aparece más de una vez (es la misma persona que ${p.other}).`,
  'fix.duplicate-member': 'Deje una sola fila; si la persona tiene dos funciones, anote ambas en esa fila.',
  'rule.language-unknown': (p: { name: string }) => `No se ha registrado el idioma preferido de ${p.name}.`,
  'fix.language-unknown':
    'Anote inglés, español o el nombre de otro idioma, para invitar a la persona en ese idioma.',
  'rule.grade-level-missing': (p: { name: string }) =>
    `${p.name} es maestro(a), pero no tiene anotado su nivel de grado.`,
  'fix.grade-level-missing': 'Anote el nivel o los niveles de grado en los que enseña.',
  'finding.row': (p: { row: number }) => `la fila ${p.row}`,
  'rule.no-indicators': 'No hay indicadores definidos, por lo que no hay horas de AT financiadas.',
  'fix.no-indicators': (p: { tab: string; field: string }) =>
    `En la pestaña «${p.tab}», escriba en «${p.field}» los indicadores por los que se identificó a la agencia.`,
  'rule.funded-80': (p: { percent: number; left: string }) =>
    `Se ha usado el ${p.percent} % de las horas de AT financiadas; quedan ${p.left}.`,
  'fix.funded-80':
    'Planifique las sesiones restantes con el facilitador y acuerde con anticipación las horas contratadas que hagan falta.',
  'rule.funded-100': 'Se usaron todas las horas de AT financiadas.',
  'fix.funded-100': (p: { rate: string }) =>
    `Las horas adicionales se contratan a ${p.rate} por hora; confirme un contrato antes de programar más.`,
  'rule.beyond-funded': (p: { hours: string; cost: string }) =>
    `${p.hours} por encima de las horas financiadas, con un costo de ${p.cost}.`,
  'fix.beyond-funded': 'Asegúrese de que estas horas estén cubiertas por un contrato con el facilitador.',
  'rule.after-funded-end': (p: { count: number; date: string }) =>
    plural('es', p.count, {
      one: `1 registro tiene fecha posterior al ${p.date}, cuando termina la AT financiada; cuenta como horas contratadas.`,
      other: `${p.count} registros tienen fecha posterior al ${p.date}, cuando termina la AT financiada; cuentan como horas contratadas.`,
    }),
  'fix.after-funded-end': 'Revise las fechas o cubra estas horas con un contrato.',
  'rule.activity-over-range': (p: { activity: string; hours: string; max: string }) =>
    `«${p.activity}»: ${p.hours}, más que el máximo del menú (${p.max}).`,
  'fix.activity-over-range': 'Confirme el tiempo adicional con el facilitador y anótelo en el MOU.',
  'rule.activity-under-range': (p: { activity: string; hours: string; min: string }) =>
    `«${p.activity}»: ${p.hours}, menos que el mínimo del menú (${p.min}).`,
  'fix.activity-under-range': 'Planifique al menos el mínimo del menú, o deje fuera la actividad.',
  'rule.new-lea-later-step': (p: { hours: string; activity: string }) =>
    `Esta agencia es nueva y tiene ${p.hours} en el Paso 2 o posteriores; las agencias nuevas rara vez pasan de «${p.activity}» en el periodo financiado.`,
  'fix.new-lea-later-step': 'Verifique el paso de estos registros y que el Paso 1 esté completo.',
  'rule.unknown-indicator': (p: { indicator: string }) =>
    `«${p.indicator}» no es uno de los indicadores de la agencia; sus horas se reparten entre todos los indicadores.`,
  'fix.unknown-indicator': (p: { tab: string; shared: string }) =>
    `Elija uno de los indicadores de la pestaña «${p.tab}» o «${p.shared}».`,
  'rule.burn-slow': (p: { hours: string; date: string }) =>
    `Al ritmo actual, quedarán ${p.hours} de AT financiada sin usar el ${p.date}.`,
  'fix.burn-slow': 'Programe las sesiones financiadas restantes antes de la fecha de término.',
};
