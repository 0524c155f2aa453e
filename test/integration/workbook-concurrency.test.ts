/** A write while another execution holds the document lock writes nothing and asks the user to try again. */
import { type Env, newEnv, run, tab, values } from '../fixtures/workbook';

const BUSY = {
  en: 'Someone else is saving to this workbook right now. Please try again in a moment.',
  es: 'Otra persona está guardando en este libro en este momento. Por favor, inténtelo de nuevo en unos instantes.',
};

const WRITES = /^(set|insert|delete|append|clear|remove|protect|add|update|copy|move|rename)/;

function whileLocked<T>(env: Env, fn: () => T): { result: T; writes: string[] } {
  const other = env.ws.startExecution();
  const lock = (other.globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock();
  expect(lock.tryLock(1000)).toBe(true);
  const mark = env.ws.calls.mark();
  try {
    const result = fn();
    const writes = env.ws.calls
      .since(mark)
      .filter((c) => c.execution === 0 && c.service !== 'LockService' && WRITES.test(c.method))
      .filter((c) => !(c.type === 'Ui' || c.method === 'alert'))
      .map((c) => `${c.type}.${c.method}`);
    return { result, writes };
  } finally {
    other.end();
  }
}

describe.each(['en', 'es'] as const)('the document lock (%s)', (locale) => {
  test('setup while someone else saves: nothing written, the user is told to try again', () => {
    const env = newEnv({ locale });
    const before = env.ss.getSheets().map((s) => s.getName());
    const { writes } = whileLocked(env, () => env.sb.call('setupWorkspace'));
    expect(writes).toEqual([]);
    expect(env.ws.ui.alerts.map((a) => a.prompt || a.title)).toEqual([BUSY[locale]]);
    expect(env.ss.getSheets().map((s) => s.getName())).toEqual(before);
    // Once the other execution is done, the same command works.
    run(env, 'setupWorkspace');
    expect(env.ss.getSheets()).toHaveLength(9);
  });

  test('loading the sample while someone else saves writes nothing', () => {
    const env = newEnv({ locale });
    run(env, 'setupWorkspace');
    const before = values(tab(env, 'partners'));
    const { writes } = whileLocked(env, () => env.sb.call('loadSampleLea'));
    expect(writes).toEqual([]);
    expect(env.ws.ui.alerts.map((a) => a.prompt || a.title)).toEqual([BUSY[locale]]);
    expect(values(tab(env, 'partners'))).toEqual(before);
  });

  test('logging hours from the sidebar while someone else saves writes nothing', () => {
    const env = newEnv({ locale });
    run(env, 'loadSampleLea');
    const before = values(tab(env, 'taLog'));
    const { result, writes } = whileLocked(env, () =>
      env.sb.call('logHours', { date: '2024-05-02', activityId: 'case-study', hours: 1, note: 'x' }),
    );
    expect(writes).toEqual([]);
    expect(result).toMatchObject({ ok: false, error: { message: BUSY[locale] } });
    expect(values(tab(env, 'taLog'))).toEqual(before);
  });
});
