import type { enDelivery } from './en-delivery';
import { plural } from './plural';

type Widen<M> = M extends string ? string : M;
export const esDelivery: { readonly [K in keyof typeof enDelivery]: Widen<(typeof enDelivery)[K]> } = {
  'sb.send.title': 'Enviar invitaciones por correo electrónico',
  'sb.send.who': 'A quién se envía',
  'sb.send.who.unsent': 'A todos los que aún no la recibieron',
  'sb.send.who.status': 'A los integrantes con este estado',
  'sb.send.who.rows': (p: { tab: string }) => `A las filas seleccionadas en la pestaña «${p.tab}»`,
  'sb.send.status': 'Estado',
  'sb.send.resend': 'Enviar de nuevo a quienes ya la recibieron (reenviar)',
  'sb.send.check': 'Ver a quién se envía',
  'sb.send.plan': (p: { send: number; skipped: number; quota: number }) =>
    `${plural('es', p.send, { one: '1 por enviar', other: `${p.send} por enviar` })}, ${plural('es', p.skipped, { one: '1 queda fuera', other: `${p.skipped} quedan fuera` })}. Correos disponibles hoy: ${p.quota}.`,
  'sb.send.later': (p: { n: number }) =>
    plural('es', p.n, {
      one: '1 no cabe en el límite de correos de hoy: continúe mañana para enviarlo.',
      other: `${p.n} no caben en el límite de correos de hoy: continúe mañana para enviarlos.`,
    }),
  'sb.send.skippedTitle': 'Quedan fuera',
  'sb.send.skip.no-email': 'sin correo electrónico: haga una carta impresa',
  'sb.send.skip.bad-email': 'el correo electrónico no es válido',
  'sb.send.skip.no-link': 'aún sin enlace de invitación: primero cree las invitaciones',
  'sb.send.skip.already-sent': 'ya se envió',
  'sb.send.skip.interrupted':
    'el envío se interrumpió y pudo haber salido: confírmelo con la persona y reenvíe si hace falta',
  'sb.send.preview': 'Vista previa',
  'sb.send.previewFor': (p: { name: string; language: string }) => `Como la recibe ${p.name} (${p.language})`,
  'sb.send.previewFrame': (p: { language: string }) => `Vista previa del correo, ${p.language}`,
  'sb.send.subject': (p: { subject: string }) => `Asunto: ${p.subject}`,
  'sb.send.send': (p: { n: number }) =>
    plural('es', p.n, { one: 'Enviar 1 invitación', other: `Enviar ${p.n} invitaciones` }),
  'sb.send.cancel': 'Cancelar',
  'sb.send.continue': 'Continuar el envío',
  'sb.send.progressLabel': 'Invitaciones enviadas',
  'sb.send.progress': (p: { done: number; total: number }) => `${p.done} de ${p.total} listas`,
  'sb.send.done': (p: { sent: number; failed: number }) =>
    `Listo: ${plural('es', p.sent, { one: '1 enviada', other: `${p.sent} enviadas` })}, ${plural('es', p.failed, { one: '1 sin enviar', other: `${p.failed} sin enviar` })}.`,
  'sb.send.cancelled': (p: { left: number }) =>
    `Se detuvo al terminar el lote en curso. ${plural('es', p.left, { one: 'Falta 1 por enviar', other: `Faltan ${p.left} por enviar` })}: use Continuar el envío para enviarlas.`,
  'sb.send.quotaOut': (p: { left: number }) =>
    `Se agotó el límite de correos de hoy. ${plural('es', p.left, { one: 'Falta 1 por enviar', other: `Faltan ${p.left} por enviar` })}: continúe mañana.`,
  'sb.send.failedItem': (p: { name: string; error: string }) => `${p.name}: no se envió (${p.error})`,
  'sb.send.nothing': 'No hay a quién enviar.',
  'sb.letters.title': 'Cartas impresas',
  'sb.letters.help': (p: { tab: string }) =>
    `Una página por cada integrante sin correo electrónico (o por cada fila seleccionada en la pestaña «${p.tab}»), en su idioma, con su enlace y un código QR.`,
  'sb.letters.rows': (p: { tab: string }) => `Solo las filas seleccionadas en la pestaña «${p.tab}»`,
  'sb.letters.newBatch': 'Empezar un documento nuevo (conservar el anterior tal como está)',
  'sb.letters.make': 'Hacer cartas impresas',
  'sb.letters.open': 'Abrir las cartas',
};
