/**
 * The quick entry appended to the TA Log, checked here with the core's own schema for instant feedback and again
 * by the server. What a person typed lives in `draft`, outside the DOM, so neither a failed save nor a language
 * switch loses it. Its answers (saved, not saved) show beside the Save button.
 */
import { formatDate } from '../../../src/core/dates';
import { entryFunding, ledgerEntryInputSchema } from '../../../src/core/ledger';
import { formatMoney } from '../../../src/core/money';
import { formatHours, hoursNumber, quarterHoursFromTyped } from '../../../src/core/quarter-hours';
import {
  ACTIVITIES,
  type ActivityId,
  activityById,
  activityLabel,
  CIM_STEPS,
  type CimStep,
  rangeLabel,
  stepLabel,
  subtaskLabel,
} from '../../../src/core/services-menu';
import { formatIssues } from '../../../src/core/zod-messages';
import type { HoursView } from '../../../src/server/hours-rpc';
import type { RpcIssue } from '../../../src/server/rpc';
import { notice } from '../../components/notice';
import { choiceOptions } from '../../components/options';
import { el } from '../../dom';
import { type Field, field, refreshDescribedBy } from '../../field';
import { lang, tabName, tr, workbookLang } from '../../i18n';
import { call } from '../../rpc-client';

/** What the entry form holds, as typed. */
export interface Draft {
  date: string;
  step: CimStep;
  activityId: ActivityId;
  /** '' is shared across all indicators. */
  indicator: string;
  hours: string;
  note: string;
}

/** A proposed entry, e.g. from the meeting timer. */
export interface Proposal {
  date: string;
  activityId: string;
  /** Absent means shared across the indicators. */
  indicator?: string;
  hours: number;
  note: string;
}

const draft: Draft = {
  date: '',
  step: 1,
  activityId: ACTIVITIES[0]!.id,
  indicator: '',
  hours: '',
  note: '',
};

type FieldKey = 'date' | 'step' | 'activityId' | 'indicator' | 'hours' | 'note';

export interface EntryForm {
  element: HTMLFormElement;
  /** Takes the indicators and today's date from a fresh view. */
  update(view: HoursView): void;
  fill(proposal: Proposal): void;
}

