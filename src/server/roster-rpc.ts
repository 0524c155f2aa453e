/** The sidebar's Roster panel: findings and coverage, and jumping to a member's row. */
import * as z from 'zod';
import type { Finding } from '../core/findings';
import { roleLabel } from '../core/roles';
import { defineRpc } from './rpc';
import { openReadyWorkbook, rosterCheck } from './workbook-session';

export interface RosterView {
  findings: Finding[];
  coverage: {
    roleId: string;
    label: string;
    level: string;
    needed: number;
    selected: number;
    confirmed: number;
    status: string;
  }[];
  memberCount: number;
}

export const getRosterCheck = defineRpc(z.object({}).strict(), (_arg, { readerLang }): RosterView => {
  const workbook = openReadyWorkbook(readerLang);
  const check = rosterCheck(workbook, readerLang);
  return {
    findings: check.findings,
    coverage: check.coverage.map((c) => ({ ...c, label: roleLabel(readerLang, c.roleId) })),
    memberCount: check.members.length,
  };
});

export const selectMemberRow = defineRpc(
  z.object({ row: z.number().int().min(2) }).strict(),
  ({ row }, { readerLang }) => {
    const sheet = openReadyWorkbook(readerLang).tabs.partners;
    sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
    return { row };
  },
);
