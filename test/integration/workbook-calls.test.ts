/**
 * Performance is service calls: setup and reading the roster make the same number of calls whatever the data.
 * Counts come from the fake's call log.
 */
import { type Env, newEnv, run, seedMembers } from '../fixtures/workbook';

function measure(env: Env, fn: () => void): { count: number; byMethod: Record<string, number> } {
  const mark = env.ws.calls.mark();
  fn();
  const calls = env.ws.calls.since(mark);
  return { count: calls.count(), byMethod: calls.byMethod() };
}

function workbookWith(members: number): Env {
  const env = newEnv();
  run(env, 'setupWorkspace');
  seedMembers(env, members);
  // The first run after the roster outgrows the Attendance grid adds rows once (one call); measure from then on.
  run(env, 'setupWorkspace');
  return env;
}

describe('service calls do not grow with the roster', () => {
  const sizes = [0, 10, 5000];
  const envs = new Map(sizes.map((n) => [n, workbookWith(n)]));

  test('re-running setup makes the same calls on 0, 10 and 5,000 members', () => {
    const [empty, ten, many] = sizes.map((n) => {
      const env = envs.get(n)!;
      return measure(env, () => run(env, 'setupWorkspace'));
    });
    expect(ten!.byMethod).toEqual(empty!.byMethod);
    expect(many!.byMethod).toEqual(empty!.byMethod);
    // A ceiling, to notice a regression: about 750 today, most of them local builder calls.
    expect(empty!.count).toBeLessThan(800);
    // One getValues per tab read, whatever the rows.
    expect(many!.byMethod['Range.getValues']).toBe(empty!.byMethod['Range.getValues']);
  });

  test('reading and validating the roster makes the same calls on 10 and 5,000 members', () => {
    const [ten, many] = [10, 5000].map((n) => {
      const env = envs.get(n)!;
      let answer: { ok: boolean; value?: { memberCount: number } } = { ok: false };
      const m = measure(env, () => {
        answer = env.sb.call('getRosterCheck', {}) as typeof answer;
      });
      expect(answer.ok).toBe(true);
      expect(answer.value!.memberCount).toBe(n);
      return m;
    });
    expect(many!.byMethod).toEqual(ten!.byMethod);
    expect(ten!.count).toBeLessThan(30);
  });

  test('the first setup on an empty spreadsheet has a fixed cost too', () => {
    const a = newEnv();
    const b = newEnv({ locale: 'es' });
    expect(measure(b, () => run(b, 'setupWorkspace')).count).toBe(
      measure(a, () => run(a, 'setupWorkspace')).count,
    );
  });
});
