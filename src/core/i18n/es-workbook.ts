import type { enWorkbook } from './en-workbook';

type Widen<M> = M extends string ? string : M;
export const esWorkbook: { readonly [K in keyof typeof enWorkbook]: Widen<(typeof enWorkbook)[K]> } = {
  'wb.tab.start': 'Inicio',
};
