/**
 * Nothing about a member reaches the logs: a full scenario (setup, sample, roster check, hours, attendance with
 * a walk-in, timer, undo, the installation check), with service failures and hostile input along the way so the
 * error paths log too; every log line is scanned for each member's name, email and phone.
 */
import { sampleMembers } from '../../src/core/workbook/sample-lea';
import { startSampleAddon } from '../harness/addon';

test('no log line holds a member’s name, email or phone', () => {
  const addon = startSampleAddon({ locale: 'es' });
  const walkIn = 'Guadalupe Privacidad';
  /** The method's service stays down for the next call (longer than the add-on's own retries). */
  const down = (method: string, run: () => unknown) => {
    addon.ws.failCall(
      (c) => c.method === method,
      1,
      new Error('Service Spreadsheets failed while accessing document with id x.'),
      {
        outage: (c) => c.method === method,
      },
    );
    run();
    addon.ws.clearFailures();
  };
  const entry = {
    date: '2024-05-02',
    activityId: 'case-study',
    hours: 1,
    note: 'Spoke with Maria',
    requestId: 'privacy-1',
  };
  addon.rpc('getRosterCheck');
  down('getValues', () => addon.rpc('logHours', entry));
  addon.rpc('logHours', entry);
  addon.rpc('logHours', { ...entry, note: 'x'.repeat(60_000) });
  addon.rpc('saveAttendance', { meetingId: 'MT-001', changes: [{ memberId: 'M-001', present: true }] });
  addon.rpc('saveAttendance', { meetingId: 'MT-001', changes: [{ memberId: 'M-999', present: true }] });
  addon.rpc('addWalkIn', {
    meetingId: 'MT-001',
    name: walkIn,
    role: 'community-rep',
    requestId: 'privacy-2',
  });
  down('setProperty', () => addon.rpc('startTimer', { meetingId: 'MT-001' }));
  addon.rpc('stopTimer', {});
  const hours = addon.rpc<{ undo?: { id: string } | null }>('getHours');
  if (hours.ok && hours.value.undo) addon.rpc('undoHours', { id: hours.value.undo.id });
  addon.rpc('selectMemberRow', { row: 3 });
  addon.rpc('selectMemberRow', { row: 5000 });
  down('setValues', () => addon.sandbox.call('setupWorkspace'));
  down('getValues', () =>
    addon.rpc('addWalkIn', {
      meetingId: 'MT-001',
      name: walkIn,
      role: 'parent-guardian',
      requestId: 'privacy-3',
    }),
  );
  addon.sandbox.call('checkInstallation');
  expect(addon.ws.logs.length).toBeGreaterThan(0);

  const secrets = sampleMembers().flatMap((m) => [m.name, m.email, m.phone]);
  const personal = [...secrets, walkIn].filter((s): s is string => typeof s === 'string' && s.length > 3);
  expect(personal.length).toBeGreaterThan(40);
  const leaks = addon.ws.logs.flatMap((line) =>
    personal.filter((p) => line.includes(p)).map((p) => `${p} in ${line}`),
  );
  expect(leaks).toEqual([]);
});
