/**
 * Attendance for a live room of 20–40 people: find by name as you type, sort by name or role, mark everyone
 * shown present, and a bar that stays in view while scrolling with the present count, the unsaved changes and
 * the save answer. Ticks are batched and saved with one call a moment after the last one. Members with the same
 * name show their title (or row) to tell them apart; declined and withdrawn members sit in their own collapsed
 * group, so one who comes anyway can still be marked.
 */
import { fold } from '../../../src/core/sheet-values';
import type { RpcValue } from '../../../src/server/rpc';
import { notice } from '../../components/notice';
import { el, uid } from '../../dom';
import { lang, tabName, tr } from '../../i18n';
import { call } from '../../rpc-client';

export type MeetingView = RpcValue<typeof import('../../../src/server/meeting-rpc').getMeetingView>;
type Member = MeetingView['members'][number] & { away: boolean };

/** Everyone the list shows: the selected members, then those who declined or withdrew (away). */
function everyone(view: MeetingView): Member[] {
  return [
    ...view.members.map((m) => ({ ...m, away: false })),
    ...view.notAttending.map((m) => ({ ...m, away: true })),
  ];
}

/** How long after the last tick the batch is saved. */
const SAVE_DELAY_MS = 800;

/** Ticks not yet saved, per meeting: member id → present. Kept outside the panel, so a rebuild keeps them. */
const pending = new Map<string, Map<string, boolean>>();
/** What the person typed and chose stays across reloads of the list. */
const prefs = { query: '', sort: 'name' as 'name' | 'role' };

export interface Attendance {
  element: HTMLElement;
  /** Shows a meeting's attendance from a (new) view. */
  show(view: MeetingView, meetingId: string): void;
  /** Saves what is pending (e.g. after a reload). */
  resume(): void;
}

