import type { NoExtraMembers } from '../fake/api-check';
import type { FakeRange } from '../fake/spreadsheet';

describe('NoExtraMembers', () => {
  test('a fake with only real members type-checks; an extra member is a compile error', () => {
    const ok: NoExtraMembers<FakeRange, GoogleAppsScript.Spreadsheet.Range> = true;
    // @ts-expect-error getEverything is not an Apps Script Range method, so the check is not `true`.
    const bad: NoExtraMembers<FakeRange & { getEverything(): void }, GoogleAppsScript.Spreadsheet.Range> =
      true;
    expect([ok, bad]).toEqual([true, true]);
  });
});
