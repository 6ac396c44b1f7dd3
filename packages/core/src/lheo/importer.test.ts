import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../catalogue/parse.js';
import type { Catalogue, Offer } from '../catalogue/schema.js';
import { createLheoImporter, importLheo } from './importer.js';
import type { LheoProblem } from './problems.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const VALID = fixture('valide.xml');
const BROKEN = fixture('rejets.xml');

function catalogueOf(offers: Offer[]): Catalogue {
  return {
    format: 'passerelle-catalogue',
    version: 1,
    meta: { source: 'test', generatedAt: '2026-11-22T00:00:00Z', licence: 'inconnue', demo: false },
    offers,
  };
}

/** A problem without its offer id, one line, for compact snapshots. */
const brief = (p: LheoProblem): string =>
  `${p.record} ${p.numero ?? '∅'} l.${p.line} ${p.field} [${p.outcome}] ${p.reason}`;

describe('LHÉO import of valid offers', () => {
  const { offers, problems, summary } = importLheo(VALID);
  const [first, second] = offers as [Offer, Offer];
  const action = first.actions[0];

  it('keeps every offer, action and session, with their numero as id', () => {
    expect(offers.map((offer) => [offer.id, offer.title])).toEqual([
      ['F-NA-001', 'Remise à niveau & savoirs de base'],
      ['F-NA-002', 'Cariste CACES R489'],
    ]);
    expect(first.actions.map((a) => [a.id, a.sessions.map((s) => s.id)])).toEqual([
      ['A-NA-001-1', ['S-NA-001-1-a', 'S-NA-001-1-b']],
    ]);
    expect(summary.offers).toEqual({ read: 2, kept: 2, rejected: 0 });
    expect(summary.actions).toEqual({ read: 2, kept: 2, rejected: 0 });
    expect(summary.sessions).toEqual({ read: 3, kept: 3, rejected: 0 });
    expect(summary.namespace).toBe('http://lheo.gouv.fr/2.3');
    expect(problems).toEqual([]);
  });

  it('turns escaped HTML, CDATA and raw tags into plain text with line breaks', () => {
    expect(first.objective).toBe('Reprendre confiance\nLire, écrire, compter\nau quotidien');
    expect(first.content).toBe('- Français écrit\n- Calcul élémentaire');
    expect(second.content).toBe('Théorie\nPratique');
  });

  it('puts the principal Formacode first and drops duplicates', () => {
    expect(first.formacodes).toEqual(['15084', '15040']);
  });

  it('reads 00000000 as an unknown start and 99999999 as an unknown end', () => {
    expect(action?.sessions[0]).toMatchObject({ start: null, end: null });
    expect(action?.sessions[1]).toMatchObject({
      start: '2027-01-11',
      end: '2027-03-26',
      registrationPeriod: { start: '2026-11-01', end: '2027-01-08' },
    });
  });

  it('reads decimal commas in prices and coordinates', () => {
    expect(action?.hourlyPrice).toBe(12.5);
    expect(action?.totalPrice).toBe(1500);
    expect(action?.places[0]?.address.coordinates).toEqual({ lat: 45.1846, lon: 0.7214 });
  });

  it('maps the pre-2016 regions of Nouvelle-Aquitaine (72, 74, 54) to 75', () => {
    expect(action?.places[0]?.address.region).toBe('75');
    expect(second.actions[0]?.sessions[0]?.registrationAddress?.region).toBe('75');
    expect(second.organisation.address?.region).toBe('75');
  });

  it('maps LHÉO codes onto the model', () => {
    expect(first).toMatchObject({
      certifying: false,
      pathway: '2',
      entryLevel: '1',
      exitLevel: '11',
      generalObjective: '5',
      nsf: ['415'],
      rome: ['K2111'],
    });
    expect(action).toMatchObject({
      teachingMode: 'mixte',
      entries: 'permanent',
      fundingPossible: true,
      publiclyFunded: true,
      funders: ['2', '4'],
      languages: ['fr'],
      targetPublics: ['15082', '15040'],
      informationDates: ['2026-12-03'],
      hours: { total: 120, centre: 120 },
    });
    expect(action?.sessions.map((s) => s.recruitment)).toEqual(['open', 'suspended']);
    expect(second.actions[0]).toMatchObject({
      teachingMode: 'presentiel',
      entries: 'fixed-dates',
      fundingPossible: false,
    });
    expect(second.actions[0]?.sessions[0]?.recruitment).toBe('closed');
    expect(second.certifications).toEqual([{ rs: 'RS5106' }]);
  });

  it('keeps the organisation, its contacts and the place name', () => {
    expect(first.organisation).toMatchObject({
      name: 'Atelier des Savoirs',
      legalName: 'Association Atelier des Savoirs (fictive)',
      siret: '00000000000017',
      activityNumber: '75000000000',
    });
    expect(first.contacts).toEqual([
      {
        kind: '4',
        civility: 'Madame',
        name: 'Camille Exemple',
        phones: ['05 00 00 00 01'],
        mobiles: [],
        urls: [],
        email: 'accueil@exemple.invalid',
      },
    ]);
    expect(action?.places[0]).toMatchObject({
      siret: '00000000000017',
      address: { label: 'Atelier des Savoirs de Périgueux' },
    });
    expect(second.organisation.legalName).toBeUndefined();
  });

  it('keeps the extras of offers, actions and sessions as key/value pairs and ignores the others', () => {
    expect(first.extras).toEqual([{ key: 'flux/numero-carif', value: '99' }]);
    expect(action?.extras).toEqual([{ key: 'dispositif', value: 'hsp-socle' }]);
    expect(action?.sessions[0]?.extras).toEqual([{ key: 'session/places-restantes', value: '8' }]);
    expect(second.extras).toBeUndefined();
  });

  it('produces offers that pass parseCatalogue', () => {
    expect(parseCatalogue(catalogueOf(offers)).ok).toBe(true);
  });
});

