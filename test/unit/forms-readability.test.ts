import { familyTexts, invitationForm } from '../../src/core/forms/invitation';
import { settingsSchema } from '../../src/core/settings';
import { sampleMeetings, sampleSettings } from '../../src/core/workbook/sample-lea';
import {
  englishSyllables,
  fernandezHuerta,
  fleschKincaidGrade,
  sentences,
  spanishSyllables,
} from '../fixtures/readability';

const { hoursPerIndicator: _h, hourlyRate: _r, ...typed } = sampleSettings('2024-04-10');
const settings = settingsSchema.parse({
  ...typed,
  indicators: [...typed.indicators],
  studentGroupsMostAffected: [...typed.studentGroupsMostAffected],
});
const meetings = sampleMeetings('2024-04-10').map((m) => ({ ...m, status: 'planned' as const }));

describe('syllable counters', () => {
  it.each([
    ['meeting', 2],
    ['the', 1],
    ['community', 4],
    ['group', 1],
    ['interpretation', 5],
    ['childcare', 2],
  ])('English %s has %i', (word, n) => expect(englishSyllables(word)).toBe(n));

  it.each([
    ['reunión', 2],
    ['comunidad', 4],
    ['que', 1],
    ['guerra', 2],
    ['día', 2],
    ['país', 2],
    ['poeta', 3],
    ['ciudad', 2],
    ['muy', 1],
    ['interpretación', 5],
    ['educación', 4],
    ['niños', 2],
  ])('Spanish %s has %i', (word, n) => expect(spanishSyllables(word)).toBe(n));

  it('splits sentences at end marks and line breaks', () => {
    expect(sentences('Come. Read a packet!\n• Tuesday · 4:00 PM')).toEqual([
      'Come.',
      'Read a packet!',
      '• Tuesday · 4:00 PM',
    ]);
  });
});

describe('the invitation reads easily', () => {
  it('in English at grade 8 or below (Flesch–Kincaid)', () => {
    const result = fleschKincaidGrade(familyTexts(invitationForm('en', settings, meetings)));
    expect(result.words).toBeGreaterThan(250);
    expect(result.score).toBeLessThanOrEqual(8);
  });

  it('in Spanish at 70 or more, fairly easy (Fernández-Huerta, Law 2011)', () => {
    const result = fernandezHuerta(familyTexts(invitationForm('es', settings, meetings)));
    expect(result.words).toBeGreaterThan(250);
    expect(result.score).toBeGreaterThanOrEqual(70);
  });
});
