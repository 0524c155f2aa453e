/**
 * The Engagement tab: for each stakeholder group and each meeting held, the share of the group's invited members
 * marked present, as live formulas over Partners, Meetings and Attendance (engagement.ts's measureEngagement is
 * the same rule; a test evaluates both and compares). Only plain lookups and COUNTIFS are used, no array
 * formulas, so the tab works in Sheets and in any engine the tests use.
 *
 * Attendance has one row per member and one column per meeting, matched by id, so the tab keeps two working
 * blocks below its table: one row per Attendance column (the meeting's id, whether it was held, its date, its
 * order among the meetings held, and the members of each group marked present) and, in its last column, one
 * cell per Attendance row giving that member's group when they were invited.
 */
import { GROUP_ROLES, INVITED_STATUSES, STAKEHOLDER_GROUPS, type StakeholderGroup } from '../engagement';
import type { Lang } from '../i18n/catalog';
import { t } from '../i18n/i18n';
import { ROLE_IDS } from '../roles';
import { type Cell, type ColumnRef, columnLetter, quote } from './formulas';
import { MEETINGS_TAB, PARTNERS_TAB } from './tabs';

/** Meeting columns the formulas cover at least: a school year of monthly meetings several times over. */
export const ENGAGEMENT_MEETINGS = 40;

export interface EngagementLayout {
  rows: Cell[][];
  width: number;
  /** 1-based rows of the table (one per meeting held, in date order) and of each block, for formats and tests. */
  table: { first: number; count: number };
  invitedRow: number;
  roles: { first: number; count: number };
  slots: { first: number; count: number };
  /** The table's columns (1-based): date, one per group, all groups, meeting title, meeting id. */
  columns: { date: number; groups: Record<StakeholderGroup, number>; all: number; title: number; id: number };
}

const groupOfRole = (role: string): StakeholderGroup =>
  STAKEHOLDER_GROUPS.find((g) => (GROUP_ROLES[g] as readonly string[]).includes(role)) ?? 'other';

/**
 * `attendance` is the Attendance tab's quoted name; `meetingColumns` how many of its meeting columns (from C) the
 * formulas read and `attendanceRows` how many of its rows, both at most what the tab has.
 */
