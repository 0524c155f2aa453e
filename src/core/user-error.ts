import type { MessageKey } from './i18n/catalog';

/** A failure the user can act on: shown as its catalog message in the reader's language, not as a crash. */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params?: Record<string, unknown>,
  ) {
    super(key);
    this.name = 'UserError';
  }
}