describe('LHÉO namespaces', () => {
  const reference = importLheo(VALID).offers;

  it.each([
    ['LHÉO 2.2', VALID.replace('http://lheo.gouv.fr/2.3', 'http://www.lheo.org/2.2')],
    ['no namespace', VALID.replace(' xmlns="http://lheo.gouv.fr/2.3"', '')],
    [
      'a prefixed namespace',
      VALID.replace(' xmlns="http://lheo.gouv.fr/2.3"', ' xmlns:l="http://lheo.gouv.fr/2.3"')
        .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
        .map((piece, i) => (i % 2 === 0 ? piece.replace(/<(\/?)([a-zA-Z])/g, '<$1l:$2') : piece))
        .join(''),
    ],
  ])('reads %s exactly like LHÉO 2.3', (_name, xml) => {
    const result = importLheo(xml);
    expect(result.problems).toEqual([]);
    expect(result.offers).toEqual(reference);
  });

  it('warns through the logger about an unknown namespace and reads the file anyway', () => {
    const warnings: string[] = [];
    const result = importLheo(VALID.replace('http://lheo.gouv.fr/2.3', 'urn:autre'), {
      logger: { warn: (message) => warnings.push(message) },
    });
    expect(result.offers).toHaveLength(2);
    expect(warnings).toMatchInlineSnapshot(`
      [
        "espace de noms « urn:autre » inconnu (attendu http://lheo.gouv.fr/2.3 ou http://www.lheo.org/2.2) : lu comme LHÉO 2.3",
      ]
    `);
  });
});

