/**
 * The labelled query set: what people far from employment type, written by us, with what a right
 * answer looks like. Expectations are properties of offers (a ROME code, words of the title),
 * never ids, so the demo generator can evolve without rewriting the set.
 *
 * Expectation syntax, one string per query:
 * - `rome:J1501` — an offer with that ROME code; `rome:N1101|N1103` — with one of them;
 * - `title:vae` — an offer whose folded title contains these words;
 * - `rome:J1501&title:vae` — both at once;
 * - `word:c` — an offer whose title has a word starting with that letter;
 * - `all` — the text asks nothing: every action comes back (not counted in hit@5).
 */
import { foldText, type SearchHit } from '@passerelle/core';

export type QueryKind =
  | 'typo'
  | 'no-accent'
  | 'feminine'
  | 'synonym'
  | 'job'
  | 'multi-word'
  | 'typing'
  | 'elision'
  | 'one-letter'
  | 'empty';

export interface LabelledQuery {
  readonly text: string;
  readonly kind: QueryKind;
  readonly expect: string;
}

const SET: Readonly<Record<QueryKind, ReadonlyArray<readonly [string, string]>>> = {
  typo: [
    ['aide soignnat', 'rome:J1501'],
    ['ade soignant', 'rome:J1501'],
    ['carriste', 'rome:N1101'],
    ['carisre', 'rome:N1101'],
    ['preparateur de comandes', 'rome:N1103'],
    ['comis de cuisine', 'rome:G1602'],
    ['serveur en restauraton', 'rome:G1803'],
    ['plaquistte', 'rome:F1604'],
    ['peintr en batiment', 'rome:F1606'],
    ['maraicheur', 'rome:A1414'],
    ['vendeur en magazin', 'rome:D1106'],
    ['soudeurr', 'rome:H2913'],
    ['operateur de prodution', 'rome:H2102'],
    ['alphabetisasion', 'title:alphabetisation'],
    ['numerik', 'title:numerique'],
    ['francai langue etrangere', 'title:francais langue etrangere'],
    ['auxilliaire de vie', 'rome:K1302'],
    ['accompagnant educatif et socail', 'rome:K1302'],
    ['agent de proprter', 'rome:K2204'],
    ['hospitallier', 'rome:J1301'],
    ['maconerie', 'rome:F1703'],
    ['viticulteur', 'rome:A1405'],
    ['cuisinnier', 'rome:G1602'],
    ['preparatuer de commande', 'rome:N1103'],
    ['soudur', 'rome:H2913'],
  ],
  'no-accent': [
    ['aide soignant', 'rome:J1501'],
    ['preparateur de commandes', 'rome:N1103'],
    ['macon', 'rome:F1703'],
    ['francais', 'title:francais langue etrangere'],
    ['numerique', 'title:numerique'],
    ['menage', 'rome:K2204'],
    ['peintre batiment', 'rome:F1606'],
    ['maraichage', 'rome:A1414'],
    ['employe de commerce', 'rome:D1507'],
    ['operateur de production', 'rome:H2102'],
    ['alphabetisation', 'title:alphabetisation'],
    ['educatif et social', 'rome:K1302'],
    ['proprete', 'rome:K2204'],
    ['hopital', 'rome:J1301|J1501'],
    ['entrepot', 'rome:N1101|N1103'],
    ['ecrire', 'title:ecrire'],
    ['prequalification', 'title:prequalification'],
    ['second oeuvre', 'title:second oeuvre'],
  ],
  feminine: [
    ['aide soignante', 'rome:J1501'],
    ['serveuse', 'rome:G1803'],
    ['vendeuse', 'rome:D1106'],
    ['employee de commerce', 'rome:D1507'],
    ['accompagnante educative et sociale', 'rome:K1302'],
    ['operatrice de production', 'rome:H2102'],
    ['preparatrice de commandes', 'rome:N1103'],
    ['soudeuse', 'rome:H2913'],
    ['maraichere', 'rome:A1414'],
    ['ouvriere viticole', 'rome:A1405'],
    ['agente de proprete', 'rome:K2204'],
    ['agente de service hospitalier', 'rome:J1301'],
    ['cuisiniere', 'rome:G1602'],
    ['conductrice de machines', 'rome:H2102'],
    ['aides soignantes', 'rome:J1501'],
    ['vendeuses en magasin', 'rome:D1106'],
    ['serveuses', 'rome:G1803'],
    ['peintre en batiment femme', 'rome:F1606'],
  ],
  synonym: [
    ['ménage', 'rome:K2204'],
    ['nettoyage', 'rome:K2204'],
    ['femme de ménage', 'rome:K2204'],
    ['caces', 'rome:N1101'],
    ['chariot élévateur', 'rome:N1101'],
    ['magasinier', 'rome:N1103'],
    ['logistique', 'rome:N1101|N1103'],
    ['informatique', 'title:numerique'],
    ['ordinateur', 'title:numerique'],
    ['bureautique', 'title:numerique'],
    ['internet', 'title:numerique'],
    ['FLE', 'title:francais langue etrangere'],
    ['apprendre le français', 'title:francais|title:alphabetisation'],
    ['cours de français', 'title:francais langue etrangere'],
    ['illettrisme', 'title:lire|title:alphabetisation'],
    ['remise à niveau', 'title:niveau|title:lire'],
    ['ASH', 'rome:J1301'],
    ['AES', 'rome:K1302'],
    ['DEAES', 'rome:K1302'],
    ['ADVF', 'rome:K1302'],
    ['aide à domicile', 'rome:K1302'],
    ['DEAS', 'rome:J1501'],
    ['restauration collective', 'rome:G1602'],
    ['barman', 'rome:G1803'],
    ['service en salle', 'rome:G1803'],
    ['mise en rayon', 'rome:D1507'],
    ['caissier', 'rome:D1507'],
    ['caissière', 'rome:D1507'],
    ['hôte de caisse', 'rome:D1507'],
    ['BTP', 'rome:F1703|F1604|F1606'],
    ['gros œuvre', 'rome:F1703'],
    ['placo', 'rome:F1604'],
    ['plâtrier', 'rome:F1604'],
    ['vendanges', 'rome:A1405'],
    ['vigne', 'rome:A1405'],
    ['légumes', 'rome:A1414'],
    ['usine', 'rome:H2102'],
    ['soudure', 'rome:H2913'],
    ['chaudronnerie', 'rome:H2913'],
    ['conducteur de ligne', 'rome:H2102'],
    ['bilan de compétences', 'title:projet professionnel'],
    ['orientation', 'title:projet professionnel|title:decouvrir'],
    ['jardinier', 'rome:A1203'],
    ['paysagiste', 'rome:A1203'],
    ['auxiliaire de vie sociale', 'rome:K1302'],
    ['bionettoyage', 'rome:J1301|K2204'],
  ],
  job: [
    ['cariste', 'rome:N1101'],
    ['maçon', 'rome:F1703'],
    ['plaquiste', 'rome:F1604'],
    ['peintre', 'rome:F1606'],
    ['soudeur', 'rome:H2913'],
    ['serveur', 'rome:G1803'],
    ['cuisinier', 'rome:G1602'],
    ['vendeur', 'rome:D1106'],
    ['aide-soignant', 'rome:J1501'],
    ['auxiliaire de vie', 'rome:K1302'],
    ['agent de propreté', 'rome:K2204'],
    ['ouvrier viticole', 'rome:A1405'],
    ['maraîcher', 'rome:A1414'],
    ['opérateur de production', 'rome:H2102'],
    ['commis de cuisine', 'rome:G1602'],
    ['préparateur de commandes', 'rome:N1103'],
    ['agent de service hospitalier', 'rome:J1301'],
    ['employé commercial', 'rome:D1507'],
    ['accompagnant éducatif et social', 'rome:K1302'],
    ['agent de restauration', 'rome:G1602'],
    ['assistant de vie aux familles', 'rome:K1302'],
    ['ouvrier maraîcher', 'rome:A1414'],
    ['employé de rayon', 'rome:D1507'],
    ['vendeur conseil', 'rome:D1106'],
    ['soudeur assembleur', 'rome:H2913'],
  ],
  'multi-word': [
    ['aide soignant bordeaux', 'rome:J1501'],
    ['cariste limoges', 'rome:N1101'],
    ['formation cariste caces', 'rome:N1101'],
    ['cap agricole vigne', 'rome:A1405'],
    ['titre professionnel maçon', 'rome:F1703'],
    ['vae agent de propreté', 'rome:K2204&title:vae'],
    ['premier niveau de qualification cuisine', 'rome:G1602&title:premier niveau'],
    ['découvrir les métiers du bâtiment', 'title:metiers du batiment'],
    ['préqualification logistique', 'title:prequalification&rome:N1101'],
    ['français au travail', 'title:francais langue etrangere'],
    ['lire écrire compter', 'title:lire ecrire compter'],
    ['apprendre à lire et à écrire', 'title:lire'],
    ["chantier d'insertion espaces verts", 'rome:A1203'],
    ['entretien des espaces verts', 'rome:A1203'],
    ['vente en magasin', 'rome:D1106'],
    ['travailler en ehpad', 'rome:J1501|J1301|K1302'],
    ['conduite de chariots élévateurs', 'rome:N1101'],
    ['démarches en ligne', 'title:numerique'],
    ['smartphone ordinateur', 'title:numerique'],
    ['se remettre à niveau', 'title:niveau'],
    ['maraîchage biologique', 'rome:A1414'],
    ['tri réemploi recyclerie', 'title:recyclerie'],
    ['accompagnement vae maçon', 'rome:F1703&title:vae'],
    ['projet professionnel', 'title:projet professionnel'],
    ['métiers de la restauration', 'rome:G1602|G1803'],
    ['plaques de plâtre', 'rome:F1604'],
    ['aide à la personne', 'rome:K1302|J1501'],
    ['industrie alimentaire', 'rome:H2102'],
  ],
  typing: [
    ['aide soi', 'rome:J1501'],
    ['carist', 'rome:N1101'],
    ['prépa', 'rome:N1103'],
    ['plaq', 'rome:F1604'],
    ['maç', 'rome:F1703'],
    ['soud', 'rome:H2913'],
    ['alpha', 'title:alphabetisation'],
    ['numé', 'title:numerique'],
    ['fran', 'title:francais'],
    ['serv', 'rome:G1803|J1301'],
    ['menag', 'rome:K2204|K1302'],
    ['vitic', 'rome:A1405'],
    ['auxil', 'rome:K1302'],
    ['commis de cui', 'rome:G1602'],
    ['opérateur de prod', 'rome:H2102'],
    ['agent de pro', 'rome:K2204'],
    ['vendeu', 'rome:D1106'],
    ['vendeus', 'rome:D1106'],
    ['peint', 'rome:F1606'],
    ['maraîch', 'rome:A1414'],
  ],
  elision: [
    ["d'aide-soignant", 'rome:J1501'],
    ["l'hôpital", 'rome:J1301|J1501'],
    ["qu'est-ce que la VAE", 'title:vae'],
    ["l'entrepôt", 'rome:N1101|N1103'],
    ["d'insertion", 'title:insertion'],
    ['l’agriculture', 'rome:A1414|A1405'],
    ["L'ALPHABÉTISATION", 'title:alphabetisation'],
    ["j'apprends le français", 'title:francais|title:alphabetisation'],
  ],
  'one-letter': [
    ['c', 'word:c'],
    ['a', 'word:a'],
    ['m', 'word:m'],
    ['s', 'word:s'],
    ['p', 'word:p'],
    ['v', 'word:v'],
  ],
  empty: [
    ['', 'all'],
    ['   ', 'all'],
    ["l'", 'all'],
    ['de la', 'all'],
  ],
};

