/**
 * Decorative pictograms for questions, answers and steps: symbols that common text fonts carry (no
 * emoji font on cheap phones), in text presentation (U+FE0E) so they follow the text colour and
 * forced colours. Always hidden from assistive technology: the label says it all.
 */
const byField: Readonly<Record<string, string>> = {
  age: '\u263A\uFE0E',
  employment: '\u2692\uFE0E',
  wantsToWorkNow: '\u2692\uFE0E',
  project: '\u279C\uFE0E',
  schooling: '\u2302\uFE0E',
  frenchSpeaking: '\u260E\uFE0E',
  readingWriting: '\u270F\uFE0E',
  numeracy: '\u00B1',
  digitalSkills: '\u2328\uFE0E',
  barriers: '\u26A0\uFE0E',
  highestLevel: '\u2605\uFE0E',
  levelObsolete: '\u267B\uFE0E',
  experienceYears: '\u2714\uFE0E',
  disabilityRecognition: '\u267F\uFE0E',
  rsa: '\u20AC',
  registeredWithFranceTravail: '\u2709\uFE0E',
  targetJob: '\u2692\uFE0E',
  postalCode: '\u2691\uFE0E',
};

const byNeed: Readonly<Record<string, string>> = {
  'school-guidance': '\u2302\uFE0E',
  barriers: '\u2699\uFE0E',
  literacy: '\u270F\uFE0E',
  'french-language': '\u260E\uFE0E',
  'basic-skills': '\u270F\uFE0E',
  'digital-skills': '\u2328\uFE0E',
  'career-project': '\u279C\uFE0E',
  qualification: '\u2605\uFE0E',
  'experience-validation': '\u2714\uFE0E',
  'supported-employment': '\u2692\uFE0E',
};

export function fieldPictogram(field: string): string {
  return byField[field] ?? '\u25CF\uFE0E';
}

export function needPictogram(need: string): string {
  return byNeed[need] ?? '\u25CF\uFE0E';
}

/** Yes and no read at a glance; other answers take their question's pictogram. */
export function answerPictogram(field: string, value: unknown): string {
  if (value === true) return '\u2714\uFE0E';
  if (value === false) return '\u2716\uFE0E';
  return fieldPictogram(field);
}

export const DONT_KNOW_PICTOGRAM = '?';
export const PASS_PICTOGRAM = '\u21B7\uFE0E';
export const JOB_PICTOGRAM = '\u2691\uFE0E';
