/**
 * Programme names and plain-French explanations for badges (« C'est quoi ? ») and the orientation tab.
 *
 * TEMPORARY: the rulesets (with their programme explanations) are being written in `@passerelle/data`
 * at the same time as this widget. Until `getRuleset` lands, this holds the programme names of the
 * Nouvelle-Aquitaine ruleset as the contract (`orientation.md`) lists them, with short explanations.
 */

export interface ProgrammeInfo {
  readonly id: string;
  readonly name: string;
  /** One or two short sentences a person who reads with difficulty can follow. */
  readonly explanation: string;
  /** What to bring to the first meeting. */
  readonly whatToBring: readonly string[];
}

export interface RulesetInfo {
  readonly id: string;
  readonly name: string;
  readonly programmes: readonly ProgrammeInfo[];
}

export const defaultRulesetId = 'nouvelle-aquitaine';

const commonBring = [
  'Une pièce d’identité',
  'Votre CV si vous en avez un',
  'Votre identifiant France Travail si vous en avez un',
];

const rulesets: readonly RulesetInfo[] = [
  {
    id: 'nouvelle-aquitaine',
    name: 'Région Nouvelle-Aquitaine',
    programmes: [
      {
        id: 'hsp-socle',
        name: 'HSP « Socle de compétences »',
        explanation:
          'Une formation gratuite payée par la Région pour apprendre ou réapprendre à lire, écrire, compter, parler français ou utiliser un ordinateur.',
        whatToBring: commonBring,
      },
      {
        id: 'prequalification',
        name: 'Préqualification',
        explanation:
          'Une formation gratuite pour trouver votre projet : découvrir des métiers, faire des stages, vous entraîner aux entretiens.',
        whatToBring: commonBring,
      },
      {
        id: 'hsp-premier-niveau',
        name: 'HSP « 1er niveau de qualification »',
        explanation:
          'Une formation gratuite payée par la Région pour obtenir un premier diplôme ou titre de métier, à votre rythme.',
        whatToBring: commonBring,
      },
      {
        id: 'qualifying-training',
        name: 'Formation qualifiante',
        explanation:
          'Une formation de la Région pour apprendre un métier et obtenir un diplôme ou un titre reconnu.',
        whatToBring: commonBring,
      },
      {
        id: 'vae',
        name: 'VAE (validation des acquis de l’expérience)',
        explanation:
          'Obtenir un diplôme grâce à ce que vous avez appris en travaillant, sans retourner en formation.',
        whatToBring: [
          ...commonBring,
          'Les preuves de votre expérience : contrats, fiches de paie, attestations',
        ],
      },
      {
        id: 'iae',
        name: 'Insertion par l’activité économique',
        explanation: 'Un vrai travail payé, avec une personne qui vous accompagne pour la suite.',
        whatToBring: commonBring,
      },
    ],
  },
];

export const knownRulesetIds: readonly string[] = rulesets.map((ruleset) => ruleset.id);

export function rulesetInfo(id: string): RulesetInfo | undefined {
  return rulesets.find((ruleset) => ruleset.id === id);
}

const pictograms: Readonly<Record<string, string>> = {
  'hsp-socle': '✏️',
  prequalification: '🧭',
  'hsp-premier-niveau': '🎓',
  'qualifying-training': '🛠️',
  vae: '📜',
  iae: '🤝',
};

/** A decorative pictogram for a programme badge (always hidden from assistive technology). */
export function pictogram(programmeId: string): string {
  return pictograms[programmeId] ?? '📘';
}