export const LABELLED_QUERIES: readonly LabelledQuery[] = Object.entries(SET).flatMap(([kind, entries]) =>
  entries.map(([text, expect]) => ({ text, kind: kind as QueryKind, expect })),
);

/** The offer facts an expectation looks at: enough for any engine's hit, not only ours. */
export interface JudgedOffer {
  readonly title: string;
  readonly rome: readonly string[];
}

/** True when the offer is a right answer for the expectation. */
export function satisfies(expect: string, offer: JudgedOffer): boolean {
  const title = foldText(offer.title);
  return expect.split('|').some((alternative, i, all) => {
    // `rome:A|B` shares its prefix: `B` alone means `rome:B`.
    const full = alternative.includes(':') ? alternative : `${all[0]!.split(':')[0]}:${alternative}`;
    return full.split('&').every((condition) => {
      const [kind, value = ''] = condition.split(':');
      switch (kind) {
        case 'rome':
          return offer.rome.includes(value);
        case 'title':
          return title.includes(foldText(value));
        case 'word':
          return title.split(' ').some((word) => word.startsWith(value));
        default:
          return false;
      }
    });
  });
}

/** Whether a query is judged by its top 5 (every kind but `all`). */
export function isRanked(query: LabelledQuery): boolean {
  return query.expect !== 'all';
}

/** hit@5: one of the first five offers is a right answer. */
export function hitAt5(query: LabelledQuery, offers: readonly JudgedOffer[]): boolean {
  return offers.slice(0, 5).some((offer) => satisfies(query.expect, offer));
}

export function offersOf(hits: readonly SearchHit[]): JudgedOffer[] {
  return hits.map((hit) => hit.offer);
}
