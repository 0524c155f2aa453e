import type { enInvitations } from './en-invitations';
import { plural } from './plural';

type Widen<M> = M extends string ? string : M;
export const esInvitations: { readonly [K in keyof typeof enInvitations]: Widen<(typeof enInvitations)[K]> } =
  {
    'status.wants-to-talk': 'Quiere hablar primero',
    'field.inviteCode': 'Código de invitación',
    'field.inviteLink': 'Enlace de invitación',
    'field.rsvpMeetings': 'Puede asistir',
    'field.supports': 'Apoyos que necesita',
    'field.contactBy': 'Mejor forma de contacto',
    'field.rsvpComments': 'Preguntas o comentarios',
    'wb.note.inviteCode':
      'Lo llena el complemento: un código al azar en el enlace personal de esta persona. No lo cambie: las respuestas se asignan a la persona por este código.',
    'wb.note.inviteLink':
      'Lo llena el complemento: el enlace personal de esta persona al formulario de invitación, en su idioma preferido.',
    'wb.note.rsvpMeetings':
      'De la respuesta de la persona: las fechas de las reuniones a las que puede asistir.',
    'wb.note.supports':
      'De la respuesta de la persona: interpretación, cuidado de niños, transporte, accesibilidad u otro apoyo.',
    'wb.note.contactBy': 'De la respuesta de la persona: cómo prefiere que la contacten.',
    'wb.note.rsvpComments': 'De la respuesta de la persona: sus preguntas o comentarios.',
    'menu.chooseFolder': 'Elegir la carpeta del grupo',
    'folder.kind.forms': 'Formularios de invitación',
    'folder.kind.letters': 'Cartas',
    'folder.kind.agendas': 'Agendas de reuniones',
    'folder.kind.mou': 'Borradores del MOU',
    'folder.kind.reports': 'Informes',
    'folder.notChosen':
      'Todavía no se ha elegido una carpeta para el grupo, así que los archivos nuevos se quedan en su Mi unidad. Para guardarlos en la unidad compartida del distrito, use Extensiones › Herramientas para Socios Educativos › Elegir la carpeta del grupo.',
    'folder.notConfigured':
      'El selector de carpetas no está configurado en esta copia del complemento. Quien lo instaló debe agregar PICKER_PROJECT_NUMBER y PICKER_API_KEY a las propiedades del script (vea el README).',
    'folder.notAFolder': 'Ese elemento no es una carpeta. Por favor, elija una carpeta.',
    'folder.notFound': 'No se puede abrir esa carpeta. Por favor, elíjala de nuevo.',
    'folder.chosen': (p: { name: string }) => `Los archivos nuevos del grupo se guardarán en «${p.name}».`,
    'folder.pickerTitle': 'Elegir la carpeta del grupo',
    'folder.pickerIntro':
      'Elija la carpeta de la unidad compartida del distrito donde van los archivos del grupo. El complemento solo ve esta carpeta y los archivos que crea en ella.',
    'folder.pickerOpen': 'Abrir el selector de carpetas',
    'folder.pickerFailed':
      'No se pudo abrir el selector de carpetas. Cierre esta ventana e inténtelo de nuevo.',
    'inv.support.interpretation': 'Interpretación',
    'inv.support.childcare': 'Cuidado de niños',
    'inv.support.transportation': 'Transporte',
    'inv.support.accessibility': 'Accesibilidad',
    'inv.contact.email': 'Correo electrónico',
    'inv.contact.call': 'Llamada',
    'inv.contact.text': 'Mensaje de texto',
    'inv.contact.mail': 'Carta',
    'inv.unmatchedTab': 'Respuestas sin asignar',
    'inv.responsesTab': (p: { language: string }) => `Respuestas (formulario en ${p.language})`,
    'inv.col.received': 'Recibida',
    'inv.col.form': 'Formulario',
    'inv.col.answer': 'Se une',
    'inv.col.response': 'Respuesta',
    'inv.note.unmatched':
      'Aquí se guardan completas las respuestas cuyo código de invitación no coincide con ningún integrante, o que fue cambiado. Busque a la persona, ponga el código correcto en su fila y luego use Sincronizar respuestas.',
    'inv.outsideRefused':
      'Su organización no permite que los formularios reciban respuestas de personas externas, así que las familias sin cuenta del distrito no podrían responder. No se cambió nada más. Pida a su administrador de Google Workspace que lo permita y vuelva a intentarlo.',
    'menu.invitations': 'Crear o actualizar invitaciones',
    'menu.syncAnswers': 'Sincronizar respuestas',
    'inv.done': (p: { members: number; tab: string; start: string }) =>
      plural('es', p.members, {
        one: `Los formularios en inglés y en español están listos, y 1 integrante tiene su enlace personal en la pestaña «${p.tab}». Los enlaces de los formularios están en la pestaña «${p.start}».`,
        other: `Los formularios en inglés y en español están listos, y ${p.members} integrantes tienen su enlace personal en la pestaña «${p.tab}». Los enlaces de los formularios están en la pestaña «${p.start}».`,
      }),
    'inv.recreated': (p: { language: string; tab: string }) =>
      `El formulario en ${String(p.language).toLowerCase()} había sido borrado, así que se creó uno nuevo. Los enlaces de la pestaña «${p.tab}» ahora llevan a él.`,
    'inv.sync.done': (p: { applied: number; unmatched: number; tab: string }) =>
      `${plural('es', p.applied, { one: 'Se aplicó 1 respuesta', other: `Se aplicaron ${p.applied} respuestas` })} a la pestaña «${p.tab}»; ${plural('es', p.unmatched, { one: '1 respuesta sin asignar se guarda', other: `${p.unmatched} respuestas sin asignar se guardan` })} en su propia pestaña.`,
    'inv.noForms': 'Todavía no hay formularios de invitación. Primero use Crear o actualizar invitaciones.',
    'sb.tab.invitations': 'Invitaciones',
    'sb.inv.create': 'Crear o actualizar invitaciones',
    'sb.inv.sync': 'Sincronizar respuestas',
    'sb.inv.working': 'Trabajando…',
    'sb.inv.none': (p: { start: string; meetings: string }) =>
      `Todavía no hay formularios de invitación. Créelos a partir de la configuración de la pestaña «${p.start}» y de la pestaña «${p.meetings}».`,
    'sb.inv.forms': 'Formularios',
    'sb.inv.onStart': (p: { tab: string }) => `Estos enlaces también están en la pestaña «${p.tab}».`,
    'sb.inv.open': (p: { language: string }) => `Formulario en ${String(p.language).toLowerCase()}`,
    'sb.inv.edit': (p: { language: string }) => `Editar el formulario en ${String(p.language).toLowerCase()}`,
    'sb.inv.folder': (p: { name: string }) => `Los archivos se guardan en «${p.name}».`,
    'sb.inv.noFolder': 'No se ha elegido una carpeta para el grupo: los archivos se quedan en su Mi unidad.',
    'sb.inv.answers': 'Respuestas',
    'sb.inv.unmatched': (p: { n: number; tab: string }) =>
      plural('es', p.n, {
        one: `1 respuesta no coincide con ningún integrante: vea la pestaña «${p.tab}».`,
        other: `${p.n} respuestas no coinciden con ningún integrante: vea la pestaña «${p.tab}».`,
      }),
    'sb.inv.perMeeting': 'Apoyos necesarios por reunión',
    'sb.inv.coming': 'Vienen',
    'sb.inv.other': 'Otro',
    'sb.inv.noMeetings': (p: { tab: string }) => `No hay reuniones programadas en la pestaña «${p.tab}».`,
  };
