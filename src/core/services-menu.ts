/**
 * The SPP-TAP menu of services for TA facilitation: the four CIM steps, each activity's hour range (in quarter
 * hours) and its sub-tasks. Labels live in the catalog (`activity.<id>`, `subtask.<id>`).
 */
import * as z from 'zod/mini';
import type { Lang, MessageKey } from './i18n/catalog';
import { t } from './i18n/i18n';
import { hoursNumber, type QuarterHours } from './quarter-hours';

export const CIM_STEPS = [1, 2, 3, 4] as const;
export type CimStep = (typeof CIM_STEPS)[number];

export type SubtaskId = MessageKey extends infer K ? (K extends `subtask.${infer S}` ? S : never) : never;

export interface HourRange {
  min: QuarterHours;
  max: QuarterHours;
}

interface ActivitySpec<Id extends string> {
  id: Id;
  step: CimStep;
  /** The menu's estimate; Step 4 gives none. */
  range: HourRange | null;
  subtasks: readonly SubtaskId[];
}

const h = (min: number, max: number): HourRange => ({ min: min * 4, max: max * 4 });

const MENU_DATA = [
  {
    id: 'cim-team-meetings',
    step: 1,
    range: h(1, 4),
    subtasks: [
      'cim-team-meetings.overview',
      'cim-team-meetings.methodology',
      'cim-team-meetings.requirements',
      'cim-team-meetings.timeline',
      'cim-team-meetings.partner-selection',
      'cim-team-meetings.invitation-tools',
      'cim-team-meetings.follow-up',
      'cim-team-meetings.leadership',
    ],
  },
  {
    id: 'partners-meetings',
    step: 1,
    range: h(1, 4),
    subtasks: [
      'partners-meetings.tools',
      'partners-meetings.facilitate',
      'partners-meetings.overview',
      'partners-meetings.root-cause',
      'partners-meetings.target-population',
    ],
  },
  {
    id: 'quantitative-data',
    step: 1,
    range: h(1, 2),
    subtasks: ['quantitative-data.review', 'quantitative-data.sources'],
  },
  {
    id: 'qualitative-data',
    step: 1,
    range: h(1, 12),
    subtasks: [
      'qualitative-data.focus-groups',
      'qualitative-data.empathy-interviews',
      'qualitative-data.equity-walk',
      'qualitative-data.case-study',
      'qualitative-data.family-input-plan',
      'qualitative-data.family-input-summary',
    ],
  },
  {
    id: 'self-assessment',
    step: 1,
    range: h(1, 12),
    subtasks: ['self-assessment.tools', 'self-assessment.implementation'],
  },
  { id: 'infrastructure-analysis', step: 1, range: h(1, 2), subtasks: ['infrastructure-analysis.review'] },
  {
    id: 'ppp-review',
    step: 1,
    range: h(1, 4),
    subtasks: ['ppp-review.overview', 'ppp-review.review', 'ppp-review.findings'],
  },
  { id: 'case-study', step: 1, range: h(2, 25), subtasks: ['case-study.file-review', 'case-study.debrief'] },
  {
    id: 'step1-consolidation',
    step: 1,
    range: h(2, 8),
    subtasks: ['step1-consolidation.analysis', 'step1-consolidation.summary'],
  },
  {
    id: 'root-cause-analysis',
    step: 2,
    range: h(1, 4),
    subtasks: [
      'root-cause-analysis.tools',
      'root-cause-analysis.cultural-lens',
      'root-cause-analysis.beliefs',
      'root-cause-analysis.perspectives',
      'root-cause-analysis.connect-data',
      'root-cause-analysis.outcomes',
    ],
  },
  {
    id: 'prioritize-factors',
    step: 2,
    range: h(1, 3),
    subtasks: ['prioritize-factors.cultural-lens', 'prioritize-factors.prioritize'],
  },
  {
    id: 'initiative-inventory',
    step: 2,
    range: h(1, 2),
    subtasks: ['initiative-inventory.overview', 'initiative-inventory.findings'],
  },
  { id: 'target-population', step: 2, range: h(1, 4), subtasks: ['target-population.criteria'] },
  { id: 'theory-of-action', step: 2, range: h(1, 2), subtasks: ['theory-of-action.develop'] },
  { id: 'step2-consolidation', step: 2, range: h(1, 2), subtasks: ['step2-consolidation.summary'] },
  {
    id: 'plan-development',
    step: 3,
    range: h(1, 2),
    subtasks: [
      'plan-development.resources',
      'plan-development.outcomes',
      'plan-development.strategies',
      'plan-development.initiatives',
    ],
  },
  { id: 'budget', step: 3, range: h(1, 1.5), subtasks: ['budget.allowable', 'budget.blended-funding'] },
  { id: 'plan-review', step: 3, range: h(1, 4), subtasks: ['plan-review.feedback'] },
  {
    id: 'implement-evaluate',
    step: 4,
    range: null,
    subtasks: [
      'implement-evaluate.planning',
      'implement-evaluate.data-collection',
      'implement-evaluate.monitoring',
      'implement-evaluate.student-tracking',
      'implement-evaluate.progress-reports',
      'implement-evaluate.sustain',
    ],
  },
] as const satisfies readonly ActivitySpec<string>[];

