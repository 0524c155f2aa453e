import { type Addon, startSampleAddon } from '../harness/addon';

type Hours = {
  summary: { fundedUsedQuarterHours: number; fundedQuarterHours: number };
  recent: { id: string; note: string; quarterHours: number }[];
  undo: { id: string; date: string; activity: string; quarterHours: number } | null;
  funding: {
    fundedEndDate: string;
    fundedLeftQuarterHours: number;
    hourlyRateCents: number;
    windowClosed: boolean;
  };
  burnDown: { indicator: string; points: { date: string; leftQuarterHours: number }[] }[];
};

function value<T>(answer: ReturnType<Addon['rpc']>): T {
  if (!answer.ok)
    throw new Error(`RPC failed: ${answer.error.message} ${JSON.stringify(answer.error.issues)}`);
  return answer.value as T;
}

function logRows(addon: Addon): unknown[][] {
  const sheet =
    addon.ws.spreadsheet.getSheetByName('TA Log') ?? addon.ws.spreadsheet.getSheetByName('Registro de AT');
  return sheet!.getDataRange().getValues();
}

const entry = { date: '2024-05-02', activityId: 'case-study', hours: 1.25, note: 'File review, second pass' };

describe('TA hours from the sidebar', () => {
  it('appends one TA Log row and returns the summary with the new hours counted', () => {
    const addon = startSampleAddon();
    const before = value<Hours>(addon.rpc('getHours'));
    const rowsBefore = logRows(addon).length;
    const after = value<Hours>(addon.rpc('logHours', entry));
    const rows = logRows(addon);
    expect(rows).toHaveLength(rowsBefore + 1);
    const last = rows[rows.length - 1]!;
    expect(last).toContain('File review, second pass');
    expect(last).toContain(1.25);
    expect(last).toContain('All indicators (shared)');
    expect(after.summary.fundedUsedQuarterHours).toBe(before.summary.fundedUsedQuarterHours + 5);
    expect(after.recent[0]).toMatchObject({ note: 'File review, second pass', quarterHours: 5 });
    expect(after.undo).toEqual({
      id: after.recent[0]!.id,
      date: '2024-05-02',
      activity: 'Case Study',
      quarterHours: 5,
    });
  });

  it('refuses hours that are not quarter hours, naming the field, and writes nothing', () => {
    const addon = startSampleAddon({ locale: 'es' });
    const rowsBefore = logRows(addon).length;
    const answer = addon.rpc('logHours', { ...entry, hours: 1.3 });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.issues).toEqual([expect.objectContaining({ key: 'hours', field: 'Horas' })]);
    expect(logRows(addon)).toHaveLength(rowsBefore);
  });

  it('refuses an indicator that is not in Settings', () => {
    const addon = startSampleAddon();
    const answer = addon.rpc('logHours', { ...entry, indicator: 'Placement' });
    expect(answer).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('“Placement” is not one of the indicators') },
    });
  });

  it('keeps a note typed as a formula as text', () => {
    const addon = startSampleAddon();
    value(addon.rpc('logHours', { ...entry, note: '=HYPERLINK("http://evil.example","click")' }));
    const sheet = addon.ws.spreadsheet.getSheetByName('TA Log')!;
    const last = sheet.getLastRow();
    const formulas = sheet.getRange(last, 1, 1, sheet.getLastColumn()).getFormulas()[0]!;
    expect(formulas.every((f) => f === '')).toBe(true);
    expect(sheet.getRange(last, 1, 1, sheet.getLastColumn()).getValues()[0]).toContain(
      '=HYPERLINK("http://evil.example","click")',
    );
  });

  it('offers undo only for the caller’s last sidebar entry, never a sample or typed row, and once only', () => {
    const addon = startSampleAddon();
    // The sample was loaded by this same user, yet its rows were not logged from the sidebar.
    expect(value<Hours>(addon.rpc('getHours')).undo).toBeNull();
    value(addon.rpc('logHours', { ...entry, note: 'first' }));
    const logged = value<Hours>(addon.rpc('logHours', { ...entry, note: 'second' }));
    const id = logged.undo!.id;
    expect(addon.rpc('undoHours', { id: 'TA-001' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Only your own/) },
    });
    const rowsBefore = logRows(addon).length;
    const after = value<Hours>(addon.rpc('undoHours', { id }));
    expect(logRows(addon)).toHaveLength(rowsBefore - 1);
    expect(after.recent.map((r) => r.id)).not.toContain(id);
    expect(after.recent[0]!.note).toBe('first');
    // After one undo nothing else is offered: the older entry is not silently next in line.
    expect(after.undo).toBeNull();
    expect(value<Hours>(addon.rpc('getHours')).undo).toBeNull();
  });

  it('does not offer another user’s sidebar entry for undo', () => {
    const addon = startSampleAddon({ userEmail: 'first@sample-usd.example' });
    value(addon.rpc('logHours', entry));
    const sheet = addon.ws.spreadsheet.getSheetByName('TA Log')!;
    const header = sheet.getDataRange().getValues()[0]!;
    sheet.getRange(sheet.getLastRow(), header.indexOf('Entered by') + 1).setValue('someone@else.example');
    expect(value<Hours>(addon.rpc('getHours')).undo).toBeNull();
  });

  it('names the facilitator on every entry: the Start tab’s, else the user', () => {
    const addon = startSampleAddon({ userEmail: 'ta@county.example' });
    value(addon.rpc('logHours', entry));
    const facilitatorColumn = logRows(addon)[0]!.indexOf('TA facilitator');
    expect(logRows(addon).slice(-1)[0]![facilitatorColumn]).toBe('Rosa Delgado');
    const start = addon.ws.spreadsheet.getSheetByName('Start')!;
    const row =
      start
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === 'TA facilitator') + 1;
    start.getRange(row, 2).setValue('');
    value(addon.rpc('logHours', entry));
    expect(logRows(addon).slice(-1)[0]![facilitatorColumn]).toBe('ta@county.example');
  });

  it('tells a second writer to try again while the first holds the lock, and writes nothing', () => {
    const addon = startSampleAddon();
    const first = addon.ws.startExecution();
    const lock = (first.globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    const rowsBefore = logRows(addon).length;
    const answer = addon.rpc('logHours', entry);
    expect(answer).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Someone else is saving/) },
    });
    expect(logRows(addon)).toHaveLength(rowsBefore);
    first.end();
    expect(addon.rpc('logHours', entry).ok).toBe(true);
  });

  it('draws one burn-down per indicator that ends at the funded hours left', () => {
    const addon = startSampleAddon();
    const hours = value<Hours>(addon.rpc('getHours'));
    expect(hours.burnDown).toHaveLength(2);
    for (const series of hours.burnDown) {
      const left = series.points.map((p) => p.leftQuarterHours);
      expect(left).toEqual([...left].sort((a, b) => b - a));
    }
  });
});