describe('LHÉO namespace checks (saxes reads without its xmlns mode; the importer checks them)', () => {
  const reference = importLheo(VALID).offers;
  const ROOT = '<lheo xmlns="http://lheo.gouv.fr/2.3">';
  const withRoot = (root: string): string => VALID.replace(ROOT, root);
  const fatalOf = (xml: string): string | undefined => importLheo(xml).summary.fatal?.message;

  it('reads a prefix declared below the root, and attributes by their local name', () => {
    const xml = VALID.replace('<offres>', '<offres xmlns:q="urn:q" xmlns:xsi="urn:xsi">')
      .replaceAll('<formation ', '<q:formation xsi:type="offre" ')
      .replaceAll('</formation>', '</q:formation>')
      .replace('numero="F-NA-002"', 'q:numero="F-NA-002"');
    const result = importLheo(xml);
    expect(result.problems).toEqual([]);
    expect(result.offers).toEqual(reference);
  });

  it('names the namespace of a prefixed root', () => {
    const xml = withRoot('<l:lheo xmlns:l="http://www.lheo.org/2.2" xmlns="urn:autre">').replace(
      '</lheo>',
      '</l:lheo>',
    );
    const { offers, summary } = importLheo(xml);
    expect(summary.namespace).toBe('http://www.lheo.org/2.2');
    expect(offers).toEqual(reference);
  });

  it('stops at an element prefix that was never declared, with its line and column', () => {
    const xml = VALID.replace('<resultats-attendus>', '<x:resultats-attendus>').replace(
      '</resultats-attendus>',
      '</x:resultats-attendus>',
    );
    expect(importLheo(xml).summary.fatal).toMatchInlineSnapshot(`
      {
        "column": 29,
        "line": 15,
        "message": "XML mal formé ligne 15, colonne 29 : préfixe d’espace de noms "x" non déclaré. Import arrêté ; les formations lues avant sont gardées.",
      }
    `);
  });

  it('stops at a prefix used outside the element that declared it', () => {
    const xml = VALID.replace('<offres>', '<offres xmlns:q="urn:q">').replace(
      '</offres>',
      '</offres><q:fin/>',
    );
    const { offers, summary } = importLheo(xml);
    expect(offers).toHaveLength(2);
    expect(summary.fatal?.message).toContain('préfixe d’espace de noms "q" non déclaré');
  });

  it.each([
    ['an undeclared attribute prefix', '<offres xsi:type="x">', 'préfixe d’espace de noms "xsi" non déclaré'],
    [
      'an attribute repeated under two prefixes of one namespace',
      '<offres xmlns:a="urn:a" xmlns:b="urn:a" a:x="1" b:x="2">',
      'attribut {urn:a}x répété',
    ],
    [
      'a namespace declaration repeated',
      '<offres xmlns:a="urn:1" xmlns:a="urn:2">',
      'attribut {http://www.w3.org/2000/xmlns/}a répété',
    ],
    [
      'a prefix undeclared in XML 1.0',
      '<offres xmlns:a="">',
      'invalid attempt to undefine prefix in XML 1.0',
    ],
    ['the xml prefix bound elsewhere', '<offres xmlns:xml="urn:x">', 'xml prefix must be bound to'],
    [
      'a prefix bound to the xmlns namespace',
      '<offres xmlns:a="http://www.w3.org/2000/xmlns/">',
      'may not assign a prefix',
    ],
    ['an element with the xmlns prefix', '<offres><xmlns:a/>', 'tags may not have "xmlns" as prefix'],
    ['a name with two colons', '<offres><a:b:c/>', 'malformed name: a:b:c'],
    ['a processing instruction target with a colon', '<offres><?a:b?>', 'caractère interdit'],
  ])('stops at %s', (_name, start, reason) => {
    expect(fatalOf(VALID.replace('<offres>', start))).toContain(reason);
  });

  it('accepts the predefined xml prefix and prefix undeclarations in XML 1.1', () => {
    const xml = VALID.replace('<?xml version="1.0"', '<?xml version="1.1"').replace(
      '<offres>',
      '<offres xml:lang="fr" xmlns:a="urn:a"><vide xmlns:a=""/>',
    );
    expect(importLheo(xml).summary.fatal).toBeUndefined();
  });
});

