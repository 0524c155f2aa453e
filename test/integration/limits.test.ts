/**
 * Inputs Apps Script would refuse are refused first, with the field and the limit named and nothing written:
 * 50,000 characters a cell, 9 kB a property value (the timer's meeting id is kept in one), rows that do not
 * exist, member ids that are not on the roster.
 */
import { startSampleAddon } from '../harness/addon';
import { Sweeper } from '../sweep/engine';
import { OPERATIONS } from '../sweep/operations';

const sweeper = new Sweeper();
const sample = OPERATIONS.find((op) => op.name === 'log hours')!;

function refused(name: string, arg: unknown): { message: string; issues: { key: string; field: string }[] } {
  sweeper.startFrom(sample);
  const before = sweeper.state();
  const answer = sweeper.env.call(name, arg) as { ok: boolean; error?: { message: string; issues: [] } };
  expect(answer.ok).toBe(false);
  expect(sweeper.state()).toBe(before);
  return answer.error!;
}

test('a note longer than a cell holds is refused, naming the field and the limit', () => {
  const error = refused('logHours', {
    date: '2024-05-02',
    activityId: 'case-study',
    hours: 1,
    note: 'x'.repeat(50_001),
  });
  expect(error.issues).toEqual([expect.objectContaining({ key: 'note', field: 'Note' })]);
  expect(JSON.stringify(error.issues)).toMatch(/50,?000/);
});

test('a meeting id too long for the timer’s stored value is refused before anything is stored', () => {
  const error = refused('startTimer', { meetingId: 'M'.repeat(10_000) });
  expect(error.issues).toEqual([expect.objectContaining({ key: 'meetingId' })]);
});

test('a row beyond the roster is refused, naming the row', () => {
  expect(refused('selectMemberRow', { row: 5000 }).message).toBe(
    'Row 5000 is not on the Partners tab. Reload the roster check.',
  );
});

test('a member id that is not on the roster is refused, naming it, and no mark is shown as saved', () => {
  const error = refused('saveAttendance', {
    meetingId: 'MT-001',
    changes: [
      { memberId: 'M-001', present: true },
      { memberId: 'M-999', present: true },
    ],
  });
  expect(error.message).toBe(
    '“M-999” is not on the Partners tab. Reload the meeting list and mark the people shown.',
  );
});

test('in Spanish too', () => {
  const addon = startSampleAddon({ locale: 'es' });
  const answer = addon.rpc('saveAttendance', {
    meetingId: 'MT-001',
    changes: [{ memberId: 'M-999', present: true }],
  });
  expect(answer).toMatchObject({
    ok: false,
    error: { message: expect.stringContaining('«M-999» no está en la pestaña «Integrantes»') },
  });
});