export type ActivityId = (typeof MENU_DATA)[number]['id'];
export type Activity = ActivitySpec<ActivityId>;
export const ACTIVITIES: readonly Activity[] = MENU_DATA;
export const ACTIVITY_IDS: readonly ActivityId[] = ACTIVITIES.map((a) => a.id);
export const activityIdSchema = z.enum(ACTIVITY_IDS as [ActivityId, ...ActivityId[]]);

/** New LEAs rarely get past this activity within the funded window. */
export const NEW_LEA_LAST_ACTIVITY: ActivityId = 'step1-consolidation';

const activityIndex = new Map(ACTIVITIES.map((a) => [a.id, a]));
export function activityById(id: ActivityId): Activity {
  return activityIndex.get(id)!;
}

function activitiesOfStep(step: CimStep): Activity[] {
  return ACTIVITIES.filter((a) => a.step === step);
}

export function stepLabel(lang: Lang, step: CimStep): string {
  return t(lang, `step.${step}`);
}

export function activityLabel(lang: Lang, id: ActivityId): string {
  return t(lang, `activity.${id}`);
}

export function subtaskLabel(lang: Lang, id: SubtaskId): string {
  return t(lang, `subtask.${id}`);
}

/** "1–4 hours", or that the menu gives no range. */
export function rangeLabel(lang: Lang, range: HourRange | null): string {
  return range
    ? t(lang, 'activity.range', { min: hoursNumber(lang, range.min), max: hoursNumber(lang, range.max) })
    : t(lang, 'activity.no-range');
}

export type RangeStatus = 'under' | 'within' | 'over' | 'no-range';
export function rangeStatus(range: HourRange | null, quarters: QuarterHours): RangeStatus {
  if (!range) return 'no-range';
  return quarters < range.min ? 'under' : quarters > range.max ? 'over' : 'within';
}

/** What the menu says about how far the funded hours take a new or a continuing LEA. */
export function fundedScopeNote(lang: Lang, leaType: 'new' | 'continuing'): string {
  return t(lang, leaType === 'new' ? 'step.note.new-lea' : 'step.note.continuing-lea');
}

/** The menu as a person sees it when picking an activity: steps, activities, ranges and sub-tasks, labelled. */
export function menuForReader(lang: Lang) {
  return CIM_STEPS.map((step) => ({
    step,
    label: stepLabel(lang, step),
    activities: activitiesOfStep(step).map((a) => ({
      id: a.id,
      label: activityLabel(lang, a.id),
      range: a.range,
      rangeLabel: rangeLabel(lang, a.range),
      subtasks: a.subtasks.map((s) => subtaskLabel(lang, s)),
    })),
  }));
}
