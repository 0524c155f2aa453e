/**
 * The meeting timer, kept in the user's properties so closing the sidebar loses nothing. A stopped timer stays
 * until its TA Log entry is written, so a failure between the two never loses the meeting's time.
 */
import * as z from 'zod/mini';

const TIMER_PROPERTY = 'meeting.timer';
const timerSchema = z.object({
  meetingId: z.string(),
  startedAt: z.number(),
  /** Set by stop: the proposal is fixed from then on, and asking again gives the same one. */
  stoppedAt: z.optional(z.number()),
});
export type Timer = z.infer<typeof timerSchema>;

export function readTimer(): Timer | null {
  let stored: unknown = null;
  try {
    stored = JSON.parse(PropertiesService.getUserProperties().getProperty(TIMER_PROPERTY) ?? 'null');
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
  }
  const parsed = timerSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export function saveTimer(timer: Timer): void {
  PropertiesService.getUserProperties().setProperty(TIMER_PROPERTY, JSON.stringify(timer));
}

export function clearTimer(): void {
  PropertiesService.getUserProperties().deleteProperty(TIMER_PROPERTY);
}
