/**
 * The fault sweep of the light operations (and the check that every exposed function is registered): each
 * operation of the built bundle with a transient fault at each of its service calls, before and after the call
 * took effect, then retried as the user would. Rules: test/sweep/engine.ts; registrations: test/sweep/operations.ts.
 * The multi-tab jobs run in their own files (fault-sweep-*.test.ts) so Jest runs them in parallel.
 */
import { Sweeper } from '../sweep/engine';
import { OPERATIONS } from '../sweep/operations';
import { DOCUMENT_OPERATIONS } from '../sweep/operations-documents';
import { INVITATION_OPERATIONS } from '../sweep/operations-invitations';
import { sweepTests } from '../sweep/sweep-tests';

test('every exported function and menu item is registered in the sweep', () => {
  const sweeper = new Sweeper();
  const registered = new Set(OPERATIONS.map((op) => op.fn));
  const exposed = new Set([...sweeper.env.sandbox.functionNames(), ...sweeper.menuFunctions()]);
  expect([...exposed].filter((name) => !registered.has(name)).sort()).toEqual([]);
  expect([...registered].filter((name) => !exposed.has(name)).sort()).toEqual([]);
  expect(new Set(OPERATIONS.map((op) => op.name)).size).toBe(OPERATIONS.length);
});

const separate = new Set([...DOCUMENT_OPERATIONS, ...INVITATION_OPERATIONS]);
sweepTests((op) => !separate.has(op) && (!op.resumable || op.fn === 'saveAttendance'));