type MeetingView = {
  suggestedMeetingId: string | null;
  meetings: { id: string }[];
  members: { id: string; name: string }[];
  attendance: Record<string, string[]>;
  timer: { meetingId: string } | null;
  now: number;
};

describe('meeting mode', () => {
  it('saves attendance changes in one write and keeps marks made by someone else at the same time', () => {
    const addon = startSampleAddon();
    const view = value<MeetingView>(addon.rpc('getMeetingView'));
    const [a, b] = view.members;
    const mark = addon.ws.calls.mark();
    value(
      addon.rpc('saveAttendance', { meetingId: 'MT-004', changes: [{ memberId: a!.id, present: true }] }),
    );
    expect(addon.ws.calls.since(mark).count('Range.setValues')).toBe(1);
    // A second person, who loaded the view before the first save, marks another member.
    value(
      addon.rpc('saveAttendance', { meetingId: 'MT-004', changes: [{ memberId: b!.id, present: true }] }),
    );
    const after = value<MeetingView>(addon.rpc('getMeetingView'));
    expect(after.attendance['MT-004']).toEqual(expect.arrayContaining([a!.id, b!.id]));
    const grid = addon.ws.spreadsheet.getSheetByName('Attendance')!.getDataRange().getValues();
    const column = grid[0]!.findIndex((h) => String(h).startsWith('MT-004'));
    const rowOf = (id: string) => grid.find((r) => r[0] === id)!;
    expect(rowOf(a!.id)[column]).toBe(true);
    expect(rowOf(b!.id)[column]).toBe(true);
  });

  it('keeps a running timer across closing and reopening the sidebar, then proposes an entry', () => {
    const addon = startSampleAddon();
    value(addon.rpc('startTimer', { meetingId: 'MT-004' }));
    const reopened = value<MeetingView>(addon.rpc('getMeetingView'));
    expect(reopened.timer).toMatchObject({ meetingId: 'MT-004' });
    const proposal = value<{ activityId: string; hours: number; note: string }>(addon.rpc('stopTimer'));
    expect(proposal).toMatchObject({
      activityId: 'ppp-review',
      hours: 0.25,
      note: expect.stringMatching(/Policies/),
    });
    expect(value<MeetingView>(addon.rpc('getMeetingView')).timer).toBeNull();
  });

  it('proposes the meeting’s activity, its indicator or shared, and the facilitator', () => {
    const addon = startSampleAddon();
    const meetings = addon.ws.spreadsheet.getSheetByName('Meetings')!;
    const header = meetings.getDataRange().getValues()[0]!;
    const row =
      meetings
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === 'MT-005') + 1;
    meetings.getRange(row, header.indexOf('Indicator') + 1).setValue('Discipline: suspension over 10 days');
    value(addon.rpc('startTimer', { meetingId: 'MT-004' }));
    addon.ws.advanceTime(50 * 60_000);
    expect(value(addon.rpc('stopTimer'))).toEqual({
      date: expect.any(String),
      activityId: 'ppp-review',
      quarterHours: 4,
      hours: 1,
      minutes: 50,
      note: 'Policies, practices and procedures review',
      facilitator: 'Rosa Delgado',
    });
    value(addon.rpc('startTimer', { meetingId: 'MT-005' }));
    expect(value(addon.rpc('stopTimer'))).toMatchObject({
      activityId: 'case-study',
      indicator: 'Discipline: suspension over 10 days',
      quarterHours: 1,
    });
  });

  it('adds a walk-in as a new Partners row, marked present, in one write to each tab', () => {
    const addon = startSampleAddon({ locale: 'es' });
    const partners = addon.ws.spreadsheet.getSheetByName('Integrantes')!;
    const before = partners.getLastRow();
    const mark = addon.ws.calls.mark();
    const added = value<{ memberId: string; view: MeetingView }>(
      addon.rpc('addWalkIn', {
        meetingId: 'MT-004',
        name: '=Ana Ruiz',
        role: 'parent-guardian',
        requestId: 'walk-in-request-1',
      }),
    );
    const calls = addon.ws.calls.since(mark);
    expect(calls.count('Range.setValues')).toBe(2);
    // Each tab it needs (Start, Partners, Meetings, Attendance) read once.
    expect(calls.count('Range.getValues')).toBe(4);
    expect(partners.getLastRow()).toBe(before + 1);
    const [header, ...rows] = partners.getDataRange().getValues();
    const row = rows[rows.length - 1]!;
    expect(row[header!.indexOf('Nombre')]).toBe('=Ana Ruiz');
    expect(row[header!.indexOf('Función')]).toBe(
      'Padres de familia o tutores – varios (representación diversa, que no sean empleados del distrito)',
    );
    expect(row[header!.indexOf('Estado')]).toBe('Aceptó');
    expect(added.view.members.map((m) => m.id)).toContain(added.memberId);
    expect(added.view.attendance['MT-004']).toContain(added.memberId);
    // Marks made before are kept.
    expect(added.view.attendance['MT-001']!.length).toBeGreaterThan(5);
    // The view built without reading again is the one a new read gives.
    const { now: _now, ...fresh } = value<MeetingView>(addon.rpc('getMeetingView'));
    expect(added.view).toEqual({ ...fresh, now: added.view.now });
    const attendance = addon.ws.spreadsheet.getSheetByName('Asistencia')!.getDataRange().getValues();
    expect(attendance[attendance.length - 1]!.slice(0, 2)).toEqual([added.memberId, '=Ana Ruiz']);
  });

  it('adds a walk-in under an Attendance grid with a blank row in it by rewriting the grid', () => {
    const addon = startSampleAddon();
    const sheet = addon.ws.spreadsheet.getSheetByName('Attendance')!;
    sheet.getRange(5, 1, 1, sheet.getLastColumn()).clearContent();
    const added = value<{ memberId: string; view: MeetingView }>(
      addon.rpc('addWalkIn', {
        meetingId: 'MT-004',
        name: 'Ana Ruiz',
        role: 'other',
        requestId: 'walk-in-request-2',
      }),
    );
    const ids = sheet
      .getDataRange()
      .getValues()
      .slice(1)
      .map((row) => row[0]);
    expect(ids).not.toContain('');
    expect(ids[ids.length - 1]).toBe(added.memberId);
    expect(added.view.attendance['MT-004']).toContain(added.memberId);
  });

  it('adds a walk-in once when the same request comes again, and a second person with a new request', () => {
    const addon = startSampleAddon();
    const partners = addon.ws.spreadsheet.getSheetByName('Partners')!;
    const before = partners.getLastRow();
    const request = { meetingId: 'MT-004', name: 'Ana Ruiz', role: 'other', requestId: 'walk-in-again-1' };
    const first = value<{ memberId: string }>(addon.rpc('addWalkIn', request));
    // The answer was lost and the person pressed Add again.
    const again = value<{ memberId: string; view: MeetingView }>(addon.rpc('addWalkIn', request));
    expect(again.memberId).toBe(first.memberId);
    expect(partners.getLastRow()).toBe(before + 1);
    expect(again.view.attendance['MT-004']).toContain(first.memberId);
    // Someone else of the same name is a new request: a new row.
    const other = value<{ memberId: string }>(
      addon.rpc('addWalkIn', { ...request, requestId: 'walk-in-again-2' }),
    );
    expect(other.memberId).not.toBe(first.memberId);
    expect(partners.getLastRow()).toBe(before + 2);
  });

  it('adds today’s meeting when none is scheduled today, once', () => {
    const addon = startSampleAddon({ now: () => new Date('2031-03-04T18:00:00Z') });
    expect(value<{ todaysMeetingId: string | null }>(addon.rpc('getMeetingView')).todaysMeetingId).toBe(
      'MT-004',
    );
    // Three days on, the sample has no meeting that day.
    addon.ws.advanceTime(3 * 86_400_000);
    const view = value<MeetingView & { todaysMeetingId: string | null }>(addon.rpc('getMeetingView'));
    expect(view.todaysMeetingId).toBeNull();
    const added = value<{ meetingId: string; view: MeetingView & { todaysMeetingId: string | null } }>(
      addon.rpc('addTodaysMeeting'),
    );
    expect(added.view.todaysMeetingId).toBe(added.meetingId);
    expect(added.view.suggestedMeetingId).toBe(added.meetingId);
    const rows = addon.ws.spreadsheet.getSheetByName('Meetings')!.getLastRow();
    expect(value<{ meetingId: string }>(addon.rpc('addTodaysMeeting')).meetingId).toBe(added.meetingId);
    expect(addon.ws.spreadsheet.getSheetByName('Meetings')!.getLastRow()).toBe(rows);
  });

  it('refuses attendance for a meeting that is not scheduled', () => {
    const addon = startSampleAddon();
    expect(
      addon.rpc('saveAttendance', { meetingId: 'MT-999', changes: [{ memberId: 'M-001', present: true }] })
        .ok,
    ).toBe(false);
  });
});

