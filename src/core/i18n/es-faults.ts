import type { enFaults } from './en-faults';

type Widen<M> = M extends string ? string : M;

/** Mensajes cuando un servicio de Google falló por un momento (ver en-faults.ts). */
export const esFaults: { readonly [K in keyof typeof enFaults]: Widen<(typeof enFaults)[K]> } = {
  'fault.check':
    'Google no respondió en este momento, así que es posible que esto no haya terminado. Revise el libro de trabajo e inténtelo de nuevo.',
  'fault.read.unchanged':
    'No se pudo leer el libro de trabajo en este momento. No se cambió nada. Por favor, inténtelo de nuevo.',
  'fault.hours.retry':
    'Es posible que sus horas no se hayan guardado: Google Sheets no respondió. Por favor, guarde de nuevo; la entrada nunca se agrega dos veces.',
  'fault.hours.saved':
    'Sus horas se guardaron, pero el resumen no se pudo actualizar en este momento. Vuelva a abrir la pestaña de horas de AT para verlo.',
  'fault.undo.retry':
    'Es posible que su entrada no se haya quitado: Google Sheets no respondió. Por favor, inténtelo de nuevo; no se quitará nada más.',
  'fault.undo.saved':
    'Su entrada se quitó, pero el resumen no se pudo actualizar en este momento. Vuelva a abrir la pestaña de horas de AT para verlo.',
  'fault.attendance.retry':
    'Es posible que no se haya guardado toda la asistencia: Google Sheets no respondió. Sus marcas siguen en la pantalla; por favor, guarde de nuevo.',
  'fault.timer.retry':
    'Es posible que el cronómetro no se haya actualizado: Google no respondió. Por favor, inténtelo de nuevo.',
  'fault.language.retry':
    'Es posible que el idioma no se haya guardado: Google no respondió. Por favor, inténtelo de nuevo.',
  'fault.select.retry':
    'Es posible que la fila no se haya seleccionado: Google Sheets no respondió. Por favor, inténtelo de nuevo.',
  'fault.sidebar.unchanged':
    'No se pudo abrir la barra lateral en este momento. No se cambió nada. Por favor, inténtelo de nuevo.',
  'fault.setup.partial':
    'La configuración se detuvo antes de terminar porque Google Sheets no respondió. No se cambió nada de lo que usted escribió. Vuelva a ejecutar «Preparar el libro de trabajo» para terminarla.',
  'fault.sample.partial':
    'La carga del ejemplo se detuvo antes de terminar porque Google Sheets no respondió. Vuelva a ejecutar «Cargar el distrito de ejemplo» para terminarla.',
  'fault.letters.partial':
    'Las cartas no se terminaron porque Google no respondió. Vuelva a prepararlas: se completa el mismo documento, nunca uno nuevo.',
  'fault.series.partial':
    'No se agregaron todas las reuniones porque Google no respondió. Programe la misma serie otra vez: las reuniones ya agregadas no se duplican.',
  'fault.agenda.partial':
    'La agenda no se terminó porque Google no respondió. Vuelva a crearla: se completa el mismo documento, nunca uno nuevo.',
  'fault.mou.partial':
    'El borrador del MOU no se terminó porque Google no respondió. Vuelva a crearlo: se completa el mismo documento, nunca uno nuevo.',
  'fault.report.partial':
    'El informe del grupo no se terminó porque Google no respondió. Vuelva a crearlo: se completa el mismo documento, nunca uno nuevo.',
  'fault.calendar.partial':
    'No todas las reuniones llegaron al calendario porque Google no respondió. Vuelva a agregarlas: los eventos que ya están se actualizan, nunca se duplican.',
  'fault.send.retry':
    'El envío se detuvo porque Google no respondió. Pulse «Continuar el envío»: nadie que ya tenga el correo lo recibirá dos veces.',
  'fault.walkIn.retry':
    'Es posible que la persona no se haya agregado: Google Sheets no respondió. Por favor, agréguela de nuevo; nadie se agrega dos veces.',
  'fault.walkIn.saved':
    'La persona se agregó y se marcó como presente, pero la lista de la reunión no se pudo actualizar en este momento. Vuelva a abrir la reunión para verla.',
  'fault.todaysMeeting.retry':
    'Es posible que la reunión de hoy no se haya agregado: Google Sheets no respondió. Por favor, inténtelo de nuevo; nunca se agrega dos veces.',
  'fault.todaysMeeting.saved':
    'La reunión de hoy se agregó, pero la lista de reuniones no se pudo actualizar en este momento. Vuelva a abrir el panel de la reunión para verla.',
  'fault.invitations.partial':
    'La preparación de las invitaciones se detuvo antes de terminar porque Google no respondió. No se perdió ni se duplicó nada. Vuelva a ejecutar «Crear o actualizar invitaciones» para terminarla.',
  'fault.answers.partial':
    'La sincronización de las respuestas se detuvo antes de terminar porque Google no respondió. No se perdió ninguna respuesta: siguen en las pestañas de respuestas. Vuelva a ejecutar «Sincronizar respuestas» para terminarla.',
  'fault.folder.retry':
    'Es posible que la carpeta no se haya guardado: Google no respondió. Por favor, elíjala de nuevo.',
  'fault.picker.unchanged':
    'No se pudo abrir el selector de carpetas en este momento. No se cambió nada. Por favor, inténtelo de nuevo.',
  'meeting.unknownMember': (p: { id: string; tab: string }) =>
    `«${p.id}» no está en la pestaña «${p.tab}». Vuelva a cargar la lista de la reunión y marque a las personas que aparecen.`,
  'limit.row': (p: { row: number; tab: string }) =>
    `La fila ${p.row} no está en la pestaña «${p.tab}». Vuelva a cargar la revisión del grupo.`,
  // Answers the sidebar's calls give when a request no longer fits the workbook.
  'hours.unknownIndicator': (p: { indicator: string; tab: string; shared: string }) =>
    `«${p.indicator}» no es uno de los indicadores de la pestaña «${p.tab}». Elija uno de la lista o «${p.shared}».`,
  'hours.cannotUndo': 'Solo puede deshacer su propia entrada más reciente, y esta ya no lo es.',
  'meeting.unknown': (p: { tab: string }) =>
    `Esa reunión ya no está en la pestaña «${p.tab}». Vuelva a cargar la lista y elíjala de nuevo.`,
  'meeting.noTimer': 'No hay ningún cronómetro de sesión en marcha.',
};
