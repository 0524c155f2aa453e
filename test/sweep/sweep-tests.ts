import { Sweeper, type SweeperOptions, type SweepOperation } from './engine';
import { OPERATIONS } from './operations';

/** A multi-tab job makes hundreds of runs; on a busy 2-core machine that takes minutes. */
const TIMEOUT_MS = 20 * 60_000;

/** One Jest test per selected registration; the first problems found are shown. */
export function sweepTests(select: (op: SweepOperation) => boolean, options?: SweeperOptions): void {
  const chosen = OPERATIONS.filter((op) => !op.pending && select(op));
  let sweeper: Sweeper | undefined;
  describe.each(chosen.map((op) => [op.name, op] as const))('%s', (_name, op) => {
    test(
      'a fault at any call loses nothing, doubles nothing, says what happened; the retry completes it',
      () => {
        sweeper ??= new Sweeper(options);
        const report = sweeper.sweep(op);
        const failures = report.runs
          .filter((r) => r.problems.length > 0)
          .map((r) => `#${r.index}${r.after ? ' after' : ''} ${r.call}: ${r.problems.join('; ')}`);
        expect(report.runs.length).toBeGreaterThan(0);
        expect({ failures: failures.length, first: failures.slice(0, 8) }).toEqual({
          failures: 0,
          first: [],
        });
      },
      TIMEOUT_MS,
    );
  });
}
