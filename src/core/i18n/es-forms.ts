import type { enForms } from './en-forms';

type Widen<M> = M extends string ? string : M;
export const esForms: { readonly [K in keyof typeof enForms]: Widen<(typeof enForms)[K]> } = {
  'form.title': (p: { lea: string }) => `${p.lea}: únase a nuestro grupo de familias y comunidad`,
  'form.intro': (p: { lea: string }) =>
    `${p.lea} le invita a ser parte de su Grupo de Socios Educativos. Es un equipo de padres, personal y gente de la comunidad. En el distrito, a unos grupos de alumnos los ponen en educación especial o los mandan a casa más que a otros. El estado nos pide saber por qué y hacer un plan para cambiarlo. Su voz es importante: usted conoce a su hijo y a su comunidad. Llenar este formulario toma unos dos minutos.`,
  'form.section.purpose': 'Qué hace el grupo',
  'form.section.purpose.help':
    'El grupo mira datos de la escuela. Escucha a familias, alumnos y personal. Busca por qué a unos alumnos los tratan distinto. Luego ayuda a hacer un plan justo para todos.',
  'form.section.time': 'Cuánto tiempo toma',
  'form.section.time.help': (p: { count: number; length: string; dates: string }) =>
    p.count === 0
      ? `Cada junta dura ${p.length}. Pronto le mandamos las fechas.`
      : `${p.count === 1 ? 'Hay 1 junta' : `Hay ${p.count} juntas`}. Cada una dura ${p.length}.\n${p.dates}`,
  'form.length.about': (p: { span: string }) =>
    String(p.span) === '1'
      ? 'una hora'
      : String(p.span) === '1½'
        ? 'una hora y media'
        : `unas ${p.span} horas`,
  'form.length.between': (p: { min: string; max: string }) => `entre ${p.min} y ${p.max} horas`,
  'form.section.role': 'Qué le pedimos',
  'form.section.role.help':
    'Venga a las juntas si puede. Una o dos semanas antes de cada junta, le mandamos algo corto para leer. En la junta, cuente lo que ve y lo que vive su familia. Ayude al grupo a elegir qué hacer primero. No tiene que ser experto.',
  'form.section.support': 'La ayuda que damos',
  'form.section.support.help':
    'En cada junta hay intérprete y cuidado de niños, sin costo. Díganos abajo qué más le ayuda a venir.',
  'form.section.contact': '¿Tiene preguntas?',
  'form.section.contact.help': (p: { name: string; phone: string; email: string }) =>
    `Hable con ${p.name || 'nuestra oficina'}.${p.phone ? ` Llame al ${p.phone}.` : ''}${p.email ? ` Escriba a ${p.email}.` : ''}`,
  'form.meeting': (p: { date: string; time: string; place: string }) =>
    [p.date, p.time, p.place].filter(Boolean).join(' · '),
  'form.q.code': 'Su código de invitación',
  'form.q.code.help': 'Ya lo pusimos por usted. Por favor, no lo cambie.',
  'form.q.join': '¿Se une al grupo?',
  'form.join.yes': 'Sí, me uno',
  'form.join.no': 'No, esta vez no',
  'form.join.talk': 'Quiero hablar antes',
  'form.q.meetings': '¿A qué juntas puede venir?',
  'form.q.meetings.help': 'Marque todas las fechas que le sirven.',
  'form.q.language': '¿En qué idioma quiere nuestras cartas y papeles?',
  'form.lang.en': 'Inglés',
  'form.lang.es': 'Español',
  'form.q.supports': '¿Qué le ayuda a venir?',
  'form.q.supports.help': 'Marque todo lo que corresponda.',
  'form.support.interpretation': 'Un intérprete',
  'form.support.childcare': 'Cuidado de niños',
  'form.support.transportation': 'Transporte o pase de autobús',
  'form.support.accessibility': 'Ayuda por una discapacidad, como rampa o letra grande',
  'form.q.contactBy': '¿Cómo le contactamos mejor?',
  'form.contact.email': 'Correo electrónico',
  'form.contact.call': 'Llamada',
  'form.contact.text': 'Mensaje de texto',
  'form.contact.mail': 'Carta por correo',
  'form.q.comments': '¿Tiene preguntas o comentarios?',
  'form.confirmation': (p: { name: string; phone: string }) =>
    `¡Gracias! Recibimos su respuesta. ${p.name || 'Alguien de la oficina'} se comunicará con usted antes de la primera junta.${p.phone ? ` Si tiene preguntas, llame al ${p.phone}.` : ''}`,
  'form.other': 'Otro:',
  'form.submit': 'Enviar',
  'form.required': 'Obligatoria',
};
