import type { enPreview } from './en-preview';

export const esPreview: { readonly [K in keyof typeof enPreview]: string } = {
  'pv.title': 'Herramientas para Socios Educativos — vista previa local',
  'pv.intro':
    'El panel de la derecha ejecuta el código compilado del complemento sobre un libro en memoria con un distrito de ejemplo. Las pestañas de abajo muestran lo que escribe, y el menú Extensiones ejecuta los comandos del complemento.',
  'pv.docs':
    'Documentos generados (agendas, hojas de asistencia, el borrador del MOU, el informe del grupo, cartas impresas)',
  'pv.outbox': 'Bandeja de salida (los correos de invitación como los ven los integrantes)',
  'pv.tabs': 'Pestañas del libro',
  'pv.sidebar': 'Panel de Herramientas para Socios Educativos',
  'pv.extensions': 'Extensiones',
  'pv.said': 'Lo que dijo el complemento',
  'pv.formula': 'Fórmula',
  'pv.dropdown': 'Lista desplegable',
  'pv.console': 'El panel solo está en /sidebar. Para detener, pulse Ctrl+C.',
  'pv.forms':
    'Formularios de invitación como los ve un padre en su teléfono (al responder cambia la pestaña de Socios)',
  'pv.formsTitle': 'Formularios de invitación en un teléfono',
  'pv.formsIntro':
    'Cada formulario como lo ve una familia en un teléfono de unos 380 píxeles de ancho, abierto desde el enlace personal de un integrante. Al enviar una respuesta se usa el mismo activador de envío que en Google: observe cómo cambia la fila de esa persona en la pestaña de Socios.',
  'pv.noForms':
    'Todavía no hay formularios de invitación. Primero use Extensiones › Crear o actualizar invitaciones en la página de la vista previa.',
  'pv.back': 'Volver a la vista previa',
  'pv.answerAgain': 'Enviar otra respuesta',
};
