import { foldedWords, isMeaningfulWord, stemFrench } from '../text/french.js';

/**
 * What people and bénévoles say (« jeune », « sans diplôme », « apprendre à lire ») rather than
 * job words: each entry points to programmes, needs and, when a training is not the first step,
 * the relay to see first. Kept beside the métier table (`lexicon.ts`) and, like it, data.
 *
 * FLE, alphabétisation and illettrisme stay apart as in the orientation rules: schooled in another
 * language (`french-language` → FLE), little or no schooling (`literacy` → alphabétisation),
 * schooled in French but reading has gone (`basic-skills` → savoirs de base).
 */
export interface PeopleWord {
  /** What people type, folded when compared (accents and case do not matter). */
  readonly phrases: readonly string[];
  /** Programme ids (rulesets' `programmes[].id`) a query of these words selects as a filter. */
  readonly programmes: readonly string[];
  /** Needs of the orientation rules this points to. */
  readonly needs: readonly string[];
  /** Relay kind to meet first when the right first step is a relay, not a training. */
  readonly relay?: string;
  /**
   * Conditions these words select whatever else the query holds: « cuisine handicap » asks for
   * cooking trainings open to people with disabilities.
   */
  readonly conditions?: WordConditions;
  /**
   * Words searched in place of the phrase; empty to list every training of the programmes;
   * absent to search the phrase's own words.
   */
  readonly search?: string;
}

/** The search filters, beyond programmes, that people's words can stand for. */
export interface WordConditions {
  /** « handicap », « RQTH »: only actions that say they are accessible to people with disabilities. */
  readonly disabilityAccess?: true;
  /**
   * « jeune », « RSA »: only actions aimed at one of these publics (Formacode « public visé »
   * codes, LHÉO `code-public-vise`), with the words a chip shows for them.
   */
  readonly publics?: { readonly codes: readonly string[]; readonly label: string };
}

/** Words people use (« jeune », « sans diplôme ») and the programmes, needs or relays they stand for. */
export const PEOPLE_WORDS: readonly PeopleWord[] = [
  {
    phrases: ['jeune', 'jeunes', 'moins de 26 ans', 'ado', 'adolescent', 'decrocheur', 'decrochage scolaire'],
    programmes: [],
    needs: ['school-guidance'],
    relay: 'mission-locale',
    // Formacode v14: demandeur d'emploi de moins de 26 ans, jeune 16-25 ans, jeune, jeune 16-29 ans.
    conditions: { publics: { codes: ['80009', '81024', '81032', '81033'], label: 'Pour les jeunes' } },
    search: '',
  },
  {
    phrases: ['sans diplome', 'pas de diplome', 'aucun diplome', 'sans qualification', 'pas qualifie'],
    programmes: ['hsp-premier-niveau', 'prequalification'],
    needs: ['qualification'],
    search: '',
  },
  {
    phrases: ['apprendre a lire', 'savoir lire', 'sait pas lire', 'lire et ecrire', 'jamais ete a l ecole'],
    programmes: ['hsp-socle'],
    needs: ['literacy'],
    search: 'alphabetisation',
  },
  {
    phrases: [
      'parler francais',
      'apprendre le francais',
      'apprendre francais',
      'cours de francais',
      'parle pas francais',
      'francais pour etrangers',
    ],
    programmes: ['hsp-socle'],
    needs: ['french-language'],
    search: 'francais langue etrangere',
  },
  {
    phrases: [
      'remise a niveau',
      'remettre a niveau',
      'illettrisme',
      'lire ecrire compter',
      'calcul',
      'compter',
    ],
    programmes: ['hsp-socle'],
    needs: ['basic-skills'],
  },
  {
    phrases: ['reprendre confiance', 'confiance en soi', 'remobilisation', 'se remobiliser', 'redemarrer'],
    programmes: ['prequalification'],
    needs: ['career-project'],
    search: 'projet professionnel',
  },
  {
    phrases: ['trouver un metier', 'quel metier', 'choisir un metier', 'idee de metier', 'savoir quoi faire'],
    programmes: ['prequalification'],
    needs: ['career-project'],
    search: 'projet professionnel',
  },
  {
    phrases: ['handicap', 'handicape', 'rqth', 'travailleur handicape'],
    programmes: [],
    needs: ['barriers'],
    relay: 'cap-emploi',
    conditions: { disabilityAccess: true },
    search: '',
  },
  {
    phrases: ['rsa', 'allocataire rsa', 'beneficiaire du rsa'],
    programmes: [],
    needs: ['barriers'],
    relay: 'departement',
    // Formacode v14: bénéficiaire du RSA.
    conditions: { publics: { codes: ['80010'], label: 'Pour les personnes au RSA' } },
    search: '',
  },
  {
    phrases: ['permis', 'passer le permis'],
    programmes: [],
    needs: ['barriers'],
    search: 'permis de conduire',
  },
  {
    phrases: [
      'informatique',
      'ordi',
      'utiliser un ordinateur',
      'internet',
      'smartphone',
      'demarches en ligne',
    ],
    // Not a programme: « informatique » is also what a future developer types.
    programmes: [],
    needs: ['digital-skills'],
    search: 'numerique',
  },
  {
    phrases: ['vae', 'faire reconnaitre mon experience', 'valider mon experience'],
    programmes: ['vae'],
    needs: ['experience-validation'],
    relay: 'vae-point',
    search: 'vae',
  },
];