describe('LHÉO records that break a rule', () => {
  const { offers, problems, summary } = importLheo(BROKEN);

  it('rejects each broken record alone and keeps its neighbours', () => {
    expect(offers.map((offer) => offer.id)).toEqual(['F-OK-1', 'F-MIXED', 'F-OK-2']);
    expect(offers[1]?.actions.map((a) => [a.id, a.sessions.map((s) => s.id)])).toEqual([
      ['A-MIXED-1', ['S-MIXED-1c']],
    ]);
  });

  it('counts every record read as kept or rejected', () => {
    expect(summary.offers).toEqual({ read: 8, kept: 3, rejected: 5 });
    expect(summary.actions).toEqual({ read: 10, kept: 3, rejected: 7 });
    expect(summary.sessions).toEqual({ read: 13, kept: 3, rejected: 10 });
    for (const count of [summary.offers, summary.actions, summary.sessions]) {
      expect(count.kept + count.rejected).toBe(count.read);
    }
    expect(summary.fatal).toBeUndefined();
  });

  it('reports every problem with its numero, line, field and French reason', () => {
    expect(problems.map(brief)).toMatchInlineSnapshot(`
      [
        "formation ∅ l.22 formation/@numero [rejected] élément <formation> sans attribut numero : impossible de l'identifier",
        "formation F-NOTITLE l.33 formation/intitule-formation [rejected] intitulé de formation absent ou vide : il est obligatoire",
        "session S-MIXED-2a l.60 formation/action/session/debut [ignored] élément <debut> hors de sa place : LHÉO 2.3 ne le met pas dans <session> ; ignoré avec son contenu",
        "session ∅ l.51 formation/action/session/@numero [rejected] élément <session> sans attribut numero : impossible de l'identifier",
        "session S-MIXED-1b l.52 formation/action/session/periode [rejected] période de session absente (<periode> avec <debut> et <fin>) : elle est obligatoire",
        "session S-MIXED-1c l.53 formation/action/session/periode/debut [repaired] date « 20271345 » invalide : attendu AAAAMMJJ (00000000 ou 99999999 si inconnue) : date considérée comme inconnue",
        "session S-MIXED-1c l.53 formation/action/session/periode/fin [repaired] date « 20270230 » invalide : attendu AAAAMMJJ (00000000 ou 99999999 si inconnue) : date considérée comme inconnue",
        "session S-MIXED-1c l.53 formation/action/session/etat-recrutement [dropped] code « 7 » inconnu de la table LHÉO dict-etat-recrutement : valeur ignorée",
        "action A-MIXED-1 l.49 formation/action/prise-en-charge-frais-possible [repaired] prise-en-charge-frais-possible « oui » invalide : considérée comme « non » (0)",
        "action A-MIXED-1 l.50 formation/action/lieu-de-formation/coordonnees/adresse/codepostal [dropped] valeur « 3300 » invalide : attendu un code postal de 5 chiffres : valeur ignorée",
        "action A-MIXED-1 l.50 formation/action/lieu-de-formation/coordonnees/adresse/departement [dropped] valeur « 333 » invalide : attendu un code de département (33, 2A, 971) : valeur ignorée",
        "action A-MIXED-1 l.50 formation/action/lieu-de-formation/coordonnees/adresse/region [dropped] code région « 99 » inconnu (ni actuel, ni d'avant 2016) : valeur ignorée",
        "action A-MIXED-1 l.50 formation/action/lieu-de-formation/coordonnees/adresse/geolocalisation/latitude [dropped] valeur « 123 » hors des bornes -90–90 : valeur ignorée",
        "action A-MIXED-1 l.50 formation/action/lieu-de-formation/coordonnees/adresse/geolocalisation/longitude [dropped] nombre « abc » illisible : valeur ignorée",
        "action A-MIXED-1 l.50 formation/action/lieu-de-formation/SIRET-lieu-formation/SIRET [dropped] SIRET invalide : 14 chiffres attendus, reçu « 1234 » (4 caractères) : valeur ignorée",
        "action A-MIXED-1 l.56 formation/action/organisme-financeur/code-financeur [dropped] code « 42 » inconnu de la table LHÉO dict-financeurs : valeur ignorée",
        "action A-MIXED-1 l.48 formation/action/modalites-enseignement [dropped] code « 3 » inconnu de la table LHÉO dict-modalites-enseignement : valeur ignorée",
        "action A-MIXED-1 l.54 formation/action/prix-horaire-TTC [dropped] nombre « gratuit » illisible : valeur ignorée",
        "action A-MIXED-1 l.55 formation/action/nombre-heures-total [dropped] nombre « douze » illisible : valeur ignorée",
        "session S-MIXED-2a l.60 formation/action/session/periode [rejected] période de session absente (<periode> avec <debut> et <fin>) : elle est obligatoire",
        "action A-MIXED-2 l.58 formation/action/session [rejected] aucune session valide : une action doit en avoir au moins une",
        "action ∅ l.62 formation/action/@numero [rejected] élément <action> sans attribut numero : impossible de l'identifier",
        "formation F-MIXED l.66 formation/organisme-formation-responsable/SIRET-organisme-formation/SIRET [dropped] SIRET invalide : 14 chiffres attendus, reçu « 000000000000170 » (15 caractères) : valeur ignorée",
        "formation F-MIXED l.42 formation/domaine-formation/code-FORMACODE [dropped] valeur « ABCDE » invalide : attendu un code Formacode de 5 chiffres : valeur ignorée",
        "formation F-MIXED l.42 formation/domaine-formation/code-ROME [dropped] valeur « Z9999 » invalide : attendu un code ROME (une lettre et 4 chiffres) : valeur ignorée",
        "formation F-MIXED l.44 formation/certifiante [dropped] code « 2 » inconnu de la table LHÉO dict-boolean : valeur ignorée",
        "formation F-MIXED l.45 formation/code-niveau-entree [dropped] code « 9 » inconnu de la table LHÉO dict-niveaux : valeur ignorée",
        "formation F-MIXED l.46 formation/objectif-general-formation [dropped] code « 3 » inconnu de la table LHÉO dict-AIS : valeur ignorée",
        "formation F-OK-1 l.68 formation/@numero [rejected] numéro de formation « F-OK-1 » déjà lu ligne 5 : ce doublon est écarté",
        "session ∅ l.79 formation/action/session/@numero [rejected] élément <session> sans attribut numero : impossible de l'identifier",
        "action A-NOACTION l.78 formation/action/session [rejected] aucune session valide : une action doit en avoir au moins une",
        "formation F-NOACTION l.75 formation/action [rejected] aucune action valide : une formation doit en avoir au moins une",
        "formation F-NOORG l.82 formation/organisme-formation-responsable [rejected] organisme responsable absent ou sans nom (nom-organisme) : il est obligatoire",
      ]
    `);
  });

  it('drops bad optional values and keeps the record', () => {
    const mixed = offers[1];
    expect(mixed?.formacodes).toEqual(['15041']);
    expect(mixed?.rome).toEqual([]);
    expect(mixed?.certifying).toBeUndefined();
    expect(mixed?.organisation.siret).toBeUndefined();
    const action = mixed?.actions[0];
    expect(action?.fundingPossible).toBe(false);
    expect(action?.teachingMode).toBeUndefined();
    expect(action?.places[0]?.address).toEqual({ lines: ['Rue B'], city: 'Bordeaux' });
    expect(action?.sessions[0]).toMatchObject({ start: null, end: null });
    expect(action?.sessions[0]?.recruitment).toBeUndefined();
  });

  it('still produces a catalogue that passes parseCatalogue', () => {
    expect(parseCatalogue(catalogueOf(offers)).ok).toBe(true);
  });
});

