import type { enEmail } from './en-email';
import { plural } from './plural';

type Widen<M> = M extends string ? string : M;
export const esEmail: { readonly [K in keyof typeof enEmail]: Widen<(typeof enEmail)[K]> } = {
  'email.subject': (p: { lea: string }) => `Invitación al Grupo de Socios Educativos de ${p.lea}`,
  'email.greeting': (p: { name: string }) => `Estimado(a) ${p.name}:`,
  'email.invite': (p: { lea: string }) =>
    `${p.lea} le invita a formar parte de nuestro Grupo de Socios Educativos.`,
  'email.why':
    'El grupo estudia por qué algunos grupos de alumnos reciben educación especial o sanciones más que otros. Luego ayuda a planear qué cambiar. Su voz es importante. Las familias y los vecinos ven cosas que el distrito no puede ver solo.',
  'email.meetings': (p: { count: number }) =>
    plural('es', p.count, { one: 'Nos reuniremos una vez:', other: `Nos reuniremos ${p.count} veces:` }),
  'email.meetingsLater': 'Pronto le enviaremos las fechas de las reuniones.',
  'email.meetingTime': (p: { time: string }) => `a las ${p.time}`,
  'email.supports': 'Ofrecemos interpretación y cuidado de niños en las reuniones. Díganos qué necesita.',
  'email.answer': 'Por favor, díganos si puede participar. Le tomará unos dos minutos.',
  'email.button': 'Responder a la invitación',
  'email.linkLine': 'O copie este enlace en su navegador:',
  'email.contact': (p: { contact: string }) => `¿Tiene preguntas? Comuníquese con ${p.contact}.`,
  'email.reply': 'También puede responder a este correo.',
  'email.interpreter': (p: { language: string }) =>
    `Si prefiere ${p.language}, responda a este correo y le conseguiremos un intérprete.`,
  'email.anotherLanguage': 'otro idioma',
  'email.thanks': 'Gracias,',
  'letter.title': (p: { lea: string; date: string }) => `Cartas de invitación, ${p.lea}, ${p.date}`,
  'letter.contact': (p: { contact: string }) => `Contacto: ${p.contact}`,
  'letter.scan':
    'Para responder, abra este enlace en un teléfono o una computadora, o escanee el código con la cámara de su teléfono:',
  'letter.interpreter': (p: { language: string }) =>
    `Si prefiere ${p.language}, llámenos o escríbanos y le conseguiremos un intérprete.`,
  'letter.qrAlt': 'Código QR de su enlace personal de invitación',
  'wb.col.invitationSent': 'Invitación enviada',
  'wb.note.invitationSent':
    'Lo llena el complemento al enviar la invitación por correo: cuándo y en qué idioma, o por qué no se envió. Borre la celda para enviarle de nuevo a esta persona.',
  'wb.sent': (p: { when: string; language: string }) => `Enviada ${p.when} · ${p.language}`,
  'wb.sending': (p: { when: string }) => `Enviando… ${p.when}`,
  'wb.notSent': (p: { error: string }) => `No enviada: ${p.error}`,
  'wb.letter': (p: { when: string; language: string }) => `Carta ${p.when} · ${p.language}`,
  'wb.langs.both': 'inglés y español',
  'send.rerunSetup': (p: { tab: string; link: string; sent: string }) =>
    `La pestaña «${p.tab}» aún no tiene las columnas «${p.link}» ni «${p.sent}». Use Preparar el libro de trabajo y luego cree las invitaciones.`,
  'send.gone': (p: { tab: string }) =>
    `Estos integrantes ya no están en la pestaña «${p.tab}». Vuelva a ver a quién se envía.`,
  'menu.letters': 'Cartas impresas',
  'letters.none': (p: { tab: string }) =>
    `Ningún integrante necesita carta impresa: todos los que tienen enlace de invitación tienen correo electrónico. Para hacerles carta a otros, seleccione sus filas en la pestaña «${p.tab}».`,
  'letters.selectRows': (p: { tab: string }) =>
    `Primero seleccione las filas de los integrantes en la pestaña «${p.tab}».`,
};
