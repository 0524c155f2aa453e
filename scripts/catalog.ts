/**
 * `npm run catalog`: every message in English and Spanish side by side, each message with a count rendered at
 * 0, 1 and 2, so a Spanish speaker can review the whole catalog in one sitting. The catalog test renders the
 * same table and checks that no placeholder is left over.
 */
import { en } from '../src/core/i18n/en';
import { es } from '../src/core/i18n/es';

type Sample = { en: string; es: string } | ((count: number) => { en: string; es: string });

/**
 * Sample text for each text parameter a message takes; any other parameter is a count. A text that carries the
 * count (the hours "1 hour" beside n = 1) is a function of it.
 */
export const TEXT_SAMPLES: Record<string, Sample> = {
  lea: { en: 'Sample Unified School District', es: 'Distrito Escolar Unificado de Ejemplo' },
  field: { en: 'Email', es: 'Correo electrónico' },
  problem: { en: 'This is required.', es: 'Este dato es obligatorio.' },
  options: { en: 'New, Continuing', es: 'Nueva, Continúa' },
  problems: { en: 'Name: this is required.', es: 'Nombre: este dato es obligatorio.' },
  role: { en: 'Community Representatives', es: 'Representantes de la comunidad' },
  name: { en: 'María José Pérez', es: 'María José Pérez' },
  group: { en: 'Black or African American', es: 'Afroamericanos' },
  email: { en: 'maria@', es: 'maria@' },
  phone: { en: '555', es: '555' },
  other: { en: 'row 3', es: 'la fila 3' },
  text: (n) => ({ en: String(n), es: String(n) }),
  left: { en: '3 hours', es: '3 horas' },
  rate: { en: '$110.00', es: '$110.00' },
  hours: (n) => ({ en: n === 1 ? '1 hour' : `${n} hours`, es: n === 1 ? '1 hora' : `${n} horas` }),
  cost: { en: '$220.00', es: '$220.00' },
  date: { en: 'June 30, 2024', es: '30 de junio de 2024' },
  activity: { en: 'Budget', es: 'Presupuesto' },
  indicator: { en: 'Discipline', es: 'Disciplina' },
  title: { en: 'Partners meeting 2', es: 'Reunión de socios 2' },
  what: { en: 'MOU due', es: 'Entrega del MOU' },
  range: { en: '1 to 4 hours', es: 'de 1 a 4 horas' },
  funded: { en: '20 hours', es: '20 horas' },
  used: { en: '5 hours', es: '5 horas' },
  from: { en: 'January 23, 2024', es: '23 de enero de 2024' },
  to: { en: 'April 23, 2024', es: '23 de abril de 2024' },
  end: { en: 'June 30, 2024', es: '30 de junio de 2024' },
  elapsed: { en: '12:05', es: '12:05' },
  started: { en: '10:03 AM', es: '10:03 a. m.' },
  entry: { en: 'April 23, 2024 · Budget · 2 hours', es: '23 de abril de 2024 · Presupuesto · 2 horas' },
  query: { en: 'ma', es: 'ma' },
  tab: { en: 'Partners', es: 'Integrantes' },
  column: { en: 'Email', es: 'Correo electrónico' },
  value: { en: 'Confirmed', es: 'Confirmado' },
};

/** Parameters that are numbers but not counts of things (a row number, a percent). */
const NUMBER_SAMPLES: Record<string, number> = { row: 7, percent: 85, version: 1, min: 1, max: 4 };

export const COUNTS = [0, 1, 2] as const;

type Message = string | ((p: Record<string, unknown>) => string);

/** The parameter names a message function reads (`p.name`). */
export function paramNames(message: Message): string[] {
  if (typeof message === 'string') return [];
  return [...new Set([...message.toString().matchAll(/\bp\.(\w+)/g)].map((m) => m[1]!))];
}

export interface CatalogRow {
  key: string;
  /** The count every count parameter had, or null for a message without counts. */
  count: number | null;
  en: string;
  es: string;
}

/** Every message in both languages; a message with a count once per sample count. */
export function renderCatalog(): CatalogRow[] {
  const rows: CatalogRow[] = [];
  for (const key of Object.keys(en) as (keyof typeof en)[]) {
    const messages = { en: en[key] as Message, es: es[key] as Message };
    const names = [...new Set([...paramNames(messages.en), ...paramNames(messages.es)])];
    const counted = names.filter((n) => !(n in TEXT_SAMPLES) && !(n in NUMBER_SAMPLES));
    for (const count of counted.length > 0 ? COUNTS : [null]) {
      const render = (lang: 'en' | 'es') => {
        const message = messages[lang];
        if (typeof message === 'string') return message;
        const params: Record<string, unknown> = {};
        for (const n of names) {
          const sample = TEXT_SAMPLES[n];
          params[n] = sample
            ? (typeof sample === 'function' ? sample(count ?? 2) : sample)[lang]
            : (NUMBER_SAMPLES[n] ?? count);
        }
        return message(params);
      };
      rows.push({ key, count, en: render('en'), es: render('es') });
    }
  }
  return rows;
}

function main(): void {
  const rows = renderCatalog();
  const width = Math.min(60, Math.max(...rows.map((r) => r.en.length)));
  let previous = '';
  for (const row of rows) {
    if (row.key !== previous) console.log(`\n${row.key}`);
    previous = row.key;
    const prefix = row.count === null ? '  ' : `  [${row.count}] `;
    console.log(`${prefix}${row.en.padEnd(width)} | ${row.es}`);
  }
  console.log(`\n${rows.length} renderings of ${new Set(rows.map((r) => r.key)).size} messages.`);
}

if (require.main === module) main();