describe('LHÉO values repaired on the way', () => {
  it('truncates a title longer than the XSD allows and reports it', () => {
    const long = 'Formation '.repeat(30).trim();
    const { offers, problems } = importLheo(VALID.replace('Cariste <b>CACES</b> R489', long));
    expect(offers[1]?.title).toHaveLength(255);
    expect(offers[1]?.title.endsWith('…')).toBe(true);
    expect(problems.map(brief)).toMatchInlineSnapshot(`
      [
        "formation F-NA-002 l.148 formation/intitule-formation [repaired] texte de 299 caractères, au plus 255 permis par LHÉO : tronqué à 255 caractères",
      ]
    `);
  });

  it('cuts a text past its limit between two characters, never inside an emoji (issue 14)', () => {
    // The last unit kept (the 254th of a title, the 2,998th of an extra) is the first half of an emoji.
    const { offers, problems } = importLheo(
      VALID.replace('Cariste <b>CACES</b> R489', `a${'😀'.repeat(200)}`).replace(
        '<extra info="dispositif">hsp-socle</extra>',
        `<extra info="dispositif">bb${'😀'.repeat(2000)}</extra>`,
      ),
    );
    expect(offers[1]?.title).toBe(`a${'😀'.repeat(126)}…`);
    expect(offers[0]?.actions[0]?.extras?.[0]?.value).toBe(`bb${'😀'.repeat(1498)}…`);
    expect(problems.map(brief)).toMatchInlineSnapshot(`
      [
        "action A-NA-001-1 l.119 formation/action/extras/extra [repaired] texte de 4002 caractères, au plus 3000 permis par LHÉO : tronqué à 3000 caractères",
        "formation F-NA-002 l.148 formation/intitule-formation [repaired] texte de 401 caractères, au plus 255 permis par LHÉO : tronqué à 255 caractères",
      ]
    `);
  });

  it('reads HTML entities left unescaped in the XML instead of stopping', () => {
    const { offers, summary } = importLheo(
      VALID.replace('Conduire un chariot en sécurité', 'Conduire en s&eacute;curit&eacute;&nbsp;!'),
    );
    expect(summary.fatal).toBeUndefined();
    expect(offers[1]?.objective).toBe('Conduire en sécurité !');
  });
});

