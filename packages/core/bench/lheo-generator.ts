/**
 * A generator of big LHÉO 2.2 files for the import benchmark: varied, realistic, fictitious
 * records (about one in 200 broken), the same file on every run (seeded PRNG). The files go to a
 * temporary folder and are never committed.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** Small deterministic PRNG (mulberry32) so every run generates the same file. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20261122);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
const int = (min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));
const digits = (n: number): string => Array.from({ length: n }, () => int(0, 9)).join('');
/**
 * Numeros as some Carif-Oref exports write them (`14_AF_0000011234`): 16 characters, long enough
 * for V8 to read them as slices of the parsed text, so a numero kept by the importer would keep
 * its whole chunk alive and memory would grow with the file.
 */
const numero = (kind: string, id: number): string => `14_${kind}_${String(id).padStart(10, '0')}`;
const date = (year: number): string =>
  `${year}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 28)).padStart(2, '0')}`;

const TITLES = [
  'Remise à niveau : lire, écrire, compter',
  'Français langue étrangère - niveau A2',
  'Cariste d&apos;entrepôt - CACES R489',
  'Agent de propreté et d&apos;hygiène',
  'Assistant de vie aux familles',
  'Aide-soignant - préparation au concours',
  'Boulanger - CAP en 10 mois',
  'Préparation opérationnelle à l&apos;emploi - logistique',
  'Découverte des métiers du numérique',
  'Employé commercial en magasin',
  'Agent de restauration collective',
  'Parcours d&apos;insertion - chantier formation bâtiment',
];
const CITIES = [
  ['33000', 'Bordeaux', '33', '33063', '72'],
  ['24000', 'Périgueux', '24', '24322', '72'],
  ['87000', 'Limoges', '87', '87085', '74'],
  ['86000', 'Poitiers', '86', '86194', '54'],
  ['64000', 'Pau', '64', '64445', '75'],
  ['17000', 'La Rochelle', '17', '17300', '54'],
  ['19000', 'Tulle', '19', '19272', '74'],
  ['40000', 'Mont-de-Marsan', '40', '40192', '75'],
] as const;
const PARAGRAPH =
  'Cette formation permet d&apos;acquérir les compétences de base du métier, en centre et en entreprise, ' +
  'avec un accompagnement individualisé et des mises en situation professionnelles régulières.';

function address(): string {
  const [postal, city, dept, insee, region] = pick(CITIES);
  return `<adresse>
<ligne>${int(1, 120)} rue de l&apos;Exemple</ligne>
<codepostal>${postal}</codepostal>
<ville>${city}</ville>
<departement>${dept}</departement>
<code-INSEE-commune>${insee}</code-INSEE-commune>
<region>${region}</region>
<pays>FR</pays>
<geolocalisation><latitude>${(43 + rand() * 3).toFixed(6).replace('.', ',')}</latitude><longitude>${(-1.5 + rand() * 3).toFixed(6)}</longitude></geolocalisation>
</adresse>`;
}

function session(id: number): string {
  const year = int(2026, 2028);
  const unknown = rand() < 0.1;
  return `<session numero="${numero('SE', id)}" datecrea="20260105">
<periode><debut>${unknown ? '00000000' : date(year)}</debut><fin>${unknown ? '99999999' : date(year + 1)}</fin></periode>
<adresse-inscription>${address()}</adresse-inscription>
<etat-recrutement>${int(1, 3)}</etat-recrutement>
<extras info="session-perimee"><extra info="session-perimee">0</extra></extras>
</session>`;
}

