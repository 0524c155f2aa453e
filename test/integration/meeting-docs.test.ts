/**
 * Agendas, the meeting series, the MOU draft and the group's report through the built bundle over the fake:
 * the content a person reads, one Doc per purpose however often it is re-made, links in the sheet, and service
 * calls that do not grow with the roster.
 */
import {
  agreedHours,
  FIVE_KEY_ACTION_STEPS,
  formatHours,
  formatMoney,
  formatPercent,
  planMou,
  settingsSchema,
  t,
} from '../../src/core';
import type { DocNode } from '../fake/document';
import { MIME_DOCUMENT } from '../fake/document';
import { type Env, newEnv, rowsByHeader, run, seedMembers, tab, values } from '../fixtures/workbook';

type Rpc<T> = { ok: true; value: T } | { ok: false; error: { message: string; issues: { key: string }[] } };
type Made = { id: string; url: string; created: boolean; language?: string; message: string };

function call<T>(env: Env, name: string, arg: unknown): T {
  const answer = env.sb.call(name, JSON.parse(JSON.stringify(arg))) as Rpc<T>;
  if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

function sampleEnv(locale = 'en'): Env {
  const env = newEnv({ locale });
  run(env, 'setupWorkspace');
  run(env, 'loadSampleLea');
  return env;
}

/** A Doc's text as a reader meets it: paragraphs and list items on lines, table rows with " | " between cells. */
function docText(n: DocNode): string {
  switch (n.type) {
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return n.text;
    case 'TABLE':
      return n.children.map((row) => row.children.map(docText).join(' | ')).join('\n');
    case 'PAGE_BREAK':
      return '---';
    default:
      return n.children.map(docText).join('\n');
  }
}

const tables = (env: Env, id: string) => env.ws.document(id).body.children.filter((c) => c.type === 'TABLE');
const cells = (table: DocNode) => table.children.map((row) => row.children.map(docText));

function confirmedNames(env: Env): string[] {
  return rowsByHeader(tab(env, 'partners'))
    .filter((r) => r.Status === 'Accepted')
    .map((r) => String(r.Name));
}

const docsNamed = (env: Env, prefix: string) =>
  [...env.ws.drive.items.values()].filter((i) => i.mimeType === MIME_DOCUMENT && i.name.startsWith(prefix));

describe('agendas', () => {
  test('the kickoff agenda covers the five key action steps, is linked from its row and stays one file', () => {
    const env = sampleEnv();
    const made = call<Made>(env, 'makeAgenda', { meetingId: 'MT-001', language: 'en' });
    expect(made.created).toBe(true);
    const body = docText(env.ws.document(made.id).body);
    for (const step of FIVE_KEY_ACTION_STEPS) expect(body).toContain(t('en', `doc.agenda.step.${step}`));
    expect(body).toContain(t('en', 'step.1'));
    expect(body).toContain('Rosa Delgado');
    expect(body).toContain(t('en', 'doc.signIn.title'));
    const row = rowsByHeader(tab(env, 'meetings')).find((r) => r.ID === 'MT-001')!;
    expect(row.Agenda).toBe(made.url);

    const again = call<Made>(env, 'makeAgenda', { meetingId: 'MT-001', language: 'en' });
    expect(again).toMatchObject({ id: made.id, url: made.url, created: false });
    expect(docsNamed(env, 'Agenda')).toHaveLength(1);

    const version = call<Made>(env, 'makeAgenda', { meetingId: 'MT-001', language: 'en', newVersion: true });
    expect(version.id).not.toBe(made.id);
    expect(docsNamed(env, 'Agenda')).toHaveLength(2);
    expect(rowsByHeader(tab(env, 'meetings')).find((r) => r.ID === 'MT-001')!.Agenda).toBe(version.url);
  });

  test('the attendance table holds exactly the confirmed members, in one appendTable call', () => {
    const env = sampleEnv();
    const mark = env.ws.calls.mark();
    const made = call<Made>(env, 'makeAgenda', { meetingId: 'MT-002', language: 'en' });
    const attendance = tables(env, made.id).find((table) =>
      docText(table).startsWith('Name | Role | Present'),
    )!;
    expect(
      cells(attendance)
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(confirmedNames(env).sort());
    // Headings in bold come with the table's call, not one call per row.
    expect(env.ws.calls.since(mark).count('Body.appendTable')).toBe(tables(env, made.id).length);
  });

  test('a later meeting follows its CIM step and the menu’s sub-tasks, in Spanish', () => {
    const env = sampleEnv();
    const made = call<Made>(env, 'makeAgenda', { meetingId: 'MT-002', language: 'es' });
    const body = docText(env.ws.document(made.id).body);
    expect(body).toContain(t('es', 'doc.agenda.focusText.data-review'));
    expect(body).toContain(t('es', 'subtask.quantitative-data.review'));
    expect(body).not.toContain(t('es', 'doc.agenda.step.mission'));
    expect(body).toContain('Hoja de registro');
  });

  test('both languages side by side and one after the other', () => {
    const env = sampleEnv();
    const columns = call<Made>(env, 'makeAgenda', { meetingId: 'MT-001', language: 'both-columns' });
    const twoColumn = tables(env, columns.id)
      .map(cells)
      .find((rows) => rows.some((r) => r[0]!.includes(t('en', 'doc.norm.trust'))));
    expect(twoColumn?.find((r) => r[0]!.includes(t('en', 'doc.norm.trust')))?.[1]).toContain(
      t('es', 'doc.norm.trust'),
    );

    const sequence = call<Made>(env, 'makeAgenda', { meetingId: 'MT-001', language: 'both-sequence' });
    expect(sequence.id).toBe(columns.id);
    const body = docText(env.ws.document(sequence.id).body);
    const en = body.indexOf(t('en', 'doc.agenda.step.mission'));
    const es = body.indexOf(t('es', 'doc.agenda.step.mission'));
    expect(en).toBeGreaterThanOrEqual(0);
    expect(es).toBeGreaterThan(body.indexOf('---', en));
    expect(body.match(/Name \/ Nombre \| Role \/ Función \| Present \/ Presente/g)).toHaveLength(1);
  });

  test('the supports accepted members asked for at this meeting are listed with their counts', () => {
    const env = sampleEnv();
    const partners = tab(env, 'partners');
    const header = values(partners)[0]!;
    const date = String(rowsByHeader(tab(env, 'meetings')).find((r) => r.ID === 'MT-003')!.Date);
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : new Date(date).toISOString().slice(0, 10);
    const accepted = rowsByHeader(partners)
      .map((r, i) => ({ r, row: i + 2 }))
      .filter(({ r }) => r.Status === 'Accepted')
      .slice(0, 2);
    for (const { row } of accepted) {
      partners.getRange(row, header.indexOf('Can attend') + 1).setValue(`'${iso}`);
      partners.getRange(row, header.indexOf('Supports needed') + 1).setValue('Interpretation; Childcare');
    }
    const made = call<Made>(env, 'makeAgenda', { meetingId: 'MT-003', language: 'en' });
    const body = docText(env.ws.document(made.id).body);
    expect(body).toContain('Interpretation: 2 members');
    expect(body).toContain('Childcare: 2 members');
    expect(body).not.toContain('Transportation:');
  });

  test('without a choice, the language follows the confirmed members (the sample has both)', () => {
    const env = sampleEnv();
    expect(call<Made>(env, 'makeAgenda', { meetingId: 'MT-003' }).language).toBe('both-columns');
  });

  test('the menu command acts on the selected Meetings row, and says what to select otherwise', () => {
    const env = sampleEnv();
    const meetings = tab(env, 'meetings');
    env.ss.setActiveSheet(tab(env, 'partners'));
    env.sb.call('createAgendaForSelection');
    expect(env.ws.ui.alerts[env.ws.ui.alerts.length - 1]?.prompt).toContain(
      t('en', 'docs.selectMeeting', { tab: 'Meetings' }),
    );
    env.ss.setActiveSheet(meetings);
    meetings.getRange(3, 4).activate();
    env.sb.call('createAgendaForSelection');
    const link = String(rowsByHeader(meetings)[1]!.Agenda);
    expect(link).toMatch(/document\/d\//);
    expect(env.ws.ui.alerts[env.ws.ui.alerts.length - 1]?.prompt).toContain(link);
  });

  test('an agenda for 200 attendees makes the same calls as one for 10', () => {
    const measure = (members: number) => {
      const env = newEnv();
      run(env, 'setupWorkspace');
      seedMembers(env, members);
      call(env, 'scheduleMeetings', {
        startDate: '2024-09-10',
        cadence: 'monthly',
        count: 2,
        startTime: '18:00',
        minutes: 90,
        title: 'Partners meeting',
      });
      const mark = env.ws.calls.mark();
      call<Made>(env, 'makeAgenda', { meetingId: 'MT-001', language: 'both-columns' });
      return env.ws.calls.since(mark).byMethod();
    };
    expect(measure(200)).toEqual(measure(10));
  });
});

describe('filing', () => {
  test('agendas, the MOU and reports land in their subfolders of the group folder, and stay there on re-runs', () => {
    const env = newEnv({ sharedDrive: 'Sample USD Shared Drive' });
    run(env, 'setupWorkspace');
    run(env, 'loadSampleLea');
    const sharedDrive = env.ws.drive.get(env.ss.getId())!.driveId!;
    const group = env.ws.addForeignFolder('Educational Partners Group', sharedDrive);
    env.ws.pickFolder(group);
    call(env, 'setGroupFolder', { folderId: group });
    const parentName = (id: string) => env.ws.drive.get(env.ws.drive.get(id)!.parents[0]!)!;
    const made = {
      agenda: call<Made>(env, 'makeAgenda', { meetingId: 'MT-001' }),
      mou: call<Made>(env, 'makeMouDraft', {}),
      report: call<Made>(env, 'makeGroupReport', {}),
    };
    expect(parentName(made.agenda.id).name).toBe(t('en', 'folder.kind.agendas'));
    expect(parentName(made.mou.id).name).toBe(t('en', 'folder.kind.mou'));
    expect(parentName(made.report.id).name).toBe(t('en', 'folder.kind.reports'));
    for (const doc of Object.values(made)) {
      expect(parentName(doc.id).parents).toEqual([group]);
      expect(env.ws.drive.get(doc.id)!.driveId).toBe(sharedDrive);
    }
    expect(call<Made>(env, 'makeAgenda', { meetingId: 'MT-001' }).id).toBe(made.agenda.id);
    expect(parentName(made.agenda.id).name).toBe(t('en', 'folder.kind.agendas'));
  });

  test('without a group folder the Doc stays in My Drive and the user is told once', () => {
    const env = sampleEnv();
    expect(call<Made>(env, 'makeMouDraft', {}).message).toContain(t('en', 'folder.notChosen'));
    expect(call<Made>(env, 'makeGroupReport', {}).message).not.toContain(t('en', 'folder.notChosen'));
  });
});

describe('meeting series', () => {
  const request = {
    startDate: '2024-09-10',
    cadence: 'biweekly',
    count: 4,
    startTime: '18:00',
    minutes: 90,
    location: 'https://meet.example/abc',
    title: 'Partners meeting',
    closures: ['2024-09-24'],
  };

  test('adds rows and Attendance columns, skips closures, and a re-run duplicates nothing', () => {
    const env = sampleEnv();
    const before = rowsByHeader(tab(env, 'meetings'));
    const first = call<{ added: string[]; skipped: string[] }>(env, 'scheduleMeetings', request);
    expect(first.added).toEqual(['2024-09-10', '2024-10-08', '2024-10-22', '2024-11-05']);
    expect(first.skipped).toEqual(['2024-09-24']);
    const after = rowsByHeader(tab(env, 'meetings'));
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((r) => [r.ID, r.Minutes, r['Start time']])).toEqual([
      ['MT-007', 90, '18:00'],
      ['MT-008', 90, '18:00'],
      ['MT-009', 90, '18:00'],
      ['MT-010', 90, '18:00'],
    ]);
    const header = values(tab(env, 'attendance'))[0]!;
    expect(header.filter((h) => String(h).includes('Partners meeting'))).toHaveLength(4);

    const again = call<{ added: string[]; existing: string[] }>(env, 'scheduleMeetings', request);
    expect(again.added).toEqual([]);
    expect(again.existing).toHaveLength(4);
    expect(rowsByHeader(tab(env, 'meetings'))).toHaveLength(after.length);
  });

  test('a bad request names the field and writes nothing', () => {
    const env = sampleEnv();
    const before = values(tab(env, 'meetings'));
    const answer = env.sb.call('scheduleMeetings', {
      ...request,
      startTime: '6pm',
      count: 0,
    }) as Rpc<unknown>;
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.issues.map((i) => i.key).sort()).toEqual(['count', 'startTime']);
    expect(values(tab(env, 'meetings'))).toEqual(before);
  });
});

describe('calendar', () => {
  type Done = { events: number; guests: number; message: string };
  const events = (env: Env) => [...(env.ws.calendar.events.get('primary')?.values() ?? [])];

  test('one event per planned meeting with the confirmed members as guests; a re-run updates, not duplicates', () => {
    const env = sampleEnv();
    const agenda = call<Made>(env, 'makeAgenda', { meetingId: 'MT-004', language: 'en' });
    const first = call<Done>(env, 'addMeetingsToCalendar', {});
    const planned = rowsByHeader(tab(env, 'meetings')).filter((r) => r.Status === 'Planned');
    expect(first.events).toBe(planned.length);
    expect(events(env)).toHaveLength(planned.length);
    const withEmail = rowsByHeader(tab(env, 'partners')).filter(
      (r) => r.Status === 'Accepted' && /@/.test(String(r.Email)),
    );
    const event = events(env).find((e) => e.summary === planned.find((r) => r.ID === 'MT-004')!.Title)!;
    expect(event.attendees!.map((a) => a.email).sort()).toEqual(withEmail.map((r) => String(r.Email)).sort());
    expect(event.attachments).toEqual([expect.objectContaining({ fileUrl: agenda.url })]);
    expect(event.start!.timeZone).toBe('America/Los_Angeles');
    // Nobody is emailed unless the person asks.
    expect(env.ws.calendar.notifications).toEqual([]);
    const ids = rowsByHeader(tab(env, 'meetings')).map((r) => r['Calendar event']);
    expect(ids.filter(Boolean)).toHaveLength(planned.length);

    const again = call<Done>(env, 'addMeetingsToCalendar', { notify: true });
    expect(again.events).toBe(planned.length);
    expect(events(env)).toHaveLength(planned.length);
    expect(events(env).every((e) => e.sequence === 1)).toBe(true);
    expect(env.ws.calendar.notifications).toHaveLength(planned.length);
    expect(rowsByHeader(tab(env, 'meetings')).map((r) => r['Calendar event'])).toEqual(ids);
  });

  test('an insert that took effect before a failure is not made twice on the re-run', () => {
    const env = sampleEnv();
    env.ws.failCall(
      (c) => c.type === 'Range' && c.method === 'setValues',
      1,
      new Error('Service unavailable'),
    );
    const failed = env.sb.call('addMeetingsToCalendar', { meetingId: 'MT-005' }) as Rpc<Done>;
    expect(failed.ok).toBe(false);
    expect(events(env)).toHaveLength(1);
    call<Done>(env, 'addMeetingsToCalendar', { meetingId: 'MT-005' });
    expect(events(env)).toHaveLength(1);
    expect(rowsByHeader(tab(env, 'meetings')).find((r) => r.ID === 'MT-005')!['Calendar event']).toBe(
      events(env)[0]!.id,
    );
  });

  test('the menu command asks before emailing guests', () => {
    const env = sampleEnv();
    const meetings = tab(env, 'meetings');
    env.ss.setActiveSheet(meetings);
    meetings.getRange(5, 2).activate();
    env.ws.respondToNextDialog({ button: 'NO' });
    env.sb.call('addSelectionToCalendar');
    expect(events(env)).toHaveLength(1);
    expect(env.ws.calendar.notifications).toEqual([]);
    expect(env.ws.ui.alerts[env.ws.ui.alerts.length - 1]?.prompt).toContain('No one was emailed');
  });
});

describe('MOU draft', () => {
  test('totals equal the core’s planMou for the hours agreed on CIM Activities', () => {
    const env = sampleEnv();
    const sheet = tab(env, 'activities');
    const header = values(sheet)[0]!;
    const hoursColumn = header.indexOf('MOU hours') + 1;
    expect(hoursColumn).toBeGreaterThan(0);
    // Case Study 30 h (over its 2–25 range), Educational Partners' Meetings 4 h, Budget 1.5 h.
    const rows = rowsByHeader(sheet);
    const agreed: Record<string, number> = {
      'Case Study': 30,
      "Educational Partners' Meetings": 4,
      Budget: 1.5,
    };
    rows.forEach((row, i) => {
      const hours = agreed[String(row.Activity)];
      if (hours !== undefined) sheet.getRange(i + 2, hoursColumn).setValue(hours);
    });
    const made = call<Made>(env, 'makeMouDraft', {});
    const body = docText(env.ws.document(made.id).body);
    const settings = settingsSchema.parse({
      indicators: ['a', 'b'],
      quarterHoursPerIndicator: 80,
      hourlyRateCents: 11000,
    });
    const plan = planMou(
      agreedHours(rowsByHeader(sheet).map((r) => ({ activityId: r.Activity, mouHours: r['MOU hours'] }))),
      settings,
      'en',
    );
    expect(plan.totalQuarterHours).toBe(142);
    expect(body).toContain(`${t('en', 'doc.mou.total')} | ${formatHours('en', plan.totalQuarterHours)}`);
    expect(body).toContain(formatHours('en', plan.fundedQuarterHours));
    expect(body).toContain(`${formatMoney('en', plan.extraCostCents)}`);
    expect(body).toContain(t('en', 'doc.mou.over'));
    expect(call<Made>(env, 'makeMouDraft', {}).id).toBe(made.id);
  });
});

describe('links in the sheet', () => {
  test.each(['en', 'es'] as const)(
    'the MOU draft and the report are linked from the Start tab, one row each however often they are made (%s)',
    (locale) => {
      const env = newEnv({ locale });
      run(env, 'setupWorkspace');
      run(env, 'loadSampleLea');
      const mou = call<Made>(env, 'makeMouDraft', {});
      const report = call<Made>(env, 'makeGroupReport', {});
      call<Made>(env, 'makeMouDraft', {});
      call<Made>(env, 'makeGroupReport', {});
      const start = values(tab(env, 'start'));
      const linked = (key: 'wb.start.doc.mou' | 'wb.start.doc.report') =>
        start.filter((row) => row[0] === t(locale, key)).map((row) => row[1]);
      expect(linked('wb.start.doc.mou')).toEqual([mou.url]);
      expect(linked('wb.start.doc.report')).toEqual([report.url]);
      // Under their own header, one block, below the settings.
      const header = start.findIndex((row) => row[0] === t(locale, 'wb.start.doc.header'));
      expect(start.filter((row) => row[0] === t(locale, 'wb.start.doc.header'))).toHaveLength(1);
      expect(start[header + 1]![0]).toBe(t(locale, 'wb.start.doc.mou'));
      expect(header).toBeGreaterThan(start.findIndex((row) => row[0] === t(locale, 'field.fundedEndDate')));
      // Setup again keeps them and still reads every setting.
      run(env, 'setupWorkspace');
      expect(values(tab(env, 'start'))).toEqual(start);
    },
  );

  test('the MOU draft and the report read each tab they need once: the Start tab serves settings and link', () => {
    const env = sampleEnv();
    for (const [name, tabs] of [
      ['makeMouDraft', ['Start', 'CIM Activities']],
      ['makeGroupReport', ['Start', 'Partners', 'Meetings', 'Attendance', 'TA Log']],
    ] as const) {
      for (const attempt of ['first', 'again']) {
        const mark = env.ws.calls.mark();
        call<Made>(env, name, {});
        const calls = env.ws.calls.since(mark);
        const once = Object.fromEntries(tabs.map((tabName) => [tabName, 1]));
        expect([attempt, calls.bySheet('Range.getValues')]).toEqual([attempt, once]);
        expect([attempt, calls.bySheet('Range.setValues')]).toEqual([attempt, { Start: 1 }]);
      }
    }
  });
});

describe('group report', () => {
  test('members by role, meetings with attendance rate and engagement by group', () => {
    const env = sampleEnv();
    const made = call<Made>(env, 'makeGroupReport', {});
    const body = docText(env.ws.document(made.id).body);
    expect(body.indexOf(t('en', 'role.superintendent'))).toBeLessThan(
      body.indexOf(t('en', 'role.fiscal-services')),
    );
    expect(body).toContain(t('en', 'doc.group.families'));
    // Meetings held in the sample: three; every rate is a share of the invited members.
    const meetings = cells(tables(env, made.id).find((tbl) => docText(tbl).startsWith('Meeting | Present'))!);
    expect(meetings).toHaveLength(4);
    for (const [, present, invited, rate] of meetings.slice(1))
      expect(rate).toBe(formatPercent('en', Number(present) / Number(invited)));
  });

  test('the Meeting panel shows the report’s engagement figures, one line per group', () => {
    const env = sampleEnv();
    const made = call<Made>(env, 'makeGroupReport', {});
    const table = cells(tables(env, made.id).find((tbl) => docText(tbl).startsWith('Stakeholder group'))!);
    const view = call<{ engagement: { group: string; label: string; invited: number; rates: string[] }[] }>(
      env,
      'getMeetingView',
      {},
    );
    const fromReport = table
      .slice(1)
      .filter((row) => Number(row[1]) > 0)
      .map((row) => ({
        label: row[0],
        invited: Number(row[1]),
        rates: row.slice(2).map((cell) => /\((.*)\)$/.exec(cell)![1]),
      }));
    expect(view.engagement.map(({ group: _, ...line }) => line)).toEqual(fromReport);
  });

  test('a report for 500 members makes the same calls as one for 30', () => {
    const measure = (members: number) => {
      const env = newEnv();
      run(env, 'setupWorkspace');
      seedMembers(env, members);
      run(env, 'setupWorkspace');
      const mark = env.ws.calls.mark();
      call<Made>(env, 'makeGroupReport', {});
      return env.ws.calls.since(mark).byMethod();
    };
    expect(measure(500)).toEqual(measure(30));
  });
});
