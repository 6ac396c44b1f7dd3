/**
 * The région Passerelle was first built for. Written out so that callers need no file read to
 * know it; a test checks it against the generated `regions.json`.
 */
export const NOUVELLE_AQUITAINE_REGION = '75';
/** The twelve départements of Nouvelle-Aquitaine. */
export const NOUVELLE_AQUITAINE_DEPARTEMENTS: readonly string[] = Object.freeze([
  '16',
  '17',
  '19',
  '23',
  '24',
  '33',
  '40',
  '47',
  '64',
  '79',
  '86',
  '87',
]);
