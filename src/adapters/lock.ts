import { UserError } from '../core/user-error';

const WAIT_MS = 10_000;

/**
 * Runs a write under the document lock so two people saving at once are serialised; a writer that cannot get
 * the lock in time is told to try again, and nothing is written.
 */
export function withDocumentLock<T>(write: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(WAIT_MS)) throw new UserError('wb.busy');
  try {
    return write();
  } finally {
    // The lock ends with the execution anyway: a failed release must not turn a done write into an error.
    try {
      lock.releaseLock();
    } catch {}
  }
}
