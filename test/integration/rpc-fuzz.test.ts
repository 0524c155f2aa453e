/**
 * Every sidebar RPC of the built bundle fed arbitrary input (any JSON, `__proto__` keys, huge strings, unicode,
 * numbers out of range, and valid requests with one field made hostile): each answers a clear error or a true
 * success, a refused call writes nothing, and a logged entry that is reported saved is in the TA Log.
 */
import fc from 'fast-check';
import { Sweeper, type SweepOperation } from '../sweep/engine';
import { OPERATIONS } from '../sweep/operations';

const sweeper = new Sweeper();
const MENU_AND_TRIGGERS = new Set(['onOpen', 'onInstall', 'openSidebar', 'checkInstallation']);
const rpcs = [...new Set(sweeper.env.sandbox.functionNames())]
  .filter((name) => !MENU_AND_TRIGGERS.has(name) && !sweeper.menuFunctions().includes(name))
  .filter((name) => name !== 'onInvitationAnswer')
  .sort();
const sample = OPERATIONS.find((op) => op.name === 'log hours')!;
/** A valid argument per RPC where the sweep has one, to make hostile variants of. */
const validArg = (name: string) =>
  (OPERATIONS.find((op) => op.fn === name && !op.pending && typeof op.arg === 'object')?.arg ?? {}) as Record<
    string,
    unknown
  >;

const hostile = fc.oneof(
  fc.string({ minLength: 50_001, maxLength: 50_010 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('=IMPORTXML("http://x","//a")', '', ' ', '\u0000', '\u202e', 'null', '__proto__'),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -1, 0, 0.1, 1e-9, 24.25, 10_000_001),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'toString', 'x'), fc.jsonValue(), { maxKeys: 3 }),
);
const argument = (name: string) =>
  fc.oneof(
    fc.jsonValue(),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor')), fc.jsonValue()),
    fc
      .tuple(fc.constantFrom(...Object.keys(validArg(name)), 'extra', '__proto__'), hostile)
      .map(([key, value]) => ({ ...validArg(name), [key]: value })),
  );

const RAW = /Exception|TypeError|ReferenceError|undefined|\[object|at [\w.]+ \(|Something went wrong/;

describe.each(rpcs)('%s', (name) => {
  test('answers a clear error or a true success; a refused call writes nothing', () => {
    fc.assert(
      fc.property(argument(name), (arg) => {
        sweeper.startFrom(sample as SweepOperation);
        const before = sweeper.state();
        const logRows = sweeper.env.rows('taLog').length;
        // Over the wire as google.script.run sends it: a JSON copy, `__proto__` an own key.
        const answer = sweeper.env.sandbox.call(name, JSON.parse(JSON.stringify(arg))) as {
          ok: boolean;
          error?: { message: string; issues: unknown[] };
        };
        expect(typeof answer.ok).toBe('boolean');
        if (!answer.ok) {
          expect(answer.error!.message.length).toBeGreaterThan(10);
          expect(answer.error!.message).not.toMatch(RAW);
          expect(Array.isArray(answer.error!.issues)).toBe(true);
          expect(sweeper.state()).toBe(before);
        } else if (name === 'logHours') {
          expect(sweeper.env.rows('taLog').length).toBe(logRows + 1);
        }
      }),
      { numRuns: 25, seed: 9 },
    );
  }, 120_000);
});
