import type { enInvitations } from './en-invitations';

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
  };
