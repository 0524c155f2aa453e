import type { Catalog } from './catalog';
import { plural } from './plural';

export const es: Catalog = {
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
};
