/**
 * TA hours panel: the funded-hours figures and warnings, a quick entry appended to the TA Log (checked here
 * with the core's own schema for instant feedback, and again by the server), a burn-down per indicator, the
 * latest entries and undo of one's own last entry. What a person typed lives in `draft`, outside the DOM, so
 * neither a failed save nor a language switch loses it.
 */
import { formatDate } from '../../src/core/dates';
import { entryFunding, ledgerEntryInputSchema } from '../../src/core/ledger';
import { formatMoney } from '../../src/core/money';
import { formatHours, hoursNumber, quarterHoursFromTyped } from '../../src/core/quarter-hours';
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
} from '../../src/core/services-menu';
import { formatIssues } from '../../src/core/zod-messages';
import type { HoursView } from '../../src/server/hours-rpc';
import type { RpcIssue } from '../../src/server/rpc';
import { burnDownChart } from '../burn-down-chart';
import { alertBox, clearAlert, el, showAlert } from '../dom';
import { type Field, field, refreshDescribedBy } from '../field';
import { lang, tr } from '../i18n';
import { call } from '../rpc-client';
import { loadView, type Panel, panelFrame } from './panel';
import { severityLabel } from './roster';

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

export interface HoursPanel extends Panel {
  fill(proposal: Proposal): void;
}

type FieldKey = 'date' | 'step' | 'activityId' | 'indicator' | 'hours' | 'note';