describe('malformed LHÉO XML', () => {
  it('stops a truncated file with the line and column, keeping the offers completed before', () => {
    const cut = BROKEN.indexOf('<formation numero="F-MIXED">') + 200;
    const { offers, summary } = importLheo(BROKEN.slice(0, cut));
    expect(offers.map((offer) => offer.id)).toEqual(['F-OK-1']);
    expect(summary.offers).toEqual({ read: 3, kept: 1, rejected: 2 });
    expect(summary.fatal).toMatchInlineSnapshot(`
      {
        "column": 12,
        "line": 43,
        "message": "XML mal formé ligne 43, colonne 12 : balise <formation> jamais fermée (fichier tronqué ?). Import arrêté ; les formations lues avant sont gardées.",
      }
    `);
  });

  it('stops at a closing tag that does not match and never emits the record it closes', () => {
    const xml = VALID.replace(
      '</action>\n      <organisme-formation-responsable>',
      '</actoin>\n      <organisme-formation-responsable>',
    );
    const { offers, summary } = importLheo(xml);
    expect(offers.map((offer) => offer.id)).toEqual(['F-NA-001']);
    expect(summary.offers).toEqual({ read: 1, kept: 1, rejected: 0 });
    expect(summary.fatal?.message).toMatchInlineSnapshot(
      `"XML mal formé ligne 175, colonne 16 : balise fermante qui ne correspond pas à la dernière balise ouverte. Import arrêté ; les formations lues avant sont gardées."`,
    );
  });

  it('does not emit a formation whose own end tag is misspelt', () => {
    const xml = VALID.replace(/<\/formation>\s*<\/offres>/, '</formatio>\n  </offres>');
    const { offers, summary } = importLheo(xml);
    expect(offers.map((offer) => offer.id)).toEqual(['F-NA-001']);
    expect(summary.fatal?.line).toBe(VALID.split('\n').findIndex((line) => line.includes('</offres>')));
  });

  it('refuses a document whose root is not <lheo>', () => {
    const { offers, summary } = importLheo('<?xml version="1.0"?>\n<catalogue><offres/></catalogue>');
    expect(offers).toEqual([]);
    expect(summary.fatal?.message).toMatchInlineSnapshot(
      `"ligne 2, colonne 12 : ce n'est pas un fichier LHÉO (élément racine <catalogue>, attendu <lheo>). Import arrêté."`,
    );
  });

  it('reports an empty document', () => {
    expect(importLheo('').summary.fatal?.message).toMatchInlineSnapshot(
      `"XML mal formé ligne 1, colonne 1 : document vide : aucun élément racine. Import arrêté ; les formations lues avant sont gardées."`,
    );
  });
});

