/**
 * Turns zod issues into messages a person can act on, in their language: the field's name (`field.<key>`) and
 * what to enter. Schemas in the core put catalog keys (`zod.*`) in their custom messages.
 */
import * as z from 'zod/mini';
import type { Finding } from './findings';
import type { Lang } from './i18n/catalog';
import { hasMessage, t, tKey } from './i18n/i18n';
import { type Wording, wording } from './i18n/wording';

export interface FieldProblem {
  /** The schema key, for code that highlights a cell or input. */
  key: string;
  /** The field's name: the reader's for an input, the workbook's column header for a cell. */
  field: string;
  message: string;
}

const isKey = hasMessage;

// zod/mini carries no English messages; an error map sees each issue's input, so a value that is missing is
// told apart from one of the wrong type here, for every schema.
z.config({
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? 'zod.required' : undefined,
});

/**
 * Choice fields whose options have labels, by the catalog prefix of those labels (written whole, so the build
 * sees which catalog keys this code names: scripts/surface-catalogs.mjs).
 */
const CHOICE_LABELS: Record<string, string> = {
  status: 'status.',
  preferredLanguage: 'lang.',
  affiliation: 'affiliation.',
  leaType: 'lea.',
};
// Short lists (the seven member statuses) are spelled out; long ones (roles, activities) point at the dropdown.
const MAX_LISTED_OPTIONS = 8;

function problem({ reader: lang, workbook }: Wording, issue: z.core.$ZodIssue, key: string): string {
  // A schema's own catalog key says it best.
  if (isKey(issue.message)) return tKey(lang, issue.message);
  switch (issue.code) {
    case 'invalid_type':
      // Zod leaves `input` out unless asked (reportInput), but its message still says what it received.
      if ('input' in issue ? issue.input === undefined : /received undefined/.test(issue.message)) {
        return t(lang, 'zod.required');
      }
      return issue.expected === 'number'
        ? t(lang, 'zod.number')
        : issue.expected === 'boolean'
          ? t(lang, 'zod.yes-no')
          : issue.expected === 'string'
            ? t(lang, 'zod.text')
            : t(lang, 'zod.invalid');
    case 'too_small':
      if (issue.origin === 'string') return t(lang, 'zod.required');
      if (issue.origin === 'array' || issue.origin === 'set') return t(lang, 'zod.choose-one');
      return t(lang, 'zod.min', { min: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? t(lang, 'zod.too-long', { max: Number(issue.maximum) })
        : t(lang, 'zod.max', { max: Number(issue.maximum) });
    case 'invalid_value': {
      if (issue.values.length > MAX_LISTED_OPTIONS) return t(lang, 'zod.choose-from-list');
      const prefix = CHOICE_LABELS[key];
      const labels = issue.values.map((v) => {
        const labelKey = `${prefix}${String(v)}`;
        return prefix && isKey(labelKey) ? tKey(workbook, labelKey) : String(v);
      });
      return t(lang, 'zod.choose', { options: labels.join(', ') });
    }
    default:
      return t(lang, 'zod.invalid');
  }
}

/**
 * One entry per issue, naming the field and the fix. For a sheet's cell, the field (its column) and the
 * choices are named as the workbook shows them.
 */
export function formatIssues(voice: Lang | Wording, error: z.core.$ZodError): FieldProblem[] {
  const w = wording(voice);
  return error.issues.map((issue) => {
    const key = String(issue.path.find((p) => typeof p === 'string') ?? '');
    const fieldKey = `field.${key}`;
    return {
      key,
      field: isKey(fieldKey) ? tKey(w.workbook, fieldKey) : key,
      message: problem(w, issue, key),
    };
  });
}

/** The problems as one sentence list, e.g. for a finding or a toast. */
function describeIssues(voice: Lang | Wording, error: z.core.$ZodError): string {
  const { reader } = wording(voice);
  return formatIssues(voice, error)
    .map(({ field, message }) => (field ? t(reader, 'error.field', { field, problem: message }) : message))
    .join(' ');
}

/** A sheet row that does not fit its schema, as an error finding naming the row, each field and what to enter. */
export function rowFinding(
  voice: Lang | Wording,
  rowNumber: number,
  error: z.core.$ZodError,
  memberId?: string,
): Finding {
  const { reader } = wording(voice);
  return {
    severity: 'error',
    rule: 'row-invalid',
    row: rowNumber,
    ...(memberId === undefined ? {} : { memberId }),
    message: t(reader, 'rule.row-invalid', { row: rowNumber, problems: describeIssues(voice, error) }),
    fix: t(reader, 'fix.row-invalid'),
  };
}
