/** A finding: something a person should fix, check or know, in the reader's language, with where and how. */
import type { MessageKey } from './i18n/catalog';
import type { RoleId } from './roles';
import { ROLE_IDS } from './roles';
import type { ActivityId } from './services-menu';

export type Severity = 'error' | 'warning' | 'info';

/** Every rule has a `rule.<id>` message and a `fix.<id>` in the catalog. */
export type RuleId = MessageKey extends infer K ? (K extends `rule.${infer R}` ? R : never) : never;

export interface Finding {
  severity: Severity;
  rule: RuleId;
  message: string;
  fix: string;
  memberId?: string;
  row?: number;
  roleId?: RoleId;
  activityId?: ActivityId;
  indicator?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function compareOptional<T>(a: T | undefined, b: T | undefined, cmp: (x: T, y: T) => number): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return cmp(a, b);
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byNumber = (a: number, b: number) => a - b;
const byRole = (a: RoleId, b: RoleId) => ROLE_IDS.indexOf(a) - ROLE_IDS.indexOf(b);

/** Errors first, then a total order on every field, so the result never depends on the order rows were read. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      byText(a.rule, b.rule) ||
      compareOptional(a.roleId, b.roleId, byRole) ||
      compareOptional(a.row, b.row, byNumber) ||
      compareOptional(a.memberId, b.memberId, byText) ||
      compareOptional(a.activityId, b.activityId, byText) ||
      compareOptional(a.indicator, b.indicator, byText) ||
      byText(a.message, b.message),
  );
}
