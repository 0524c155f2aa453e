/**
 * The LEA's settings. Allotment, rate and dates change by cycle, so they are settings with the 2024 defaults from
 * the menu of services. Stored units are quarter hours and cents; `settingsInputSchema` reads what a person types.
 */
import * as z from 'zod/mini';
import { isoDateSchema, isValidTimeZone } from './dates';
import { typedDollarsSchema } from './money';
import { quarterHoursSchema, typedHoursSchema } from './quarter-hours';
import { choiceReader, fold, normalizeCells } from './sheet-values';

export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';
export const LEA_TYPES = ['new', 'continuing'] as const;

const optionalText = z.optional(z.string().check(z.trim()));
const nameList = z._default(z.array(z.string().check(z.trim(), z.minLength(1))), []);

export const settingsSchema = z.object({
  leaName: z._default(z.string().check(z.trim()), ''),
  cdsCode: optionalText,
  cycleYear: optionalText,
  leaType: z._default(z.enum(LEA_TYPES), 'new'),
  /** The indicators the LEA was identified for; each brings its own funded allotment. */
  indicators: nameList,
  studentGroupsMostAffected: nameList,
  contactName: optionalText,
  contactEmail: optionalText,
  contactPhone: optionalText,
  taFacilitator: optionalText,
  quarterHoursPerIndicator: z._default(quarterHoursSchema, 20 * 4),
  hourlyRateCents: z._default(z.int().check(z.nonnegative()), 110_00),
  mouDueDate: z._default(isoDateSchema, '2024-04-19'),
  fundedEndDate: z._default(isoDateSchema, '2024-06-30'),
  timeZone: z._default(
    z.string().check(z.refine(isValidTimeZone, { error: 'zod.time-zone' })),
    DEFAULT_TIME_ZONE,
  ),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Settings as typed in the sheet or sidebar: hours per indicator in hours, the rate in dollars. */
const settingsInputSchema = z.pipe(
  z.extend(z.omit(settingsSchema, { quarterHoursPerIndicator: true, hourlyRateCents: true }), {
    hoursPerIndicator: z.optional(typedHoursSchema),
    hourlyRate: z.optional(typedDollarsSchema),
  }),
  z.transform(({ hoursPerIndicator, hourlyRate, ...rest }) => ({
    ...rest,
    quarterHoursPerIndicator: hoursPerIndicator ?? DEFAULT_SETTINGS.quarterHoursPerIndicator,
    hourlyRateCents: hourlyRate ?? DEFAULT_SETTINGS.hourlyRateCents,
  })),
);

const SETTINGS_CELLS = {
  leaName: 'text',
  cdsCode: 'text',
  cycleYear: 'text',
  leaType: 'text',
  indicators: 'list',
  studentGroupsMostAffected: 'list',
  contactName: 'text',
  contactEmail: 'text',
  contactPhone: 'text',
  taFacilitator: 'text',
  hoursPerIndicator: 'raw',
  hourlyRate: 'raw',
  mouDueDate: 'date',
  fundedEndDate: 'date',
  timeZone: 'text',
} as const;

const readLeaType = choiceReader(LEA_TYPES, (id) => `lea.${id}` as const);

/** Reads the settings sheet's key/value pairs (cells as getValues returns them). */
export function parseSettingsRecord(record: Record<string, unknown>, timeZone = DEFAULT_TIME_ZONE) {
  const cells = normalizeCells(record, SETTINGS_CELLS, timeZone);
  return settingsInputSchema.safeParse({ ...cells, leaType: readLeaType(cells.leaType) });
}

/** The indicators, each once (compared without case or accents): each brings one funded allotment. */
export function fundedIndicators(settings: Settings): string[] {
  const seen = new Set<string>();
  return settings.indicators.filter((name) => {
    const key = fold(name);
    return !seen.has(key) && seen.add(key);
  });
}

export function fundedQuarterHours(settings: Settings): number {
  return fundedIndicators(settings).length * settings.quarterHoursPerIndicator;
}
