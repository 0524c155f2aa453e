import type { enCheck } from './en-check';
import { plural } from './plural';

type Widen<M> = M extends string ? string : M;

/** «Revisar esta instalación» (ver en-check.ts). */
export const esCheck: { readonly [K in keyof typeof enCheck]: Widen<(typeof enCheck)[K]> } = {
  'menu.check': 'Revisar esta instalación',
  'check.title': 'Revisar esta instalación (no se cambió nada)',
  'check.unreachable': 'no se pudo consultar en este momento; inténtelo de nuevo en unos instantes.',
  'check.scopes': 'Permisos',
  'check.scopes.ok': (p: { n: number }) =>
    plural('es', p.n, {
      one: 'se concedió el permiso que pide el complemento.',
      other: `se concedieron los ${p.n} permisos que pide el complemento.`,
    }),
  'check.scopes.missing': (p: { scopes: string }) =>
    `aún no se concedieron: ${p.scopes}. Ejecute cualquier comando del menú para que se le vuelvan a pedir.`,
  'check.template': 'Libro de trabajo',
  'check.template.none': 'aún no está preparado: ejecute «Preparar el libro de trabajo».',
  'check.template.ok': (p: { version: number }) =>
    `preparado, versión de plantilla ${p.version} (la actual).`,
  'check.template.old': (p: { version: number; current: number }) =>
    `versión de plantilla ${p.version}; ejecute «Preparar el libro de trabajo» para llevarlo a la versión ${p.current}.`,
  'check.triggers': 'Activadores',
  'check.triggers.list': (p: { n: number; names: string }) =>
    p.n === 0 ? 'ninguno para este libro todavía.' : `${p.n} para este libro: ${p.names}.`,
  'check.lock': 'Bloqueo de guardado',
  'check.lock.ok': 'disponible.',
  'check.lock.busy': 'lo tiene otra persona que está guardando; inténtelo de nuevo en unos instantes.',
  'check.properties': 'Ajustes guardados',
  'check.properties.ok': (p: { document: number; user: number }) =>
    `disponibles (${p.document} de este libro, ${p.user} suyos).`,
};