export function entryForm(onSaved: (view: HoursView) => void): EntryForm {
  const l = lang();
  let view: HoursView | null = null;
  let saving = false;
  /**
   * The request id of the entry being saved, kept until it is saved: saving the same entry again after a
   * failure sends the same id, so the server never adds it twice. A changed entry is a new request.
   */
  let request: { entry: string; id: string } | null = null;
  /** The form holds the meeting timer's proposal: once it is logged, the server clears the stopped timer. */
  let fromTimer = false;

  const dateField = field(tr('sb.hours.date'), el('input', { type: 'date', name: 'date', required: true }));
  const stepField = field(
    tr('sb.hours.step'),
    el(
      'select',
      { name: 'step' },
      ...CIM_STEPS.map((s) => el('option', { value: String(s) }, stepLabel(l, s))),
    ),
  );
  const activityField = field(tr('sb.hours.activity'), el('select', { name: 'activityId' }));
  const subtasks = el('details', { className: 'subtasks' });
  const indicatorField = field(tr('sb.hours.indicator'), el('select', { name: 'indicator' }));
  const hoursField = field(
    tr('sb.hours.hours'),
    el('input', { type: 'text', name: 'hours', inputMode: 'decimal', autocomplete: 'off', required: true }),
  );
  const noteField = field(tr('sb.hours.note'), el('textarea', { name: 'note', rows: 2 }));
  const fields: Record<FieldKey, Field<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>> = {
    date: dateField,
    step: stepField,
    activityId: activityField,
    indicator: indicatorField,
    hours: hoursField,
    note: noteField,
  };
  const saveButton = el('button', { type: 'submit' }, tr('sb.hours.save', { tab: tabName('taLog') }));
  const fundingNote = el('p', { className: 'funding-note', attrs: { 'aria-live': 'polite' } });
  const message = notice();
  const form = el(
    'form',
    { className: 'entry', noValidate: true, attrs: { 'aria-labelledby': 'hours-entry-title' } },
    el('h3', { id: 'hours-entry-title' }, tr('sb.hours.entry')),
    dateField.wrapper,
    stepField.wrapper,
    activityField.wrapper,
    subtasks,
    indicatorField.wrapper,
    hoursField.wrapper,
    noteField.wrapper,
    fundingNote,
    saveButton,
    message.element,
  );

  /** Says before saving what the entry will cost when funded TA does not cover it. */
  function showFunding(): void {
    if (!view) return;
    const { funding } = view;
    const end = formatDate(l, funding.fundedEndDate);
    const quarters = quarterHoursFromTyped(draft.hours) ?? 0;
    const f = entryFunding({ date: draft.date || view.today, quarterHours: quarters }, funding);
    const cost = formatMoney(l, f.costCents);
    fundingNote.textContent =
      f.reason === 'after-funded-end'
        ? tr('sb.hours.afterEnd', { date: end, cost })
        : f.reason === 'funded-used'
          ? tr('sb.hours.beyondLeft', { hours: formatHours(l, f.beyondQuarterHours), cost })
          : funding.windowClosed
            ? tr('sb.hours.windowClosed', { date: end })
            : '';
  }

  /** The date input shows the browser's format; the hint reads it the reader's way ("19 de abril de 2024"). */
  function describeDate(): void {
    dateField.hint.textContent = /^\d{4}-\d{2}-\d{2}$/.test(draft.date) ? formatDate(l, draft.date) : '';
    refreshDescribedBy(dateField);
  }

  function fillActivities(): void {
    activityField.control.replaceChildren(
      ...ACTIVITIES.filter((a) => a.step === draft.step).map((a) =>
        el('option', { value: a.id }, activityLabel(l, a.id)),
      ),
    );
    activityField.control.value = draft.activityId;
    describeActivity();
  }

  function describeActivity(): void {
    const activity = activityById(draft.activityId);
    activityField.hint.textContent = tr('sb.hours.range', { range: rangeLabel(l, activity.range) });
    refreshDescribedBy(activityField);
    subtasks.replaceChildren(
      el('summary', {}, tr('sb.hours.subtasks')),
      el('ul', {}, ...activity.subtasks.map((s) => el('li', {}, subtaskLabel(l, s)))),
    );
  }

  function fillIndicators(): void {
    const names = view?.indicators ?? [];
    indicatorField.control.replaceChildren(
      ...choiceOptions(names.map((name) => ({ value: name, label: name }))),
      el('option', { value: '' }, tr('ledger.shared')),
    );
    if (draft.indicator && !names.includes(draft.indicator)) draft.indicator = '';
    indicatorField.control.value = draft.indicator;
  }

  /** Puts the draft into the controls. */
  function showDraft(): void {
    if (!draft.date && view) draft.date = view.today;
    dateField.control.value = draft.date;
    describeDate();
    stepField.control.value = String(draft.step);
    fillActivities();
    fillIndicators();
    hoursField.control.value = draft.hours;
    noteField.control.value = draft.note;
  }

  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    switch (target.name) {
      case 'date':
        draft.date = target.value;
        describeDate();
        break;
      case 'step':
        draft.step = Number(target.value) as CimStep;
        draft.activityId = ACTIVITIES.find((a) => a.step === draft.step)!.id;
        fillActivities();
        break;
      case 'activityId':
        draft.activityId = target.value as ActivityId;
        describeActivity();
        break;
      case 'indicator':
        draft.indicator = target.value;
        break;
      case 'hours':
        draft.hours = target.value;
        break;
      case 'note':
        draft.note = target.value;
        break;
    }
    showFunding();
    // A corrected field loses its error as soon as it changes.
    fields[target.name as FieldKey]?.setError(null);
  });

  function showIssues(issues: readonly RpcIssue[], summary: string): void {
    const general: string[] = [];
    let first: HTMLElement | null = null;
    for (const issue of issues) {
      const key = (issue.key === 'quarterHours' ? 'hours' : issue.key) as FieldKey;
      const target = fields[key];
      if (target) {
        target.setError(issue.message);
        first ??= target.control;
      } else
        general.push(
          issue.field ? tr('error.field', { field: issue.field, problem: issue.message }) : issue.message,
        );
    }
    message.fail([summary, ...general].join(' '));
    first?.focus();
  }

  function clearIssues(): void {
    for (const f of Object.values(fields)) f.setError(null);
    message.clear();
  }

  function setSaving(on: boolean): void {
    saving = on;
    saveButton.disabled = on;
    form.setAttribute('aria-busy', String(on));
    if (on) message.say(tr('sb.saving'));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });

  async function save(): Promise<void> {
    if (saving) return;
    clearIssues();
    const candidate = {
      date: draft.date,
      activityId: draft.activityId,
      hours: draft.hours,
      ...(draft.indicator ? { indicator: draft.indicator } : {}),
      ...(draft.note.trim() ? { note: draft.note } : {}),
    };
    const parsed = ledgerEntryInputSchema.safeParse(candidate);
    if (!parsed.success) {
      showIssues(formatIssues(l, parsed.error), tr('error.invalidInput'));
      return;
    }
    const entry = { ...candidate, hours: parsed.data.quarterHours / 4 };
    const key = JSON.stringify(entry);
    if (request?.entry !== key) request = { entry: key, id: crypto.randomUUID() };
    setSaving(true);
    try {
      const result = await call('logHours', {
        ...entry,
        requestId: request.id,
        ...(fromTimer ? { fromTimer: true } : {}),
      });
      if (!result.ok) {
        showIssues(result.error.issues, result.error.message);
        return;
      }
      request = null;
      fromTimer = false;
      onSaved(result.value);
      message.say(
        tr('sb.hours.added', {
          n: parsed.data.quarterHours / 4,
          hours: formatHours(l, parsed.data.quarterHours),
          activity: activityLabel(workbookLang(), entry.activityId),
          tab: tabName('taLog'),
        }),
      );
      // The next entry is often the same activity on the same day: keep those, clear the rest.
      draft.hours = '';
      draft.note = '';
      hoursField.control.value = '';
      noteField.control.value = '';
    } catch {
      message.fail(tr('sb.saveFailed'), { label: tr('sb.retry'), run: () => void save() });
    } finally {
      setSaving(false);
      if (message.element.querySelector('.status')?.textContent === tr('sb.saving')) message.say('');
    }
  }

  showDraft();

  return {
    element: form,
    update(next) {
      view = next;
      fillIndicators();
      showFunding();
      if (!draft.date) {
        draft.date = next.today;
        dateField.control.value = draft.date;
        describeDate();
      }
    },
    fill(proposal) {
      const activity = ACTIVITIES.find((a) => a.id === proposal.activityId) ?? activityById(draft.activityId);
      draft.date = proposal.date;
      draft.step = activity.step;
      draft.activityId = activity.id;
      draft.indicator = proposal.indicator ?? '';
      draft.hours = hoursNumber(l, Math.round(proposal.hours * 4));
      draft.note = proposal.note;
      fromTimer = true;
      clearIssues();
      showDraft();
      message.say(tr('sb.meeting.proposal', { tab: tabName('taLog') }));
      hoursField.control.focus();
    },
  };
}
