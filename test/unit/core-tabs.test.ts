/** Each table tab's codec is keyed by its own columns: naming a column the tab does not have fails to compile. */
import {
  columnIndex,
  PARTNERS_TAB,
  type PartnersKey,
  type RowValues,
  TA_LOG_TAB,
  type TaLogKey,
} from '../../src/core/workbook/tabs';

describe('table tabs keyed by typed columns', () => {
  test('a column key is checked against its own tab', () => {
    expect(columnIndex(PARTNERS_TAB, 'districtEmployee')).toBeGreaterThan(0);
    expect(columnIndex(TA_LOG_TAB, 'requestId')).toBe(TA_LOG_TAB.columns.length - 1);
    // @ts-expect-error: a misspelt column does not compile (and would throw at run time)
    expect(() => columnIndex(PARTNERS_TAB, 'nmae')).toThrow(/No column nmae/);
    // @ts-expect-error: Hours is a TA Log column, not a Partners one
    expect(() => columnIndex(PARTNERS_TAB, 'hours')).toThrow();
  });

  test('a row written to a tab names only that tab’s columns', () => {
    const member: RowValues<PartnersKey> = { name: 'Ana', districtEmployee: false };
    // @ts-expect-error: 'activityId' is not a Partners column
    const wrong: RowValues<PartnersKey> = { activityId: 'budget' };
    const entry: RowValues<TaLogKey> = { hours: 1, enteredBy: 'me' };
    expect([member, wrong, entry]).toHaveLength(3);
  });
});