describe('roster check', () => {
  it('lists errors first, each with a fix, and jumps to the member’s row', () => {
    const addon = startSampleAddon();
    const view = value<{ findings: { severity: string; fix: string; row?: number; rule: string }[] }>(
      addon.rpc('getRosterCheck'),
    );
    const order = { error: 0, warning: 1, info: 2 } as const;
    const ranks = view.findings.map((f) => order[f.severity as keyof typeof order]);
    expect(ranks).toEqual([...ranks].sort());
    expect(view.findings.every((f) => f.fix.length > 0)).toBe(true);
    const employeeParent = view.findings.find((f) => f.rule === 'parent-is-employee' && f.row !== undefined);
    expect(employeeParent).toBeDefined();
    value(addon.rpc('selectMemberRow', { row: employeeParent!.row }));
    const active = addon.ws.spreadsheet.getActiveRange();
    expect(active?.getSheet().getName()).toBe('Partners');
    expect(active?.getRow()).toBe(employeeParent!.row);
  });

  it('counts only parents/guardians who qualify, and sums up what the state will ask', () => {
    const addon = startSampleAddon();
    type Coverage = { roleId: string; level: string; selected: number; confirmed: number; status: string };
    const view = value<{
      standing: {
        requiredConfirmed: number;
        requiredTotal: number;
        eligibleParentsConfirmed: number;
        missing: string[];
      };
      coverage: Coverage[];
    }>(addon.rpc('getRosterCheck'));
    // Six parents in the sample: one is a district employee (not counted), three have not accepted.
    expect(view.coverage.find((c) => c.roleId === 'parent-guardian')).toMatchObject({
      level: 'required',
      selected: 5,
      confirmed: 2,
    });
    expect(view.coverage.find((c) => c.roleId === 'principal')!.level).toBe('recommended');
    expect(view.standing).toMatchObject({ requiredTotal: 11, eligibleParentsConfirmed: 2 });
    expect(view.standing.missing).toEqual(['Director of Assessment (or Similar)']);
    expect(view.standing.requiredConfirmed).toBe(10);
  });

  it('makes the same number of service calls for 30 members as for 3,000', () => {
    const count = (extra: number) => {
      const addon = startSampleAddon();
      const sheet = addon.ws.spreadsheet.getSheetByName('Partners')!;
      if (extra > 0) {
        const rows = Array.from({ length: extra }, (_, i) => [
          `X-${i}`,
          `Person ${i}`,
          'Community Representatives',
          ...Array(16).fill(''),
        ]);
        sheet.insertRowsAfter(sheet.getMaxRows(), extra);
        sheet.getRange(sheet.getLastRow() + 1, 1, extra, 19).setValues(rows);
      }
      const mark = addon.ws.calls.mark();
      value(addon.rpc('getRosterCheck'));
      return addon.ws.calls.since(mark).count();
    };
    expect(count(3000)).toBe(count(0));
  });
});