describe('createLheoImporter', () => {
  it('gives the same result whatever the size of the chunks', () => {
    const whole = importLheo(BROKEN);
    for (const size of [1, 7, 64, 4096]) {
      const offers: Offer[] = [];
      const problems: LheoProblem[] = [];
      const importer = createLheoImporter({
        onOffer: (o) => offers.push(o),
        onProblem: (p) => problems.push(p),
      });
      for (let i = 0; i < BROKEN.length; i += size) importer.write(BROKEN.slice(i, i + size));
      const summary = importer.end();
      expect(offers).toEqual(whole.offers);
      expect(problems).toEqual(whole.problems);
      expect(summary).toEqual(whole.summary);
    }
  });

  it('emits each offer as soon as its formation closes', () => {
    const seen: string[] = [];
    const importer = createLheoImporter({ onOffer: (offer) => seen.push(offer.id) });
    const split = VALID.indexOf('<formation numero="F-NA-002">');
    importer.write(VALID.slice(0, split));
    expect(seen).toEqual(['F-NA-001']);
    importer.write(VALID.slice(split));
    importer.end();
    expect(seen).toEqual(['F-NA-001', 'F-NA-002']);
  });

  it('tags each offer with the programmes a ruleset computes', () => {
    const { offers } = importLheo(VALID, {
      programmesFor: (offer) => (offer.generalObjective === '5' ? ['hsp-socle'] : []),
    });
    expect(offers.map((offer) => offer.programmes)).toEqual([['hsp-socle'], []]);
  });

  it('ignores writes after a fatal error and after the end', () => {
    const importer = createLheoImporter({ onOffer: () => undefined });
    importer.write('<lheo><offres></lheo>');
    importer.write('<formation/>');
    const summary = importer.end();
    expect(summary.fatal?.line).toBe(1);
    expect(importer.end()).toEqual(summary);
  });
});

describe('LHÉO extras keys', () => {
  const wrap = (extras: string): string =>
    VALID.replace('<extras info="flux"><extra info="numero-carif">99</extra></extras>', extras);

  it.each([
    [
      'block and extra named alike',
      '<extras info="dispositif"><extra info="dispositif">hsp-socle</extra></extras>',
      'dispositif',
    ],
    [
      'an extra in an unnamed block',
      '<extras><extra info="dispositif">hsp-socle</extra></extras>',
      'dispositif',
    ],
    [
      'an unnamed extra in a named block',
      '<extras info="dispositif"><extra>hsp-socle</extra></extras>',
      'dispositif',
    ],
    [
      'block and extra named apart',
      '<extras info="dispositif"><extra info="code">hsp-socle</extra></extras>',
      'dispositif/code',
    ],
    [
      'nested blocks',
      '<extras info="a"><extras info="b"><extra info="c">hsp-socle</extra></extras></extras>',
      'a/b/c',
    ],
  ])('names %s', (_name, extras, key) => {
    expect(importLheo(wrap(extras)).offers[0]?.extras).toEqual([{ key, value: 'hsp-socle' }]);
  });
});
