import type { Expect, NoExtraMembers } from './api-check';
import { tag } from './recorder';

/** Session.getActiveUser(), Protection.getEditors() and friends. */
export class FakeUser {
  readonly #email: string;

  constructor(service: string, email: string) {
    this.#email = email;
    tag(this, service, 'User');
  }

  getEmail(): string {
    return this.#email;
  }
}

export type ApiChecks = [Expect<NoExtraMembers<FakeUser, GoogleAppsScript.Base.User>>];
