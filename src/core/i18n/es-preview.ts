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
};