/**
 * Every « public visé » code people's words can ask for: published cards keep these (and only
 * these) of an action's publics, so the filter works on them too.
 */
export const PEOPLE_PUBLICS: ReadonlySet<string> = new Set(
  PEOPLE_WORDS.flatMap((word) => word.conditions?.publics?.codes ?? []),
);

/** A people's phrase found in a query, with what it points to. */
export interface UnderstoodWords {
  /** The words of the query it covers (folded). */
  readonly words: string;
  readonly programmes: readonly string[];
  readonly needs: readonly string[];
  readonly relay?: string;
  readonly conditions?: WordConditions;
}

interface Entry {
  readonly stems: readonly string[];
  readonly word: PeopleWord;
}

let entries: readonly Entry[] | undefined;
function entriesOf(): readonly Entry[] {
  entries ??= PEOPLE_WORDS.flatMap((word) =>
    word.phrases.map((phrase) => ({ stems: meaningfulStems(phrase).stems, word })),
  )
    .filter((entry) => entry.stems.length > 0)
    .sort((a, b) => b.stems.length - a.stems.length);
  return entries;
}

function meaningfulStems(text: string): { words: string[]; stems: string[] } {
  const words = foldedWords(text).filter(isMeaningfulWord);
  return { words, stems: words.map(stemFrench) };
}

/** What `interpretPeopleWords` read in a query: the programmes, needs and relays its words name. */
export interface Interpretation {
  /** The text to search: people's phrases replaced by their search words. */
  readonly text: string;
  readonly understood: readonly UnderstoodWords[];
  /** True when every meaningful word was a people's phrase. */
  readonly onlyPeopleWords: boolean;
}

/**
 * Finds people's phrases in a query (longest first) and rewrites it for the index.
 *
 * @example
 * ```ts
 * const read = interpretPeopleWords('jeune sans diplôme cuisine');
 * read?.text; // 'cuisine'
 * read?.understood.map((words) => words.relay ?? words.programmes); // ['mission-locale', ['hsp-premier-niveau', 'prequalification']]
 * interpretPeopleWords('cuisine'); // null
 * ```
 */
export function interpretPeopleWords(text: string): Interpretation | null {
  const { words, stems } = meaningfulStems(text);
  if (words.length === 0) return null;
  const understood: UnderstoodWords[] = [];
  const searched: string[] = [];
  const rest: string[] = [];
  let lastKept = false;
  for (let i = 0; i < stems.length;) {
    const entry = entriesOf().find(
      (candidate) =>
        i + candidate.stems.length <= stems.length &&
        candidate.stems.every((stem, k) => stems[i + k] === stem),
    );
    if (entry === undefined) {
      rest.push(words[i]!);
      lastKept = true;
      i += 1;
      continue;
    }
    const { word } = entry;
    understood.push({
      words: words.slice(i, i + entry.stems.length).join(' '),
      programmes: word.programmes,
      needs: word.needs,
      ...(word.relay === undefined ? {} : { relay: word.relay }),
      ...(word.conditions === undefined ? {} : { conditions: word.conditions }),
    });
    const search = word.search ?? words.slice(i, i + entry.stems.length).join(' ');
    if (search !== '') searched.push(search);
    lastKept = false;
    i += entry.stems.length;
  }
  if (understood.length === 0) return null;
  // The word being typed keeps its prefix search only if it is still the last one.
  const typing = lastKept && /[\p{L}\p{N}]$/u.test(text);
  const rewritten = [...searched, ...rest].join(' ');
  return {
    text: rewritten === '' ? '' : typing ? rewritten : `${rewritten} `,
    understood,
    onlyPeopleWords: rest.length === 0,
  };
}
