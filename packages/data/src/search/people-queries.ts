/**
 * The labelled queries of issue 13: written the way people far from employment and the bénévoles
 * beside them type — no accents, phonetic spellings, SMS style, feminine and plural forms,
 * people's words, a place inside the query, questions — plus queries holding a word no training
 * contains, which must get an honest partial answer. Same expectation syntax as
 * `labelled-queries.ts`, and one more: `honest:xyzzq` — the answer must not claim a full match
 * and must name `xyzzq` among the words no training contains.
 */
import type { SearchResults } from '@passerelle/core';
import { hitAt5, type JudgedOffer } from './labelled-queries.js';

export type PeopleQueryKind =
  'no-accent' | 'phonetic' | 'sms' | 'feminine' | 'plural' | 'people' | 'place' | 'question' | 'nonsense';

export interface PeopleQuery {
  readonly text: string;
  readonly kind: PeopleQueryKind;
  readonly expect: string;
}

const SET: Readonly<Record<PeopleQueryKind, ReadonlyArray<readonly [string, string]>>> = {
  'no-accent': [
    ['aide soignante', 'rome:J1501'],
    ['preparatrice de commande', 'rome:N1103'],
    ['employee de commerce', 'rome:D1507'],
    ['peintre en batiment', 'rome:F1606'],
    ['agent de proprete', 'rome:K2204'],
    ['maraichere', 'rome:A1414'],
    ['accompagnante educative et sociale', 'rome:K1302'],
    ['operatrice de production', 'rome:H2102'],
    ['francais langue etrangere', 'title:francais langue etrangere'],
    ['alphabetisation', 'title:alphabetisation'],
    ['numerique debutant', 'title:numerique'],
    ['ouvriere viticole', 'rome:A1405'],
    ['metiers du batiment', 'rome:F1703|F1604|F1606'],
    ['hotellerie restauration', 'rome:G1602|G1803'],
    ['agent de service hospitaliere', 'rome:J1301'],
    ['remise a niveau', 'title:niveau|title:lire'],
    ['preparation diplome aide soignant', 'rome:J1501'],
    ['metiers de l agriculture', 'rome:A1414|A1405'],
    ['soudeuse', 'rome:H2913'],
    ['serveuse restauration', 'rome:G1803'],
  ],
  phonetic: [
    ['ede a domissil', 'rome:K1302|J1501'],
    ['ed soignant', 'rome:J1501'],
    ['karist', 'rome:N1101'],
    ['kariste', 'rome:N1101'],
    ['plakiste', 'rome:F1604'],
    ['massonerie', 'rome:F1703'],
    ['maconnerie', 'rome:F1703'],
    ['sudeur', 'rome:H2913'],
    ['soudeure', 'rome:H2913'],
    ['vandeur', 'rome:D1106'],
    ['vendeure', 'rome:D1106'],
    ['cuizine', 'rome:G1602'],
    ['cuisinie', 'rome:G1602'],
    ['serveure', 'rome:G1803'],
    ['aide soigniante', 'rome:J1501'],
    ['agen de propreter', 'rome:K2204'],
    ['preparateur de comande', 'rome:N1103'],
    ['alfabetisation', 'title:alphabetisation'],
    ['numerike', 'title:numerique'],
    ['peintres batimen', 'rome:F1606'],
    ['maraichaje', 'rome:A1414'],
    ['viticol', 'rome:A1405'],
    ['logistik', 'rome:N1101|N1103'],
    ['hopitale', 'rome:J1301|J1501'],
    ['ordinateure', 'title:numerique'],
    // k / c / qu, ss / ç, ph / f, m / n before b or p: spelt as it sounds.
    ['masson', 'rome:F1703'],
    ['plakist', 'rome:F1604'],
    ['kommis de kuisine', 'rome:G1602'],
    ['informatik', 'title:numerique'],
    ['alfabetisassion', 'title:alphabetisation'],
    ['preparateur de komandes', 'rome:N1103'],
    ['vandeuse en magazin', 'rome:D1106'],
    ['agent de servisse hospitalier', 'rome:J1301'],
  ],
  sms: [
    ['aide soignant stp', 'rome:J1501'],
    ['formation cariste svp', 'rome:N1101'],
    ['cherche formation vendeur', 'rome:D1106'],
    ['jcherche taf cuisine', 'rome:G1602'],
    ['jveux etre aide soignante', 'rome:J1501'],
    ['jsuis interessee par la vente', 'rome:D1106|D1507'],
    ['slt cherche macon', 'rome:F1703'],
    ['bjr formation menage', 'rome:K2204'],
    ['besoin formation caces', 'rome:N1101'],
    ['formation ordi', 'title:numerique'],
    ['cour de francais', 'title:francais langue etrangere'],
    ['cours francais', 'title:francais langue etrangere'],
    ['taf dans le batiment', 'rome:F1703|F1604|F1606'],
    ['boulot espaces verts', 'rome:A1203'],
    ['travail vigne', 'rome:A1405'],
    ['formation soudure urgent', 'rome:H2913'],
    ['plaquiste pls', 'rome:F1604'],
    ['serveur resto', 'rome:G1803'],
    ['aide a la personne', 'rome:K1302|J1501'],
    ['menage bureaux', 'rome:K2204'],
  ],
  feminine: [
    ['vendeuse', 'rome:D1106'],
    ['vendeuse en magasin', 'rome:D1106'],
    ['caissiere', 'rome:D1507'],
    ['serveuse', 'rome:G1803'],
    ['cuisiniere', 'rome:G1602'],
    ['commise de cuisine', 'rome:G1602'],
    ['aide soignante', 'rome:J1501'],
    ['preparatrice de commandes', 'rome:N1103'],
    ['agente de proprete', 'rome:K2204'],
    ['femme de menage', 'rome:K2204'],
    ['ouvriere agricole', 'rome:A1414|A1405'],
    ['maraichere', 'rome:A1414'],
    ['operatrice', 'rome:H2102'],
    ['conductrice de machines', 'rome:H2102'],
    ['accompagnante educative', 'rome:K1302'],
    ['employee commerciale', 'rome:D1507'],
    ['peintre en batiment femme', 'rome:F1606'],
    ['cariste femme', 'rome:N1101'],
    ['agente de service hospitalier', 'rome:J1301'],
    ['vendeuse conseil', 'rome:D1106'],
  ],
  plural: [
    ['aides soignants', 'rome:J1501'],
    ['vendeurs', 'rome:D1106'],
    ['vendeuses', 'rome:D1106'],
    ['caristes', 'rome:N1101'],
    ['macons', 'rome:F1703'],
    ['soudeurs', 'rome:H2913'],
    ['serveurs', 'rome:G1803'],
    ['plaquistes', 'rome:F1604'],
    ['cuisiniers', 'rome:G1602'],
    ['maraichers', 'rome:A1414'],
    ['espaces vert', 'rome:A1203'],
    ['metiers de la logistique', 'rome:N1101|N1103'],
    ['metiers du soin', 'rome:J1501|J1301'],
    ['chantiers d insertion', 'title:insertion'],
    ['operateurs de production', 'rome:H2102'],
  ],
  people: [
    ['jeune', 'title:qualification|title:insertion|title:projet|title:niveau'],
    ['apprendre a lire', 'title:alphabetisation'],
    ['apprendre a lire et ecrire', 'title:alphabetisation'],
    ['savoir lire', 'title:alphabetisation'],
    ['parler francais', 'title:francais langue etrangere'],
    ['apprendre le francais', 'title:francais langue etrangere'],
    ['remise a niveau', 'title:niveau|title:lire'],
    ['illettrisme', 'title:lire ecrire compter|title:niveau'],
    ['reprendre confiance', 'title:projet professionnel'],
    ['trouver un metier', 'title:projet professionnel|title:decouvrir'],
    ['quel metier choisir', 'title:projet professionnel|title:decouvrir'],
    ['sans diplome', 'title:premier niveau|title:decouvrir'],
    ['pas de diplome', 'title:premier niveau|title:decouvrir'],
    ['informatique', 'title:numerique'],
    ['utiliser un ordinateur', 'title:numerique'],
    ['demarches en ligne', 'title:numerique'],
    ['smartphone', 'title:numerique'],
    ['calcul', 'title:compter|title:niveau'],
    ['valider mon experience', 'title:vae'],
    ['vae', 'title:vae'],
    ['rsa', 'title:insertion|title:qualification|title:projet'],
    ['handicap', 'title:qualification|title:insertion|title:projet|title:niveau'],
    ['jeune sans diplome', 'title:qualification|title:decouvrir|title:projet'],
    ['jeune cuisine', 'rome:G1602'],
    ['francais pour etrangers', 'title:francais langue etrangere'],
  ],
  place: [
    ['cuisine pau', 'rome:G1602'],
    ['aide soignant bordeaux', 'rome:J1501'],
    ['cariste limoges', 'rome:N1101'],
    ['macon poitiers', 'rome:F1703'],
    ['vendeuse la rochelle', 'rome:D1106'],
    ['menage bayonne', 'rome:K2204'],
    ['apprendre le francais limoges', 'title:francais langue etrangere'],
    ['fle bordeaux', 'title:francais langue etrangere'],
    ['alphabetisation pau', 'title:alphabetisation'],
    ['numerique angouleme', 'title:numerique'],
    ['soudeur niort', 'rome:H2913'],
    ['plaquiste perigueux', 'rome:F1604'],
    ['serveur biarritz', 'rome:G1803'],
    ['vigne bordeaux', 'rome:A1405'],
    ['espaces verts limoges', 'rome:A1203'],
    ['preparateur de commandes poitiers', 'rome:N1103'],
    ['aide soignante a pau', 'rome:J1501'],
    ['formation cuisine a bordeaux', 'rome:G1602'],
    ['remise a niveau limoges', 'title:niveau|title:lire'],
    ['peintre mont de marsan', 'rome:F1606'],
  ],
  question: [
    ['comment devenir aide soignante', 'rome:J1501'],
    ['comment devenir cariste', 'rome:N1101'],
    ['comment passer le caces', 'rome:N1101'],
    ['ou apprendre le francais', 'title:francais langue etrangere'],
    ['comment apprendre a lire', 'title:alphabetisation'],
    ['je veux travailler dans la vente', 'rome:D1106|D1507'],
    ['je voudrais devenir vendeuse', 'rome:D1106'],
    ['je cherche une formation en cuisine', 'rome:G1602'],
    ['quelle formation pour etre macon', 'rome:F1703'],
    ['je veux faire du menage', 'rome:K2204'],
    ['comment travailler a l hopital', 'rome:J1301|J1501'],
    ['je veux apprendre l informatique', 'title:numerique'],
    ['c est quoi la vae', 'title:vae'],
    ['je veux travailler dans les vignes', 'rome:A1405'],
    ['comment devenir soudeur', 'rome:H2913'],
  ],
  nonsense: [
    ['xyzzq plomberie sous-marine', 'honest:xyzzq'],
    ['xyzzq', 'honest:xyzzq'],
    ['cariste qwxz', 'honest:qwxz'],
    ['aide soignant blorpf', 'honest:blorpf'],
    ['zzkw cuisine', 'honest:zzkw'],
    ['vendeur grmbl', 'honest:grmbl'],
    ['asdfgh', 'honest:asdfgh'],
    ['macon kqxv', 'honest:kqxv'],
    ['wxqz francais', 'honest:wxqz'],
    ['plaquiste jjjqqq', 'honest:jjjqqq'],
  ],
};

export const PEOPLE_QUERIES: readonly PeopleQuery[] = Object.entries(SET).flatMap(([kind, entries]) =>
  entries.map(([text, expect]) => ({ text, kind: kind as PeopleQueryKind, expect })),
);

/** Whether a query is judged by an honest partial answer rather than by its top 5. */
export function isHonestyQuery(query: PeopleQuery): boolean {
  return query.expect.startsWith('honest:');
}

/** An honest answer: no full match claimed, and the nonsense word named as found nowhere. */
export function isHonest(query: PeopleQuery, results: SearchResults): boolean {
  const word = query.expect.slice('honest:'.length);
  return results.match !== 'all' && (results.missingWords ?? []).includes(word);
}

/** Reciprocal rank of the first right answer in the first ten, 0 when there is none. */
export function reciprocalRank(query: PeopleQuery, offers: readonly JudgedOffer[]): number {
  const at = offers.slice(0, 10).findIndex((offer) => hitAt5({ ...query, kind: 'job' }, [offer]));
  return at < 0 ? 0 : 1 / (at + 1);
}