function action(id: number, sessions: string): string {
  return `<action numero="${numero('AC', id)}">
<rythme-formation>Temps plein, ${int(20, 35)} heures par semaine</rythme-formation>
<code-public-vise ref="V14">${pick(['15082', '15040', '15061', '15084'])}</code-public-vise>
<niveau-entree-obligatoire>0</niveau-entree-obligatoire>
<modalites-alternance>-</modalites-alternance>
<modalites-enseignement>${int(0, 2)}</modalites-enseignement>
<conditions-specifiques>&lt;p&gt;Être inscrit comme demandeur d&apos;emploi.&lt;/p&gt;&lt;p&gt;Entretien préalable.&lt;/p&gt;</conditions-specifiques>
<prise-en-charge-frais-possible>${int(0, 1)}</prise-en-charge-frais-possible>
<lieu-de-formation><coordonnees><nom>Centre fictif ${id}</nom>${address()}<telfixe><numtel>05 00 00 00 00</numtel></telfixe></coordonnees></lieu-de-formation>
<modalites-entrees-sorties>${int(0, 1)}</modalites-entrees-sorties>
<url-action><urlweb>https://formation.exemple.invalid/action/${id}</urlweb></url-action>
${sessions}
<adresse-information>${address()}</adresse-information>
<date-information><date>${date(2026)}</date></date-information>
<restauration>Restauration sur place</restauration>
<acces-handicapes>Locaux accessibles</acces-handicapes>
<langue-formation>FR</langue-formation>
<modalites-recrutement>Information collective, entretien</modalites-recrutement>
<prix-horaire-TTC>${int(8, 25)},${int(10, 99)}</prix-horaire-TTC>
<nombre-heures-centre>${int(35, 800)}</nombre-heures-centre>
<nombre-heures-entreprise>${int(0, 210)}</nombre-heures-entreprise>
<nombre-heures-total>${int(35, 1000)}</nombre-heures-total>
<conventionnement>${int(0, 1)}</conventionnement>
<organisme-formateur><SIRET-formateur><SIRET>${digits(14)}</SIRET></SIRET-formateur><raison-sociale-formateur>Organisme formateur fictif</raison-sociale-formateur></organisme-formateur>
<organisme-financeur><code-financeur>${pick(['2', '4', '10', '16'])}</code-financeur><nb-places-financees>${int(4, 20)}</nb-places-financees>
<extras info="specificites"><extra info="programme-financeur">Programme régional fictif</extra></extras></organisme-financeur>
<extras info="dispositif"><extra info="contrat-apprentissage">0</extra><extra info="contrat-professionnalisation">0</extra></extras>
</action>`;
}

let nextId = 1;
function formation(): string {
  const id = nextId++;
  // About one record in 200 is broken: no title (rejected) or a 15-digit SIRET (dropped).
  const broken = rand() < 0.005;
  const actions = Array.from({ length: int(1, 3) }, () => {
    const actionId = nextId++;
    const sessions = Array.from({ length: int(1, 4) }, () => session(nextId++)).join('\n');
    return action(actionId, sessions);
  }).join('\n');
  return `<formation numero="${numero('AF', id)}" datecrea="20260105" datemaj="20260301">
<domaine-formation>
<code-FORMACODE ref="V14">${int(10000, 49999)}</code-FORMACODE>
<code-FORMACODE ref="V14" tag="principal">${int(10000, 49999)}</code-FORMACODE>
<code-NSF>${int(100, 999)}</code-NSF>
<code-ROME>${pick(['K2111', 'N1103', 'D1106', 'J1501', 'G1603'])}</code-ROME>
</domaine-formation>
<intitule-formation>${broken && rand() < 0.5 ? '-' : pick(TITLES)}</intitule-formation>
<objectif-formation>&lt;p&gt;${PARAGRAPH}&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Objectif ${id}&lt;/li&gt;&lt;li&gt;Accès à l&apos;emploi&lt;/li&gt;&lt;/ul&gt;</objectif-formation>
<resultats-attendus>Attestation de compétences</resultats-attendus>
<contenu-formation>${PARAGRAPH}
${PARAGRAPH}</contenu-formation>
<certifiante>${int(0, 1)}</certifiante>
<contact-formation><coordonnees><civilite>Madame</civilite><nom>Exemple</nom><prenom>Camille</prenom><telfixe><numtel>05 00 00 00 00</numtel></telfixe><courriel>contact@exemple.invalid</courriel></coordonnees></contact-formation>
<parcours-de-formation>${int(1, 4)}</parcours-de-formation>
<code-niveau-entree>${pick(['0', '1', '3', '11'])}</code-niveau-entree>
<objectif-general-formation>${pick(['5', '6', '7', '9'])}</objectif-general-formation>
<certification><code-RNCP>${int(100, 39999)}</code-RNCP></certification>
<code-niveau-sortie>${pick(['1', '11', '12', '13'])}</code-niveau-sortie>
${actions}
<organisme-formation-responsable numero="${numero('OF', id % 500)}">
<numero-activite>75${digits(9)}</numero-activite>
<SIRET-organisme-formation><SIRET>${broken ? digits(15) : digits(14)}</SIRET></SIRET-organisme-formation>
<nom-organisme>Organisme fictif ${id % 500}</nom-organisme>
<raison-sociale>Association fictive ${id % 500}</raison-sociale>
<coordonnees-organisme><coordonnees>${address()}</coordonnees></coordonnees-organisme>
<contact-organisme><coordonnees><courriel>direction@exemple.invalid</courriel></coordonnees></contact-organisme>
</organisme-formation-responsable>
<extras info="FLUX-CARIF"><extra info="numero-CARIF">75</extra></extras>
</formation>
`;
}

/** Writes a generated LHÉO 2.2 file of at least `bytes` bytes; returns its size. */
export async function generateLheoFile(path: string, bytes: number): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  const write = async (text: string): Promise<void> => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="http://www.lheo.org/2.2">\n<offres>\n');
  while (written < bytes) await write(formation());
  await write('</offres>\n</lheo>\n');
  await new Promise<void>((done) => out.end(done));
  return written;
}