export function hoursPanel(): HoursPanel {
  const l = lang();
  const frame = panelFrame(tr('sb.tab.hours'), refresh);
  const { status, alert } = frame;
  const figures = el('div');
  const charts = el('div');
  const recent = el('div');
  let view: HoursView | null = null;
  let saving = false;

  // The entry form.
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
  const saveButton = el('button', { type: 'submit' }, tr('sb.hours.save'));
  const fundingNote = el('p', { className: 'funding-note', attrs: { 'aria-live': 'polite' } });
  const formAlert = alertBox();
  const form = el(
    'form',
    { className: 'entry', noValidate: true, attrs: { 'aria-labelledby': 'hours-entry-title' } },
    el('h3', { id: 'hours-entry-title' }, tr('sb.hours.entry')),
    formAlert,
    dateField.wrapper,
    stepField.wrapper,
    activityField.wrapper,
    subtasks,
    indicatorField.wrapper,
    hoursField.wrapper,
    noteField.wrapper,
    fundingNote,
    saveButton,
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
      ...names.map((name) => el('option', { value: name }, name)),
      el('option', { value: '' }, tr('ledger.shared')),
    );
    if (draft.indicator && !names.includes(draft.indicator)) draft.indicator = '';
    indicatorField.control.value = draft.indicator;
  }

  /** Puts the draft into the controls. */
  function showDraft(): void {
    if (!draft.date && view) draft.date = view.today;
    dateField.control.value = draft.date;
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

  function showIssues(issues: readonly RpcIssue[], message: string): void {
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
    showAlert(formAlert, [message, ...general].join(' '));
    first?.focus();
  }

  function clearIssues(): void {
    for (const f of Object.values(fields)) f.setError(null);
    clearAlert(formAlert);
  }

  function setSaving(on: boolean): void {
    saving = on;
    saveButton.disabled = on;
    form.setAttribute('aria-busy', String(on));
    if (on) status.textContent = tr('sb.saving');
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
    setSaving(true);
    try {
      const result = await call('logHours', entry);
      if (!result.ok) {
        status.textContent = '';
        showIssues(result.error.issues, result.error.message);
        return;
      }
      view = result.value;
      render();
      status.textContent = tr('sb.hours.added', {
        n: parsed.data.quarterHours / 4,
        hours: formatHours(l, parsed.data.quarterHours),
        activity: activityLabel(l, entry.activityId),
      });
      // The next entry is often the same activity on the same day: keep those, clear the rest.
      draft.hours = '';
      draft.note = '';
      hoursField.control.value = '';
      noteField.control.value = '';
    } catch {
      status.textContent = '';
      showAlert(formAlert, tr('sb.saveFailed'), { label: tr('sb.retry'), run: () => void save() });
    } finally {
      setSaving(false);
    }
  }

  async function undo(id: string): Promise<void> {
    clearAlert(alert);
    status.textContent = tr('sb.saving');
    try {
      const result = await call('undoHours', { id });
      if (!result.ok) {
        status.textContent = '';
        showAlert(alert, result.error.message, { label: tr('sb.refresh'), run: () => void refresh() });
        return;
      }
      view = result.value;
      render();
      status.textContent = tr('sb.hours.undone');
    } catch {
      status.textContent = '';
      showAlert(alert, tr('error.unexpected'), { label: tr('sb.retry'), run: () => void undo(id) });
    }
  }

  function figure(label: string, value: string, className = ''): HTMLElement[] {
    return [el('dt', {}, label), el('dd', { className }, value)];
  }

  function render(): void {
    if (!view) return;
    const s = view.summary;
    figures.replaceChildren(
      el(
        'dl',
        { className: 'figures' },
        ...figure(tr('sb.hours.funded'), formatHours(l, s.fundedQuarterHours)),
        ...figure(tr('sb.hours.used'), formatHours(l, s.fundedUsedQuarterHours), 'used'),
        ...figure(
          tr(view.funding.windowClosed ? 'sb.hours.leftClosed' : 'sb.hours.left'),
          formatHours(l, s.fundedLeftQuarterHours),
          'left',
        ),
        ...figure(tr('sb.hours.beyond'), formatHours(l, s.beyondFundedQuarterHours)),
        ...figure(tr('sb.hours.cost'), s.beyondFundedCost),
      ),
      s.percentUsed === null
        ? ''
        : el('p', { className: 'percent' }, tr('sb.hours.percent', { percent: s.percentUsed })),
      el(
        'ul',
        { className: 'deadlines' },
        el(
          'li',
          {},
          tr('sb.hours.daysTo', {
            what: tr('sb.hours.mouDue'),
            days: s.daysToMouDue,
            date: formatDate(l, view.mouDueDate),
          }),
        ),
        el(
          'li',
          {},
          tr('sb.hours.daysTo', {
            what: tr('sb.hours.fundedEnd'),
            days: s.daysToFundedEnd,
            date: formatDate(l, view.fundedEndDate),
          }),
        ),
      ),
      view.findings.length === 0
        ? ''
        : el(
            'section',
            { attrs: { 'aria-labelledby': 'hours-alerts' } },
            el('h3', { id: 'hours-alerts' }, tr('sb.hours.alerts')),
            el(
              'ul',
              { className: 'findings' },
              ...view.findings.map((f) =>
                el(
                  'li',
                  { className: `finding finding-${f.severity}` },
                  severityLabel(f.severity),
                  el('p', { className: 'finding-message' }, f.message),
                  el('p', { className: 'fix' }, el('strong', {}, tr('sb.roster.fix')), ' ', f.fix),
                ),
              ),
            ),
          ),
    );
    const fundedEnd = view.fundedEndDate;
    charts.replaceChildren(...view.burnDown.map((series) => burnDownChart(series, fundedEnd)));
    const undoable = view.undo;
    recent.replaceChildren(
      el('h3', {}, tr('sb.hours.recent')),
      view.recent.length === 0
        ? el('p', {}, tr('sb.hours.none'))
        : el(
            'ul',
            { className: 'recent' },
            ...view.recent.map((e) =>
              el(
                'li',
                { attrs: { 'data-id': e.id } },
                el(
                  'span',
                  { className: 'entry-head' },
                  `${formatDate(l, e.date, 'medium')} · ${formatHours(l, e.quarterHours)}`,
                ),
                el('span', { className: 'entry-activity' }, e.activity),
                el('span', { className: 'entry-indicator' }, e.indicator),
                e.note ? el('span', { className: 'entry-note' }, e.note) : '',
              ),
            ),
          ),
      undoable
        ? el(
            'button',
            { type: 'button', className: 'secondary', onclick: () => void undo(undoable.id) },
            tr('sb.hours.undoEntry', {
              date: formatDate(l, undoable.date, 'medium'),
              activity: undoable.activity,
              hours: formatHours(l, undoable.quarterHours),
            }),
          )
        : '',
    );
    fillIndicators();
    showFunding();
    if (!draft.date) {
      draft.date = view.today;
      dateField.control.value = draft.date;
    }
  }

  function refresh(): Promise<void> {
    return loadView(
      frame,
      () => call('getHours', {}),
      (value) => {
        view = value;
        render();
      },
      refresh,
    );
  }

  const { element } = frame;
  element.append(figures, form, charts, recent);
  showDraft();

  return {
    element,
    // Every time the panel is shown, so edits made in the sheet meanwhile show without reopening the sidebar.
    show: () => void refresh(),
    refresh,
    fill(proposal) {
      const activity = ACTIVITIES.find((a) => a.id === proposal.activityId) ?? activityById(draft.activityId);
      draft.date = proposal.date;
      draft.step = activity.step;
      draft.activityId = activity.id;
      draft.indicator = proposal.indicator ?? '';
      draft.hours = hoursNumber(l, Math.round(proposal.hours * 4));
      draft.note = proposal.note;
      clearIssues();
      showDraft();
      status.textContent = tr('sb.meeting.proposal');
      hoursField.control.focus();
    },
  };
}
