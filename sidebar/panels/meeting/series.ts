/**
 * Schedule a meeting series from the Meeting panel: start date, cadence, count, time, length, place or link and
 * closure dates. "Show the dates" asks the server what the series would add (writing nothing) and lists each
 * date as new, kept (a meeting is already on it) or skipped (a closure); only then can it be added. The answer
 * shows beside the form, and the panel reloads so the new meetings can be picked.
 */
import {
  CADENCES,
  type Cadence,
  dayNumber,
  formatDate,
  INTL_LOCALE,
  type IsoDate,
} from '../../../src/core/dates';
import { notice } from '../../components/notice';
import { el } from '../../dom';
import { type Control, type Field, field } from '../../field';
import { lang, tabName, tr } from '../../i18n';
import { call } from '../../rpc-client';

export interface SeriesForm {
  element: HTMLElement;
  /** Unfolds the form and puts the cursor in its first field (the menu's "Schedule meetings…"). */
  open(): void;
}

const MS_PER_DAY = 86_400_000;

export function seriesForm(onAdded: () => Promise<void>): SeriesForm {
  const l = lang();
  let busy = false;
  const input = (type: string, name: string, limits: Record<string, string | number> = {}) => {
    const node = el('input', { type, name, autocomplete: 'off' });
    for (const [key, value] of Object.entries(limits)) node.setAttribute(key, String(value));
    return node;
  };

  const title = field(tr('sb.series.meetingTitle'), input('text', 'seriesTitle', { maxlength: 200 }));
  title.control.value = tr('sb.series.defaultTitle');
  const start = field(tr('sb.series.start'), input('date', 'seriesStart'));
  const cadence = field(
    tr('sb.series.cadence'),
    el(
      'select',
      { name: 'seriesCadence' },
      ...CADENCES.map((c) => el('option', { value: c }, tr(`sb.series.cadence.${c}`))),
    ),
  );
  const count = field(tr('sb.series.count'), input('number', 'seriesCount', { min: '1', max: '52' }));
  count.control.value = '8';
  const time = field(tr('sb.series.time'), input('time', 'seriesTime'));
  time.control.value = '18:00';
  const minutes = field(
    tr('sb.series.minutes'),
    input('number', 'seriesMinutes', { min: '15', max: '720', step: '15' }),
  );
  minutes.control.value = '90';
  const location = field(tr('sb.series.location'), input('text', 'seriesLocation', { maxlength: 500 }));
  const closures = field(
    tr('sb.series.closures'),
    el('textarea', { name: 'seriesClosures', rows: 3 }),
    tr('sb.series.closuresHint'),
  );
  const fields: Record<string, Field<Control>> = {
    title,
    startDate: start,
    cadence,
    count,
    startTime: time,
    minutes,
    location,
    closures,
  };

  const show = el('button', { type: 'submit' }, tr('sb.series.preview'));
  const preview = el('div', { className: 'series-preview' });
  const message = notice();
  const form = el(
    'form',
    { className: 'series', noValidate: true },
    el(
      'p',
      { className: 'hint' },
      tr('sb.series.intro', { meetings: tabName('meetings'), attendance: tabName('attendance') }),
    ),
    ...Object.values(fields).map((f) => f.wrapper),
    show,
  );
  const element = el(
    'details',
    { className: 'series-box', id: 'meeting-series' },
    el('summary', {}, tr('sb.series.title')),
    form,
    preview,
    message.element,
  );

  /** The monthly cadence names its weekday, e.g. "the second Tuesday of each month". */
  function monthlyHint(): void {
    const iso = start.control.value;
    cadence.hint.replaceChildren();
    if (cadence.control.value !== 'monthly' || Number.isNaN(dayNumber(iso))) return;
    const weekday = new Intl.DateTimeFormat(INTL_LOCALE[l], { weekday: 'long', timeZone: 'UTC' }).format(
      dayNumber(iso) * MS_PER_DAY,
    );
    cadence.hint.textContent = tr('sb.series.monthlyHint', {
      nth: Math.ceil(Number(iso.slice(8, 10)) / 7),
      weekday,
    });
    cadence.control.setAttribute('aria-describedby', cadence.hint.id);
  }

  // Anything changed makes the dates shown stale: they go, and "Show the dates" is needed again.
  for (const f of Object.values(fields)) {
    f.control.addEventListener('input', () => {
      f.setError(null);
      preview.replaceChildren();
      message.clear();
    });
  }
  start.control.addEventListener('input', monthlyHint);
  cadence.control.addEventListener('change', monthlyHint);

  function request() {
    const typed = closures.control.value.split(/[\s,;]+/).filter(Boolean);
    const bad = typed.find((text) => !/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(dayNumber(text)));
    if (bad !== undefined) {
      closures.setError(tr('sb.series.badClosure', { text: bad }));
      return null;
    }
    return {
      title: title.control.value,
      startDate: start.control.value,
      cadence: cadence.control.value as Cadence,
      count: Number(count.control.value || Number.NaN),
      startTime: time.control.value,
      minutes: Number(minutes.control.value || Number.NaN),
      location: location.control.value,
      closures: typed,
    };
  }

  async function send(confirm: boolean): Promise<void> {
    if (busy) return;
    const args = request();
    if (!args) {
      closures.control.focus();
      return;
    }
    busy = true;
    show.disabled = true;
    message.say(tr(confirm ? 'sb.saving' : 'sidebar.loading'));
    try {
      const result = await call('scheduleMeetings', { ...args, preview: !confirm });
      if (!result.ok) {
        // Each problem beside its field; one the form has no field for is told in the message.
        let first: Field<Control> | undefined;
        const general: string[] = [];
        for (const issue of result.error.issues) {
          const f = fields[issue.key];
          if (f) {
            f.setError(issue.message);
            first ??= f;
          } else general.push(tr('error.field', { field: issue.field, problem: issue.message }));
        }
        message.fail(
          [first && general.length === 0 ? tr('sb.series.fix') : result.error.message, ...general].join(' '),
        );
        first?.control.focus();
        return;
      }
      if (confirm) {
        preview.replaceChildren();
        message.say(result.value.message);
        await onAdded();
      } else showPlan(result.value);
    } catch {
      message.fail(tr('sb.saveFailed'), { label: tr('sb.retry'), run: () => void send(confirm) });
    } finally {
      busy = false;
      show.disabled = false;
    }
  }

  function showPlan(plan: {
    dates: IsoDate[];
    added: IsoDate[];
    skipped: IsoDate[];
    existing: IsoDate[];
  }): void {
    message.clear();
    const kind = (date: IsoDate) =>
      plan.skipped.includes(date) ? 'skipped' : plan.existing.includes(date) ? 'kept' : 'new';
    const dates = [...plan.dates, ...plan.skipped].sort();
    const list = el(
      'ul',
      { attrs: { 'aria-labelledby': 'series-preview-title' } },
      ...dates.map((date) =>
        el(
          'li',
          { className: kind(date) },
          tr(`sb.series.${kind(date)}`, { date: formatDate(l, date, 'long') }),
        ),
      ),
    );
    const add = el('button', { type: 'button' }, tr('sb.series.confirm', { n: plan.added.length }));
    add.addEventListener('click', () => void send(true));
    preview.replaceChildren(
      el(
        'h4',
        { id: 'series-preview-title', tabIndex: -1 },
        plan.added.length > 0
          ? tr('sb.series.previewTitle', { n: plan.added.length })
          : tr('sb.series.nothing'),
      ),
      list,
    );
    if (plan.added.length > 0) preview.append(add);
    (preview.firstElementChild as HTMLElement).focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send(false);
  });

  return {
    element,
    open() {
      element.open = true;
      start.control.focus();
    },
  };
}
