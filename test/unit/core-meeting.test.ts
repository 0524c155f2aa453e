import { meetingOn, suggestMeeting, timerEntry } from '../../src/core/meeting';
import { quarterHoursFromMinutes } from '../../src/core/quarter-hours';

const m = (id: string, date: string, status: 'planned' | 'held' | 'cancelled' = 'planned') => ({
  id,
  date,
  status,
});

describe('which meeting meeting mode offers', () => {
  const meetings = [m('a', '2026-01-10', 'held'), m('b', '2026-02-01'), m('c', '2026-03-01')];
  test('today’s, else the next, else the most recent; a cancelled one is passed over', () => {
    expect(suggestMeeting(meetings, '2026-02-01')?.id).toBe('b');
    expect(suggestMeeting(meetings, '2026-01-20')?.id).toBe('b');
    expect(suggestMeeting(meetings, '2026-04-01')?.id).toBe('c');
    expect(suggestMeeting([...meetings, m('x', '2026-01-15', 'cancelled')], '2026-01-12')?.id).toBe('b');
    expect(suggestMeeting([], '2026-01-12')).toBeUndefined();
  });
  test('a meeting on a day, unless cancelled', () => {
    expect(meetingOn(meetings, '2026-02-01')?.id).toBe('b');
    expect(meetingOn([m('x', '2026-02-01', 'cancelled')], '2026-02-01')).toBeUndefined();
  });
});

describe('the timer’s entry', () => {
  test('minutes round up to quarter hours, at least one', () => {
    expect([0, 1, 15, 16, 50, 60, 61].map(quarterHoursFromMinutes)).toEqual([1, 1, 1, 2, 4, 4, 5]);
  });
  test('the meeting’s activity and indicator, else the partners’ meeting activity and shared', () => {
    const meeting = { title: 'Data', activityId: 'quantitative-data' as const, indicator: 'Discipline' };
    expect(timerEntry(meeting, 20 * 60_000, '2026-02-01', 'Rosa')).toEqual({
      date: '2026-02-01',
      activityId: 'quantitative-data',
      indicator: 'Discipline',
      quarterHours: 2,
      note: 'Data',
      facilitator: 'Rosa',
      minutes: 20,
    });
    const bare = timerEntry(undefined, 5 * 60_000, '2026-02-01', 'me@x.example');
    expect(bare).toMatchObject({ activityId: 'partners-meetings', quarterHours: 1, note: '' });
    expect(bare).not.toHaveProperty('indicator');
  });
});
