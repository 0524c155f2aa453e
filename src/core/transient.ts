/**
 * Which failures are worth trying again: Google's services answer "failed", "timed out", "try again" or "too
 * many … in a short time" when they are briefly unavailable. Wordings collected at
 * https://ramblings.mcpher.com/database-abstraction-and-google-apps-script/backing-off-on-rate-limiting/
 * A daily quota ("too many times for one day") does not pass by retrying, and a person's mistake never does.
 */
const TRANSIENT =
  /service [\w ]+ (failed|timed out)|service error|service unavailable|currently unavailable|server error occurred|internal error|try again|too many (simultaneous invocations|times in a short time|lockservice operations)|rate limit exceeded|timeout|address unavailable/i;

export function isTransient(error: unknown): boolean {
  // Read by shape: a service's error need not be an instance of this realm's Error.
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name === 'UserError' || typeof message !== 'string') return false;
  return TRANSIENT.test(message) && !/for one day/i.test(message);
}
