/**
 * A member of the Educational Partners Group, as documented on the Stepwell template. Contact details are kept as
 * typed: whether they are usable is a roster rule with a fix, not a reason to refuse the row.
 */
import * as z from 'zod/mini';
import { isoDateSchema } from './dates';
import type { Finding } from './findings';
import type { Lang } from './i18n/catalog';
import type { Wording } from './i18n/wording';
import { ROLE_IDS, roleIdSchema } from './roles';
import { DEFAULT_TIME_ZONE } from './settings';
import { type CellKind, choiceReader, normalizeCells } from './sheet-values';
import { rowFinding } from './zod-messages';

export const MEMBER_STATUSES = [
  'proposed',
  'invited',
  'accepted',
  'declined',
  /** Answered the invitation "I would like to talk first": the coordinator follows up. */
  'wants-to-talk',
  'no-response',
  'withdrawn',
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const PREFERRED_LANGUAGES = ['en', 'es', 'other'] as const;
export type PreferredLanguage = (typeof PREFERRED_LANGUAGES)[number];
export const AFFILIATIONS = ['internal', 'external'] as const;

const optionalText = z.optional(z.string().check(z.trim()));

export const memberSchema = z.object({
  id: z.string().check(z.trim(), z.minLength(1)),
  /** The sheet row the member was read from; not a column. */
  row: z.optional(z.int().check(z.positive())),
  name: z.string().check(z.trim(), z.minLength(1)),
  /** One person may hold two roles (e.g. a parent who also leads a community group); the primary role first. */
  roles: z.array(roleIdSchema).check(z.minLength(1)),
  /** What "Other" means for this member, e.g. one of the suggested departments. */
  otherRole: optionalText,
  title: optionalText,
  organization: optionalText,
  email: optionalText,
  phone: optionalText,
  preferredLanguage: z.optional(z.enum(PREFERRED_LANGUAGES)),
  /** The language's name when it is neither English nor Spanish. */
  preferredLanguageOther: optionalText,
  districtEmployee: z._default(z.boolean(), false),
  affiliation: z.optional(z.enum(AFFILIATIONS)),
  studentGroups: z._default(z.array(z.string().check(z.trim(), z.minLength(1))), []),
  /** For teachers: the grade level(s) they teach. */
  gradeLevel: optionalText,
  status: z._default(z.enum(MEMBER_STATUSES), 'proposed'),
  invitedOn: z.optional(isoDateSchema),
  respondedOn: z.optional(isoDateSchema),
  notes: optionalText,
});
export type Member = z.infer<typeof memberSchema>;
export type MemberField = Exclude<keyof Member, 'row'>;

/** Selected means still counted: proposed, invited, accepted or not yet answered. */
export function isSelected(status: MemberStatus): boolean {
  return status !== 'declined' && status !== 'withdrawn';
}

export function isConfirmed(status: MemberStatus): boolean {
  return status === 'accepted';
}

const MEMBER_CELLS: Record<MemberField, CellKind> = {
  id: 'text',
  name: 'text',
  roles: 'list',
  otherRole: 'text',
  title: 'text',
  organization: 'text',
  email: 'text',
  phone: 'text',
  preferredLanguage: 'text',
  preferredLanguageOther: 'text',
  districtEmployee: 'boolean',
  affiliation: 'text',
  studentGroups: 'list',
  gradeLevel: 'text',
  status: 'text',
  invitedOn: 'date',
  respondedOn: 'date',
  notes: 'text',
};

/** The order of a roster sheet's columns (row keys are these field names). */
export const MEMBER_FIELDS = Object.keys(MEMBER_CELLS) as MemberField[];

const readRole = choiceReader(ROLE_IDS, (id) => `role.${id}` as const);
export const readMemberStatus = choiceReader(MEMBER_STATUSES, (id) => `status.${id}` as const, {
  pending: 'no-response',
});
const readLanguage = choiceReader(PREFERRED_LANGUAGES, (id) => `lang.${id}` as const, {
  english: 'en',
  ingles: 'en',
  spanish: 'es',
  espanol: 'es',
});
const readAffiliation = choiceReader(AFFILIATIONS, (id) => `affiliation.${id}` as const);

/** A language typed by name that is neither English nor Spanish becomes "other" with that name. */
function languageCells(value: unknown, otherName: unknown) {
  const read = readLanguage(value);
  if (typeof read === 'string' && !(PREFERRED_LANGUAGES as readonly string[]).includes(read)) {
    return { preferredLanguage: 'other', preferredLanguageOther: otherName ?? read };
  }
  return { preferredLanguage: read, preferredLanguageOther: otherName };
}

/**
 * Reads one roster row (cells as Sheets' getValues returns them). Never throws: a row that does not fit becomes
 * an error finding naming each field and what to enter.
 */
export function parseMemberRow(
  row: Record<string, unknown>,
  rowNumber: number,
  voice: Lang | Wording = 'en',
  timeZone = DEFAULT_TIME_ZONE,
): { ok: Member } | { finding: Finding } {
  const cells = normalizeCells(row, MEMBER_CELLS, timeZone);
  const result = memberSchema.safeParse({
    ...cells,
    id: cells.id ?? `row-${rowNumber}`,
    row: rowNumber,
    roles: Array.isArray(cells.roles) ? cells.roles.map(readRole) : cells.roles,
    status: readMemberStatus(cells.status),
    affiliation: readAffiliation(cells.affiliation),
    ...languageCells(cells.preferredLanguage, cells.preferredLanguageOther),
  });
  return result.success
    ? { ok: result.data }
    : {
        finding: rowFinding(
          voice,
          rowNumber,
          result.error,
          typeof cells.id === 'string' ? cells.id : undefined,
        ),
      };
}
