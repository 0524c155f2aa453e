import type { enCommon } from './en-common';
import { plural } from './plural';

type Widen<M> = M extends string ? string : M;
export const esCommon: { readonly [K in keyof typeof enCommon]: Widen<(typeof enCommon)[K]> } = {
  'app.name': 'Herramientas para Socios Educativos',
  'menu.openSidebar': 'Abrir el panel de herramientas',
  'sidebar.title': 'Socios Educativos',
  'sidebar.loading': 'Cargando…',
  'sidebar.language': 'Idioma',
  'sidebar.connected': (p: { lea: string }) => `Conectado a ${p.lea}.`,
  'sidebar.noWorkbook':
    'Esta hoja de cálculo aún no está preparada. Use Extensiones › Herramientas para Socios Educativos › Preparar el libro.',
  'error.unexpected':
    'Ocurrió un problema. Lo que usted escribió se conservó; por favor, inténtelo de nuevo.',
  'error.invalidInput': 'Es necesario corregir algunos datos:',
  'error.field': (p: { field: string; problem: string }) => `${p.field}: ${p.problem}`,
  'count.members': (p: { n: number }) =>
    plural('es', p.n, { one: '1 integrante', other: `${p.n} integrantes` }),
  'letters.done': (p: { n: number }) =>
    plural('es', p.n, {
      one: 'La carta para 1 integrante está lista.',
      other: `Las cartas para ${p.n} integrantes están listas.`,
    }),
  // Funciones del Grupo de Socios Educativos: "(o su designado)", "(o similar)" y "(s)" conservan su sentido.
  'role.superintendent': 'Superintendente (o la persona que designe)',
  'role.cabinet-gen-ed': 'Líder del gabinete – Educación General',
  'role.cabinet-sped': 'Líder del gabinete – Educación Especial',
  'role.director-curriculum': 'Director(a) de Currículo (o cargo similar)',
  'role.selpa-director': 'Director(a) del SELPA (o la persona que designe)',
  'role.director-assessment': 'Director(a) de Evaluación (o cargo similar)',
  'role.teacher-gen-ed': 'Maestro(s) de Educación General del nivel de grado correspondiente',
  'role.teacher-sped': 'Maestro(s) de Educación Especial del nivel de grado correspondiente',
  'role.parent-guardian':
    'Padres de familia o tutores – varios (representación diversa, que no sean empleados del distrito)',
  'role.community-rep': 'Representantes de la comunidad',
  'role.fiscal-services': 'Representante de Servicios Fiscales',
  'role.principal': 'Director(a) de escuela o administradores escolares',
  'role.hr-admin': 'Administrador(a) de Recursos Humanos',
  'role.bargaining-unit': 'Representante del sindicato (unidad de negociación)',
  'role.other': 'Otra función',
  'role.hint.designee': 'La persona en este cargo, o alguien a quien ella designe para representarla.',
  'role.hint.similar': 'La persona con esta responsabilidad, aunque su cargo tenga otro nombre.',
  'role.hint.teachers': 'Uno o más maestros de los niveles de grado donde se observa la desproporción.',
  'role.hint.parents':
    'Al menos dos padres de familia o tutores que no trabajen para el distrito y que reflejen a las familias más afectadas.',
  'role.hint.community':
    'Personas de organizaciones comunitarias que conocen el contexto local; de preferencia, no personal del distrito.',
  'role.hint.other':
    'Cualquier otra persona que aporte conocimientos o experiencia vivida necesarios; vea las sugerencias.',
  'level.required': 'Obligatorio',
  'level.recommended': 'Recomendado',
  'level.optional': 'Opcional',

  // Los cuatro pasos del CIM y el menú de servicios.
  'step.1': 'Paso 1: Recopilar e indagar',
  'step.2': 'Paso 2: Investigar',
  'step.3': 'Paso 3: Planificar para obtener resultados',
  'step.4': 'Paso 4: Implementar y supervisar',
  'step.note.new-lea':
    'Es poco probable que una agencia nueva avance más allá de la Consolidación del Paso 1 dentro del periodo financiado.',
  'step.note.continuing-lea':
    'Las agencias que continúan pueden usar la AT financiada para examinar los datos y resultados de su plan anterior, para el Anexo de Continuación y el Presupuesto.',
  'activity.cim-team-meetings': 'Reuniones del Equipo CIM',
  'activity.partners-meetings': 'Reuniones de Socios Educativos',
  'activity.quantitative-data': 'Recopilación de datos cuantitativos',
  'activity.qualitative-data': 'Recopilación de datos cualitativos',
  'activity.self-assessment': 'Autoevaluación programática',
  'activity.infrastructure-analysis': 'Análisis de la infraestructura',
  'activity.ppp-review': 'Revisión de Políticas, Prácticas y Procedimientos (PPP)',
  'activity.case-study': 'Estudio de caso',
  'activity.step1-consolidation': 'Consolidación del Paso 1',
  'activity.root-cause-analysis': 'Análisis de las causas fundamentales',
  'activity.prioritize-factors':
    'Priorización de los factores que contribuyen a la desproporcionalidad significativa (causas fundamentales)',
  'activity.initiative-inventory': 'Inventario de iniciativas',
  'activity.target-population': 'Identificación de la población destinataria',
  'activity.theory-of-action': 'Desarrollo de una teoría de acción',
  'activity.step2-consolidation': 'Consolidación del Paso 2',
  'activity.plan-development': 'Desarrollo del Plan de Mejora CIM para Sig Dis',
  'activity.budget': 'Presupuesto',
  'activity.plan-review': 'Revisión del Plan de Mejora CIM para Sig Dis',
  'activity.implement-evaluate':
    'Implementación y evaluación de la eficacia del Plan de Mejora CIM para Sig Dis',
  'activity.range': (p: { min: string; max: string }) => `de ${p.min} a ${p.max} horas`,
  'activity.no-range': 'Sin rango de horas definido',
  'subtask.cim-team-meetings.overview':
    'Reunirse con el superintendente para presentar un panorama general del CIM para Sig Dis y de los Servicios Integrales Coordinados de Intervención Temprana (CCEIS)',
  'subtask.cim-team-meetings.methodology':
    'Explicar la metodología para la designación de desproporcionalidad significativa y lo que implica en la práctica',
  'subtask.cim-team-meetings.requirements':
    'Repasar los requisitos y los pasos para desarrollar el Plan de Mejora CIM para Sig Dis con el Documento de Orientación',
  'subtask.cim-team-meetings.timeline':
    'Facilitar la planificación a la inversa (crear un calendario propio de la agencia) para completar el Plan de Mejora CIM para Sig Dis',
  'subtask.cim-team-meetings.partner-selection': 'Apoyar la selección de los Socios Educativos',
  'subtask.cim-team-meetings.invitation-tools': 'Compartir herramientas para invitar a los Socios Educativos',
  'subtask.cim-team-meetings.follow-up':
    'Dar seguimiento después de las reuniones para verificar que se completen las tareas e identificar las acciones necesarias para avanzar en la redacción e implementación del plan',
  'subtask.cim-team-meetings.leadership': 'Facilitar las reuniones del Equipo de Liderazgo',
  'subtask.partners-meetings.tools': 'Desarrollar y proporcionar herramientas de apoyo para las reuniones',
  'subtask.partners-meetings.facilitate': 'Facilitar las reuniones de Socios Educativos',
  'subtask.partners-meetings.overview':
    'Presentar un panorama general del proceso del Plan CIM para Sig Dis e introducir el proceso de desarrollo del Plan de Mejora',
  'subtask.partners-meetings.root-cause': 'Conversación sobre las causas fundamentales y los pasos de acción',
  'subtask.partners-meetings.target-population': 'Identificación de la población destinataria',
  'subtask.quantitative-data.review':
    'Facilitar la revisión de datos con el Equipo CIM para identificar y analizar las carencias de datos',
  'subtask.quantitative-data.sources':
    'Identificar fuentes de datos adecuadas de educación general y especial (cuantitativos y cualitativos) desglosados por raza u origen étnico',
  'subtask.qualitative-data.focus-groups': 'Facilitar grupos de enfoque',
  'subtask.qualitative-data.empathy-interviews': 'Apoyar la realización de entrevistas de empatía',
  'subtask.qualitative-data.equity-walk': 'Realizar un recorrido de equidad',
  'subtask.qualitative-data.case-study':
    'Apoyar el desarrollo de un estudio de caso a partir de la revisión de expedientes estudiantiles',
  'subtask.qualitative-data.family-input-plan':
    'Apoyar la planificación para recoger las opiniones de las familias',
  'subtask.qualitative-data.family-input-summary': 'Apoyar el resumen de las opiniones de las familias',
  'subtask.self-assessment.tools': 'Apoyar la selección de herramientas de autoevaluación',
  'subtask.self-assessment.implementation': 'Apoyar la realización de la autoevaluación',
  'subtask.infrastructure-analysis.review': 'Apoyar la revisión de la infraestructura de educación especial',
  'subtask.ppp-review.overview':
    'Presentar un panorama general del proceso para completar la Revisión de PPP',
  'subtask.ppp-review.review': 'Apoyar la revisión de las PPP de educación general y especial',
  'subtask.ppp-review.findings': 'Facilitar la revisión de los hallazgos de la Revisión de PPP',
  'subtask.case-study.file-review': 'Facilitar el proceso de revisión de expedientes para el estudio de caso',
  'subtask.case-study.debrief':
    'Facilitar la reflexión y el análisis de la revisión de expedientes del estudio de caso',
  'subtask.step1-consolidation.analysis':
    'Apoyar el análisis de los hallazgos de la autoevaluación programática y de los datos cualitativos y cuantitativos adicionales del estudio de caso, las opiniones de las familias, el análisis de la infraestructura, la revisión de PPP y la educación general y especial',
  'subtask.step1-consolidation.summary': 'Apoyar el resumen de los hallazgos del análisis de datos',
  'subtask.root-cause-analysis.tools': 'Compartir herramientas para identificar las causas fundamentales',
  'subtask.root-cause-analysis.cultural-lens':
    'Asegurar que se aplique una perspectiva cultural al usar las herramientas de causas fundamentales',
  'subtask.root-cause-analysis.beliefs':
    'Asegurar que las creencias y mentalidades se reflejen en las causas fundamentales',
  'subtask.root-cause-analysis.perspectives':
    'Facilitar que perspectivas diversas se incorporen a la identificación de las causas fundamentales',
  'subtask.root-cause-analysis.connect-data':
    'Apoyar la conexión entre los hallazgos del análisis de datos y las causas fundamentales',
  'subtask.root-cause-analysis.outcomes':
    'Apoyar la comprensión de las causas fundamentales para alinearlas con resultados medibles adecuados',
  'subtask.prioritize-factors.cultural-lens':
    'Orientar la aplicación de una perspectiva cultural con las herramientas de priorización',
  'subtask.prioritize-factors.prioritize':
    'Facilitar la priorización de las causas fundamentales de mayor impacto',
  'subtask.initiative-inventory.overview':
    'Presentar un panorama general del proceso para completar el Cruce de Iniciativas (Initiative Crosswalk)',
  'subtask.initiative-inventory.findings':
    'Facilitar una conversación sobre los hallazgos del Cruce de Iniciativas',
  'subtask.target-population.criteria':
    'Orientar la selección de criterios adecuados para identificar a los estudiantes que necesitan apoyo adicional (población destinataria), de acuerdo con las causas fundamentales priorizadas',
  'subtask.theory-of-action.develop':
    'Apoyar el desarrollo de una teoría de acción basada en las causas fundamentales priorizadas y la población destinataria identificada',
  'subtask.step2-consolidation.summary': 'Apoyar el resumen de los hallazgos del Paso 2',
  'subtask.plan-development.resources': 'Identificar recursos de apoyo para la planificación',
  'subtask.plan-development.outcomes': 'Apoyar el desarrollo de resultados centrados en los estudiantes',
  'subtask.plan-development.strategies':
    'Apoyar la identificación de actividades con estrategias culturalmente receptivas y pasos equitativos para apoyar a la población destinataria',
  'subtask.plan-development.initiatives':
    'Identificar iniciativas existentes de la agencia que se alinean con el Plan de Mejora CIM para Sig Dis',
  'subtask.budget.allowable':
    'Orientar la elaboración del presupuesto para asegurar que las actividades sean permitidas y adecuadas',
  'subtask.budget.blended-funding':
    'Identificar fondos combinados de iniciativas existentes de la agencia que se alineen con el Plan de Mejora CIM para Sig Dis, según corresponda',
  'subtask.plan-review.feedback': 'Revisar el borrador del Plan de Mejora CIM para Sig Dis y dar comentarios',
  'subtask.implement-evaluate.planning':
    'Apoyar la planificación de la implementación y la evaluación del Plan de Mejora CIM para Sig Dis',
  'subtask.implement-evaluate.data-collection':
    'Apoyar la recopilación de datos para evaluar la eficacia de las intervenciones',
  'subtask.implement-evaluate.monitoring': 'Apoyar la supervisión de la implementación',
  'subtask.implement-evaluate.student-tracking':
    'Orientar sobre los requisitos de seguimiento de los estudiantes',
  'subtask.implement-evaluate.progress-reports': 'Apoyar la elaboración de los Informes de Progreso',
  'subtask.implement-evaluate.sustain':
    'Apoyar la identificación de actividades exitosas que continuarán una vez agotados los fondos de CCEIS',

  // Estado de los integrantes, cobertura, idiomas, gravedad.
  'status.proposed': 'Propuesto',
  'status.invited': 'Invitado',
  'status.accepted': 'Aceptó',
  'status.declined': 'No aceptó',
  'status.no-response': 'Sin respuesta',
  'status.withdrawn': 'Se retiró',
  'coverage.missing': 'Falta',
  'coverage.suggested': 'Sugerido',
  'coverage.too-few': 'Insuficiente',
  'coverage.selected': 'Seleccionado, sin confirmar',
  'coverage.confirmed': 'Confirmado',
  'coverage.optional': 'Opcional',
  'lang.en': 'Inglés',
  'lang.es': 'Español',
  'lang.other': 'Otro idioma',
  'affiliation.internal': 'Interno (personal de la agencia)',
  'affiliation.external': 'Externo',
  'severity.error': 'Corregir',
  'severity.warning': 'Revisar',
  'severity.info': 'Aviso',
  'value.yes': 'Sí',
  'value.no': 'No',

  // Nombres de los campos, para indicar qué dato corregir.
  'field.id': 'Identificador',
  'field.name': 'Nombre',
  'field.roles': 'Función',
  'field.otherRole': 'Otra función (describa)',
  'field.title': 'Cargo',
  'field.organization': 'Organización',
  'field.email': 'Correo electrónico',
  'field.phone': 'Teléfono',
  'field.preferredLanguage': 'Idioma preferido',
  'field.preferredLanguageOther': 'Otro idioma (nombre)',
  'field.districtEmployee': 'Empleado del distrito',
  'field.affiliation': 'Interno o externo',
  'field.studentGroups': 'Grupos estudiantiles que representa',
  'field.gradeLevel': 'Nivel de grado',
  'field.status': 'Estado',
  'field.invitedOn': 'Fecha de invitación',
  'field.respondedOn': 'Fecha de respuesta',
  'field.notes': 'Notas',
  'field.date': 'Fecha',
  'field.facilitator': 'Facilitador(a) de AT',
  'field.indicator': 'Indicador',
  'field.step': 'Paso del CIM',
  'field.activityId': 'Actividad',
  'field.hours': 'Horas',
  'field.quarterHours': 'Horas',
  'field.note': 'Nota',
  'field.leaName': 'Nombre de la agencia',
  'field.cdsCode': 'Código CDS',
  'field.cycleYear': 'Año del ciclo',
  'field.leaType': 'Agencia nueva o que continúa',
  'field.indicators': 'Indicadores identificados',
  'field.studentGroupsMostAffected': 'Grupos estudiantiles más afectados',
  'field.contactName': 'Persona de contacto',
  'field.contactEmail': 'Correo electrónico de contacto',
  'field.contactPhone': 'Teléfono de contacto',
  'field.taFacilitator': 'Facilitador(a) de AT',
  'field.hoursPerIndicator': 'Horas financiadas por indicador',
  'field.quarterHoursPerIndicator': 'Horas financiadas por indicador',
  'field.hourlyRate': 'Tarifa por hora',
  'field.hourlyRateCents': 'Tarifa por hora',
  'field.mouDueDate': 'Fecha límite del MOU',
  'field.fundedEndDate': 'Fin de la AT financiada',
  'field.timeZone': 'Zona horaria',
  'lea.new': 'Nueva',
  'lea.continuing': 'Continúa',

  // Problemas con un dato escrito, cada uno con lo que se debe escribir.
  'zod.required': 'Este dato es obligatorio.',
  'zod.invalid': 'Este dato no es válido.',
  'zod.choose': (p: { options: string }) => `Elija una de estas opciones: ${p.options}.`,
  'zod.choose-one': 'Elija al menos una opción.',
  'zod.number': 'Escriba un número.',
  'zod.text': 'Escriba un texto.',
  'zod.yes-no': 'Escriba Sí o No.',
  'zod.min': (p: { min: number }) => `Escriba ${p.min} o más.`,
  'zod.max': (p: { max: number }) => `Escriba ${p.max} o menos.`,
  'zod.too-long': (p: { max: number }) => `Use como máximo ${p.max} caracteres.`,
  'zod.date': 'Escriba una fecha como 2024-04-19 o 4/19/2024.',
  'zod.quarter-hours': 'Escriba las horas en cuartos de hora, por ejemplo 1, 1.25, 1.5 o 1.75.',
  'zod.hours-positive': 'Escriba al menos 0.25 horas.',
  'zod.dollars': 'Escriba una cantidad en dólares, por ejemplo 110 o 110.50.',
  'zod.time-zone': 'Escriba una zona horaria como America/Los_Angeles.',
  'zod.choose-from-list': 'Elija un valor de la lista.',

  // Registro de horas de AT y plan del MOU.
  'ledger.shared': 'Todos los indicadores (compartido)',
  'ledger.hours': (p: { n: number; text: string }) =>
    plural('es', p.n, { one: `${p.text} hora`, other: `${p.text} horas` }),
};
