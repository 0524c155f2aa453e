/** The sidebar's Roster panel: findings and coverage, and jumping to a member's row. */
import * as z from 'zod/mini';
import type { Finding } from '../core/findings';
import { type RoleLevel, roleLabel } from '../core/roles';
import { type CoverageStatus, rosterSummary } from '../core/roster';
import { UserError } from '../core/user-error';
import { defineRpc, READ } from './rpc';
import { openReadyWorkbook, rosterCheck } from './workbook-session';

export interface RosterView {
  findings: Finding[];
  /** The line to show the state: required roles confirmed, eligible parents/guardians, what is missing. */
  standing: {
    requiredConfirmed: number;
    requiredTotal: number;
    eligibleParentsConfirmed: number;
    parentsNeeded: number;
    /** Role names as the workbook's Role column shows them. */
    missing: string[];
    suggested: string[];
  };
  coverage: {
    roleId: string;
    label: string;
    level: RoleLevel;
    needed: number;
    selected: number;
    confirmed: number;
    status: CoverageStatus;
  }[];
  memberCount: number;
}

export const getRosterCheck = defineRpc(
  z.strictObject({}),
  (_arg, { readerLang }): RosterView => {
    const workbook = openReadyWorkbook(readerLang);
    const check = rosterCheck(workbook, readerLang);
    const standing = rosterSummary(check.coverage);
    return {
      standing: {
        ...standing,
        missing: standing.missing.map((id) => roleLabel(workbook.lang, id)),
        suggested: standing.suggested.map((id) => roleLabel(workbook.lang, id)),
      },
      findings: check.findings,
      coverage: check.coverage.map((c) => ({ ...c, label: roleLabel(workbook.lang, c.roleId) })),
      memberCount: check.members.length,
    };
  },
  READ,
);

export const selectMemberRow = defineRpc(
  z.strictObject({ row: z.int().check(z.minimum(2), z.maximum(10_000_000)) }),
  ({ row }, { readerLang }) => {
    const sheet = openReadyWorkbook(readerLang).tabs.partners;
    // A range past the sheet's rows throws in Sheets: refuse a row the roster does not have.
    if (row > sheet.getLastRow()) throw new UserError('limit.row', { row, tab: sheet.getName() });
    sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
    return { row };
  },
  { retry: true, unchanged: 'fault.select.retry' },
);
