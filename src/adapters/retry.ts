import { isTransient } from '../core/transient';

/** Three tries, waiting 0.5 s then 1 s: well inside the 30-second and 6-minute limits. */
const ATTEMPTS = 3;
const FIRST_WAIT_MS = 500;

/**
 * Runs `work` again when a Google service failed for a moment, with a growing wait between tries; any other
 * error (a person's mistake, a bug) is thrown at once. Only for work that is safe to run twice.
 */
export function withRetries<T>(work: () => T): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return work();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isTransient(error)) throw error;
      Utilities.sleep(FIRST_WAIT_MS * 2 ** (attempt - 1));
    }
  }
}
