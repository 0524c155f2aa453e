/**
 * Compile-time guard that a fake exposes only members the real Apps Script type has, so code written against the
 * fake cannot call something that does not exist in Apps Script. Use as
 * `const _check: NoExtraMembers<FakeRange, GoogleAppsScript.Spreadsheet.Range> = true;`.
 */
export type NoExtraMembers<Fake, Real> =
  Exclude<keyof Fake, keyof Real> extends never
    ? true
    : ['not in Apps Script:', Exclude<keyof Fake, keyof Real>];

/** Fails to compile unless T is `true`; each fake module exports `ApiChecks`, a tuple of these. */
export type Expect<T extends true> = T;
