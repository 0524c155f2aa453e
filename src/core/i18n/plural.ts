/** Picks a plural form with the language's own rules (Intl.PluralRules is part of ECMAScript, so V8 has it). */
export function plural(lang: string, n: number, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(lang).select(n) === 'one' ? forms.one : forms.other;
}
