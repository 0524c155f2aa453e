/** Randomness from Apps Script: one UUID (122 random bits) seeds whatever a run needs. */
export function randomSeed(): string {
  return Utilities.getUuid();
}