export function engagementRows(
  lang: Lang,
  ref: ColumnRef,
  attendance: string,
  meetingColumns: number,
  attendanceRows: number,
): EngagementLayout {
  const groups = STAKEHOLDER_GROUPS;
  const g = groups.length;
  const m = meetingColumns;
  const table = { first: 2, count: m };
  const invitedRow = table.first + m + 1;
  const roles = { first: invitedRow + 3, count: ROLE_IDS.length };
  const slots = { first: roles.first + roles.count + 2, count: m };
  // Slots block columns; the member column comes after the widest block and a spacer.
  const slot = { id: 1, held: 2, date: 3, row: 4, order: 5, groups: 6, all: 6 + g };
  const memberColumn = slot.all + 2;
  const width = memberColumn;
  const height = Math.max(attendanceRows, slots.first + m - 1);
  const rows: Cell[][] = Array.from({ length: height }, () => Array<Cell>(width).fill(''));
  const set = (row: number, column: number, value: Cell) => {
    rows[row - 1]![column - 1] = value;
  };
  const L = (column: number) => columnLetter(column - 1);
  const range = (column: number, first: number, count: number) =>
    `$${L(column)}$${first}:$${L(column)}$${first + count - 1}`;

  const columns = {
    date: 1,
    groups: Object.fromEntries(groups.map((group, i) => [group, 2 + i])) as Record<StakeholderGroup, number>,
    all: 2 + g,
    title: 3 + g,
    id: 4 + g,
  };
  const groupLabel = (group: StakeholderGroup) => t(lang, `doc.group.${group}`);
  const partners = (key: Parameters<ColumnRef>[1]) => ref(PARTNERS_TAB, key as 'id');
  const meetings = (key: Parameters<ColumnRef>[1]) => ref(MEETINGS_TAB, key as 'id');
  const invitedLabels = INVITED_STATUSES.map((s) => quote(t(lang, `status.${s}`)));

  // Roles block: each role's group and how many members with it as their first role were invited.
  const roleColumn = { role: 1, group: 2, invited: 3 };
  set(roles.first - 1, roleColumn.role, t(lang, 'field.roles'));
  set(roles.first - 1, roleColumn.group, t(lang, 'wb.eng.group'));
  set(roles.first - 1, roleColumn.invited, t(lang, 'wb.eng.invited'));
  ROLE_IDS.forEach((role, i) => {
    const row = roles.first + i;
    set(row, roleColumn.role, t(lang, `role.${role}`));
    set(row, roleColumn.group, groupLabel(groupOfRole(role)));
    const count = invitedLabels
      .map(
        (status) =>
          `COUNTIFS(${partners('name')},"<>",${partners('role')},$${L(roleColumn.role)}${row},${partners('status')},${status})`,
      )
      .join('+');
    set(row, roleColumn.invited, `=${count}`);
  });
  const roleGroups = range(roleColumn.group, roles.first, roles.count);
  const roleInvited = range(roleColumn.invited, roles.first, roles.count);

  // The member column: the group of the member on each Attendance row, when invited ("" otherwise).
  const memberRows = { first: 2, count: Math.max(1, attendanceRows - 1) };
  set(1, memberColumn, t(lang, 'wb.eng.memberGroup'));
  const roleLookup = `$${L(roleColumn.role)}$${roles.first}:$${L(roleColumn.group)}$${roles.first + roles.count - 1}`;
  for (let row = memberRows.first; row < memberRows.first + memberRows.count; row++) {
    const id = `${attendance}!$A${row}`;
    const at = (key: 'status' | 'role') => `INDEX(${partners(key)},MATCH(${id},${partners('id')},0))`;
    const invited = invitedLabels.map((s) => `${at('status')}=${s}`).join(',');
    set(
      row,
      memberColumn,
      `=IF(${id}="","",IFERROR(IF(OR(${invited}),VLOOKUP(${at('role')},${roleLookup},2,0),""),""))`,
    );
  }
  const memberGroups = range(memberColumn, memberRows.first, memberRows.count);

  // Slots block: one row per Attendance meeting column, in the order of that tab.
  set(slots.first - 1, slot.id, t(lang, 'field.id'));
  set(slots.first - 1, slot.held, t(lang, 'meeting.held'));
  set(slots.first - 1, slot.date, t(lang, 'field.date'));
  set(slots.first - 1, slot.row, t(lang, 'wb.eng.meetingsRow'));
  set(slots.first - 1, slot.order, t(lang, 'wb.eng.order'));
  groups.forEach((group, i) => {
    set(slots.first - 1, slot.groups + i, groupLabel(group));
  });
  set(slots.first - 1, slot.all, t(lang, 'wb.eng.all'));
  const held = quote(t(lang, 'meeting.held'));
  const slotRange = (column: number) => range(column, slots.first, slots.count);
  for (let j = 0; j < m; j++) {
    const row = slots.first + j;
    const letter = columnLetter(2 + j);
    const header = `${attendance}!${letter}$1`;
    const cell = (column: number) => `$${L(column)}${row}`;
    set(row, slot.id, `=TRIM(IFERROR(LEFT(${header},FIND(" · ",${header})-1),${header}))`);
    set(
      row,
      slot.held,
      `=IF(${cell(slot.id)}="",0,IF(COUNTIFS(${meetings('id')},${cell(slot.id)},${meetings('status')},${held})>0,1,0))`,
    );
    set(row, slot.row, `=IF(${cell(slot.held)}=1,MATCH(${cell(slot.id)},${meetings('id')},0),"")`);
    set(row, slot.date, `=IF(${cell(slot.held)}=1,INDEX(${meetings('date')},${cell(slot.row)}),"")`);
    // Date order, then the Meetings tab's row order for meetings on the same day, as the core sorts them.
    set(
      row,
      slot.order,
      `=IF(${cell(slot.held)}=1,COUNTIFS(${slotRange(slot.date)},"<"&${cell(slot.date)})+COUNTIFS(${slotRange(slot.date)},${cell(slot.date)},${slotRange(slot.row)},"<"&${cell(slot.row)})+1,"")`,
    );
    const present = `${attendance}!${letter}$${memberRows.first}:${letter}$${memberRows.first + memberRows.count - 1}`;
    groups.forEach((_, i) => {
      set(
        row,
        slot.groups + i,
        `=IF(${cell(slot.held)}=1,COUNTIFS(${memberGroups},${L(slot.groups + i)}$${slots.first - 1},${present},TRUE()),"")`,
      );
    });
    set(
      row,
      slot.all,
      `=IF(${cell(slot.held)}=1,SUM(${L(slot.groups)}${row}:${L(slot.groups + g - 1)}${row}),"")`,
    );
  }

  // The table: the k-th meeting held in date order, each group's attended share of its invited members.
  set(1, columns.date, t(lang, 'field.date'));
  groups.forEach((group) => {
    set(1, columns.groups[group], groupLabel(group));
  });
  set(1, columns.all, t(lang, 'wb.eng.all'));
  set(1, columns.title, t(lang, 'wb.col.title'));
  set(1, columns.id, t(lang, 'field.id'));
  set(invitedRow, 1, t(lang, 'wb.eng.invited'));
  groups.forEach((group) => {
    const c = columns.groups[group];
    set(invitedRow, c, `=SUMIFS(${roleInvited},${roleGroups},${L(c)}$1)`);
  });
  set(
    invitedRow,
    columns.all,
    `=SUM(${L(columns.groups.families)}${invitedRow}:${L(columns.all - 1)}${invitedRow})`,
  );
  for (let k = 1; k <= m; k++) {
    const row = table.first + k - 1;
    const at = `MATCH(${k},${slotRange(slot.order)},0)`;
    const pick = (column: number) => `INDEX(${slotRange(column)},${at})`;
    set(row, columns.date, `=IFERROR(${pick(slot.date)},"")`);
    const share = (attended: number, column: number) =>
      `=IFERROR(IF(${L(column)}$${invitedRow}=0,"",${pick(attended)}/${L(column)}$${invitedRow}),"")`;
    groups.forEach((group, i) => {
      set(row, columns.groups[group], share(slot.groups + i, columns.groups[group]));
    });
    set(row, columns.all, share(slot.all, columns.all));
    set(row, columns.title, `=IFERROR(INDEX(${meetings('title')},${pick(slot.row)}),"")`);
    set(row, columns.id, `=IFERROR(${pick(slot.id)},"")`);
  }
  return { rows, width, table, invitedRow, roles, slots, columns };
}