export function attendanceList(): Attendance {
  const l = lang();
  let view: MeetingView | null = null;
  let meetingId = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving = false;

  const filterId = uid('filter');
  const filter = el('input', {
    type: 'search',
    id: filterId,
    name: 'filter',
    autocomplete: 'off',
    value: prefs.query,
  });
  const sortId = uid('sort');
  const sort = el(
    'select',
    { id: sortId, name: 'sort' },
    el('option', { value: 'name' }, tr('sb.meeting.sortName')),
    el('option', { value: 'role' }, tr('sb.meeting.sortRole')),
  );
  sort.value = prefs.sort;
  const markAll = el('button', { type: 'button', className: 'secondary', onclick: () => markShown() });
  const count = el('p', { className: 'count', attrs: { 'aria-live': 'polite' } });
  const unsaved = el('p', { className: 'unsaved' });
  const saveButton = el(
    'button',
    { type: 'button', className: 'secondary', onclick: () => void flush() },
    tr('sb.meeting.save'),
  );
  const message = notice();
  const bar = el(
    'div',
    { className: 'attendance-bar' },
    el('div', { className: 'bar-line' }, count, saveButton),
    unsaved,
    message.element,
  );
  const list = el('div', { className: 'attendance-list' });
  const element = el(
    'section',
    { className: 'attendance', attrs: { 'aria-labelledby': 'attendance-title' } },
    el('h3', { id: 'attendance-title' }, tr('sb.meeting.attendance')),
    bar,
    el(
      'div',
      { className: 'attendance-tools' },
      el('div', { className: 'field' }, el('label', { htmlFor: filterId }, tr('sb.meeting.filter')), filter),
      el('div', { className: 'field' }, el('label', { htmlFor: sortId }, tr('sb.meeting.sort')), sort),
    ),
    markAll,
    list,
  );

  filter.addEventListener('input', () => {
    prefs.query = filter.value;
    renderList();
  });
  sort.addEventListener('change', () => {
    prefs.sort = sort.value as 'name' | 'role';
    renderList();
  });

  function present(): Set<string> {
    const set = new Set(view?.attendance[meetingId] ?? []);
    for (const [id, on] of pending.get(meetingId) ?? []) {
      if (on) set.add(id);
      else set.delete(id);
    }
    return set;
  }

  function pendingCount(): number {
    let n = 0;
    for (const m of pending.values()) n += m.size;
    return n;
  }

  function renderState(): void {
    if (!view) return;
    const here = present();
    count.textContent = tr('sb.meeting.present', {
      n: everyone(view).filter((m) => here.has(m.id)).length,
      of: view.members.length,
    });
    const n = pendingCount();
    unsaved.textContent = n > 0 ? tr('sb.meeting.unsaved', { n }) : '';
    saveButton.hidden = n === 0;
  }

  function mark(changes: [string, boolean][]): void {
    const map = pending.get(meetingId) ?? new Map<string, boolean>();
    for (const [id, on] of changes) map.set(id, on);
    pending.set(meetingId, map);
    renderState();
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  function shown(members: readonly Member[]): Member[] {
    const q = fold(prefs.query.trim());
    const matches = q ? members.filter((m) => fold(m.name).includes(q)) : [...members];
    const byName = (a: Member, b: Member) => a.name.localeCompare(b.name, l) || a.row - b.row;
    return matches.sort(
      prefs.sort === 'role' ? (a, b) => a.role.localeCompare(b.role, l) || byName(a, b) : byName,
    );
  }

  function markShown(): void {
    if (!view) return;
    const here = present();
    const targets = shown(everyone(view).filter((m) => !m.away)).filter((m) => !here.has(m.id));
    mark(targets.map((m) => [m.id, true]));
    renderList();
  }

  /** Same-named members show their title, else their row, beside the role. */
  function detail(m: Member, twins: Set<string>): string {
    if (!twins.has(fold(m.name))) return m.role;
    return [m.role, m.title || tr('sb.meeting.rowLabel', { row: m.row })].join(' · ');
  }

  function memberBox(m: Member, here: Set<string>, twins: Set<string>): HTMLElement {
    const box = el('input', { type: 'checkbox', checked: here.has(m.id), value: m.id });
    box.addEventListener('change', () => mark([[m.id, box.checked]]));
    return el(
      'label',
      { className: 'check' },
      box,
      el(
        'span',
        { className: 'member' },
        el('span', { className: 'name' }, m.name),
        el('span', { className: 'role' }, detail(m, twins)),
      ),
    );
  }

  function renderList(): void {
    if (!view) return;
    const here = present();
    const seen = new Map<string, number>();
    const all = everyone(view);
    for (const m of all) seen.set(fold(m.name), (seen.get(fold(m.name)) ?? 0) + 1);
    const twins = new Set([...seen].filter(([, n]) => n > 1).map(([name]) => name));
    const selected = shown(all.filter((m) => !m.away));
    const away = shown(all.filter((m) => m.away));
    const filtered = prefs.query.trim() !== '';
    markAll.textContent = filtered
      ? tr('sb.meeting.markShown', { n: selected.length })
      : tr('sb.meeting.markAll');
    markAll.disabled = selected.every((m) => here.has(m.id));
    const awayGroup =
      away.length === 0
        ? ''
        : el(
            'details',
            { className: 'away', open: filtered },
            el('summary', {}, tr('sb.meeting.away', { n: away.length })),
            ...away.map((m) => memberBox(m, here, twins)),
          );
    list.replaceChildren(
      selected.length === 0 && away.length === 0
        ? el(
            'p',
            {},
            filtered
              ? tr('sb.meeting.noMatch', { query: prefs.query.trim() })
              : tr('sb.meeting.noMembers', { tab: tabName('partners') }),
          )
        : '',
      ...selected.map((m) => memberBox(m, here, twins)),
      awayGroup,
    );
    renderState();
  }

  /** Saves each meeting's pending ticks in one call; ticks made meanwhile wait for the next batch. */
  async function flush(): Promise<void> {
    clearTimeout(timer);
    if (saving || !view) return;
    const [id, changes] = [...pending.entries()].find(([, m]) => m.size > 0) ?? [];
    if (!id || !changes) return;
    const batch = [...changes.entries()].map(([memberId, on]) => ({ memberId, present: on }));
    pending.delete(id);
    saving = true;
    message.say(tr('sb.saving'));
    let failed = false;
    try {
      const result = await call('saveAttendance', { meetingId: id, changes: batch });
      if (!result.ok) throw new Error(result.error.message);
      view.attendance[id] = result.value.present;
      message.say(tr('sb.saved'));
    } catch (error) {
      failed = true;
      // Put the batch back under any newer ticks, so nothing marked is lost.
      const newer = pending.get(id) ?? new Map<string, boolean>();
      const merged = new Map(batch.map((c) => [c.memberId, c.present] as const));
      for (const [memberId, on] of newer) merged.set(memberId, on);
      pending.set(id, merged);
      const text =
        error instanceof Error && error.message && !/fetch|network/i.test(error.message) ? error.message : '';
      message.fail(text ? `${tr('sb.saveFailed')} ${text}` : tr('sb.saveFailed'), {
        label: tr('sb.retry'),
        run: () => void flush(),
      });
    } finally {
      saving = false;
      renderState();
    }
    if (!failed && pendingCount() > 0) timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  return {
    element,
    show(next, id) {
      view = next;
      meetingId = id;
      renderList();
    },
    resume() {
      if (pendingCount() > 0) timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
  };
}
