import {
  asksForPaper,
  type Candidate,
  fitQuota,
  inFlightOutcome,
  laterStamp,
  letterCell,
  letterRecipients,
  notSentCell,
  parseSentCell,
  planSend,
  sendingCell,
  sentCell,
  skipReason,
} from '../../src/core/delivery';
import { memberSchema } from '../../src/core/member';

const candidate = (i: number, over: Record<string, unknown> = {}, sent = ''): Candidate => ({
  member: memberSchema.parse({
    id: `M-${i}`,
    row: i + 1,
    name: `Member ${i}`,
    roles: ['parent-guardian'],
    email: `m${i}@mail.example`,
    ...over,
  }),
  link: `https://forms.example/${i}`,
  sent: parseSentCell(sent),
});

describe('Invitation sent cells', () => {
  it('read back what was written, in either workbook language', () => {
    for (const lang of ['en', 'es'] as const) {
      expect(parseSentCell(sentCell(lang, '2024-03-01 14:05:09', ['en', 'es']))).toEqual({
        kind: 'sent',
        at: '2024-03-01 14:05:09',
      });
      expect(parseSentCell(sendingCell(lang, '2024-03-01 14:05:10'))).toEqual({
        kind: 'sending',
        at: '2024-03-01 14:05:10',
      });
      expect(parseSentCell(letterCell(lang, '2024-03-02 09:00:00', ['es']))).toMatchObject({
        kind: 'letter',
      });
      expect(parseSentCell(notSentCell(lang, 'Invalid email: x\nmore'))).toEqual({
        kind: 'failed',
        error: 'Invalid email: x more',
      });
    }
    expect(sentCell('es', '2024-03-01 14:05:09', ['es'])).toBe('Enviada 2024-03-01 14:05:09 · Español');
    expect(parseSentCell('')).toEqual({ kind: 'none' });
    expect(parseSentCell('handed out at the meeting')).toEqual({
      kind: 'other',
      text: 'handed out at the meeting',
    });
  });
});

describe('planSend', () => {
  const roster = [
    candidate(1),
    candidate(2, {}, 'Sent 2024-02-01 10:00:00 · English'),
    candidate(3, {}, 'Sending… 2024-02-01 10:00:00'),
    candidate(4, {}, 'Not sent: Invalid email'),
    candidate(5, { email: undefined }),
    candidate(6, { email: 'not-an-email' }),
    candidate(7, { status: 'declined' }),
    { ...candidate(8), link: '' },
    candidate(9, { status: 'accepted' }, 'handed out'),
  ];

  it('sends to members not yet sent (and those whose send failed), and says why the others are left', () => {
    const plan = planSend(roster, { kind: 'unsent' }, false);
    expect(plan.send).toEqual(['M-1', 'M-4']);
    expect(Object.fromEntries(plan.skipped.map((s) => [s.id, s.reason]))).toEqual({
      'M-2': 'already-sent',
      'M-3': 'interrupted',
      'M-5': 'no-email',
      'M-6': 'bad-email',
      'M-8': 'no-link',
      'M-9': 'already-sent',
    });
  });

  it('resends only when asked, and never twice within one send', () => {
    const rows = { kind: 'rows', rows: [3, 4] } as const;
    expect(planSend(roster, rows, false).send).toEqual([]);
    const again = planSend(roster, rows, true);
    expect(again.send).toEqual(['M-2', 'M-3']);
    expect(again.seen).toEqual({ 'M-2': 'sent:2024-02-01 10:00:00', 'M-3': 'sending:2024-02-01 10:00:00' });
    // Once the resend is recorded, the same resend (a retried batch) finds the cell changed and skips it.
    const resent = candidate(2, {}, 'Sent 2024-03-01 10:00:05 · English');
    expect(skipReason(resent, { seen: again.seen['M-2']! })).toBe('already-sent');
    expect(
      skipReason(candidate(2, {}, 'Sent 2024-02-01 10:00:00 · English'), { seen: again.seen['M-2']! }),
    ).toBeNull();
  });

  it('selects by status', () => {
    expect(planSend(roster, { kind: 'status', status: 'declined' }, false).send).toEqual(['M-7']);
  });

  it('fits the quota, which counts recipients', () => {
    expect(fitQuota(['a', 'b', 'c'], 2)).toEqual({ now: ['a', 'b'], later: ['c'] });
    expect(fitQuota(['a'], -1)).toEqual({ now: [], later: ['a'] });
  });

  it('letters go to members with no usable email, or to the rows picked', () => {
    expect(letterRecipients(roster).map((c) => c.member.id)).toEqual(['M-5', 'M-6']);
    expect(letterRecipients(roster, [2, 9]).map((c) => c.member.id)).toEqual(['M-1']);
    // A member who answered "Letter in the mail" (in either language) gets one too.
    const paper = { ...candidate(10), paper: asksForPaper('Text message; Carta por correo') };
    expect(letterRecipients([...roster, paper]).map((c) => c.member.id)).toEqual(['M-5', 'M-6', 'M-10']);
    expect(asksForPaper('Email')).toBe(false);
  });
});

describe('laterStamp', () => {
  it('moves a record made within the same second one second on, so the cell text always changes', () => {
    const sent = parseSentCell('Sent 2024-03-01 10:00:59 · English');
    expect(laterStamp('2024-03-01 10:00:59', sent)).toBe('2024-03-01 10:01:00');
    expect(laterStamp('2024-03-01 10:01:05', sent)).toBe('2024-03-01 10:01:05');
    expect(laterStamp('2024-03-01 10:00:00', parseSentCell(''))).toBe('2024-03-01 10:00:00');
  });
});

describe('inFlightOutcome', () => {
  const at = '2024-05-02 10:00:00';
  const interrupted = candidate(1, {}, sendingCell('en', at));
  const flight = { id: 'M-1', at, quota: 57 };

  it('settles a send left at “Sending…” by the quota: the same means not sent, one less means sent', () => {
    expect(inFlightOutcome(flight, interrupted, 57, '2024-05-02 10:00:30')).toBe('not-sent');
    expect(inFlightOutcome(flight, interrupted, 56, '2024-05-02 10:00:30')).toBe('sent');
  });

  it('leaves it to the person when the quota moved otherwise, the record is another send, or it is old', () => {
    expect(inFlightOutcome(flight, interrupted, 55, '2024-05-02 10:00:30')).toBe('unknown');
    expect(inFlightOutcome({ ...flight, id: 'M-2' }, interrupted, 57, '2024-05-02 10:00:30')).toBe('unknown');
    expect(inFlightOutcome({ ...flight, at: '2024-05-02 09:00:00' }, interrupted, 57, at)).toBe('unknown');
    // A new quota day could give back the full quota the send was noted with.
    expect(inFlightOutcome(flight, interrupted, 57, '2024-05-02 11:00:01')).toBe('unknown');
    expect(inFlightOutcome(null, interrupted, 57, at)).toBe('unknown');
    expect(inFlightOutcome(flight, candidate(1, {}, sentCell('en', at, ['en'])), 57, at)).toBe('unknown');
  });
});
