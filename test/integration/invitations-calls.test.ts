/**
 * Invitations make the same service calls for 10 members as for 500: links come from one prefilled URL per
 * form and one Partners write; an answer is applied with one read and one write of the Partners tab.
 */
import { answer, codeOf } from '../fixtures/invitations';
import { seedMembers } from '../fixtures/workbook';
import { type Addon, startAddon } from '../harness/addon';

function workbookWith(members: number): Addon {
  const addon = startAddon();
  const env = { ws: addon.ws, sb: addon.sandbox, ss: addon.ws.spreadsheet };
  addon.sandbox.call('setupWorkspace');
  seedMembers(env, members);
  addon.sandbox.call('setupWorkspace');
  return addon;
}

function measure(addon: Addon, fn: () => void) {
  const mark = addon.ws.calls.mark();
  fn();
  const calls = addon.ws.calls.since(mark);
  return { count: calls.count(), byMethod: calls.byMethod() };
}

describe('invitation calls do not grow with the roster', () => {
  const addons = new Map([10, 500].map((n) => [n, workbookWith(n)]));
  const first = new Map(
    [...addons].map(([n, a]) => [n, measure(a, () => a.sandbox.call('createInvitations'))]),
  );

  test('creating the forms and writing 10 or 500 links', () => {
    expect(first.get(500)!.byMethod).toEqual(first.get(10)!.byMethod);
    expect(first.get(10)!.byMethod['Range.setValues']).toBeLessThanOrEqual(2);
    expect(first.get(10)!.byMethod['FormResponse.toPrefilledUrl']).toBe(2);
  });

  test('re-running: same calls at both sizes, and no item added', () => {
    const [ten, many] = [10, 500].map((n) => {
      const addon = addons.get(n)!;
      return measure(addon, () => addon.sandbox.call('createInvitations'));
    });
    expect(many!.byMethod).toEqual(ten!.byMethod);
    for (const add of ['addTextItem', 'addMultipleChoiceItem', 'addCheckboxItem', 'addSectionHeaderItem'])
      expect(ten!.byMethod[`Form.${add}`]).toBeUndefined();
  });

  test('applying one answer', () => {
    const [ten, many] = [10, 500].map((n) => {
      const addon = addons.get(n)!;
      const code = codeOf(addon, 'Member 7');
      return measure(addon, () => answer(addon, 'en', { code, join: 'yes' }));
    });
    expect(many!.byMethod).toEqual(ten!.byMethod);
    expect(ten!.count).toBeLessThan(60);
  });
});
