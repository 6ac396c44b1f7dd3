import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importLheo } from './importer.js';

const VALID = readFileSync(new URL('./fixtures/valide.xml', import.meta.url), 'utf8');
const brief = (problem: {
  numero: string | null;
  line: number;
  field: string;
  outcome: string;
  reason: string;
}) => `${problem.numero ?? '∅'} l.${problem.line} ${problem.field} [${problem.outcome}] ${problem.reason}`;

describe('LHÉO import of values that must not reach a page', () => {
  it('drops javascript:, data: and other unsafe links, reporting each, and keeps http(s), mailto and tel', () => {
    const xml = VALID.replace(
      '<urlweb>https://formation.exemple.invalid/remise-a-niveau</urlweb>',
      '<urlweb>javascript:alert(1)</urlweb>',
    )
      .replace(
        '<urlweb>https://formation.exemple.invalid/remise-a-niveau/perigueux</urlweb>',
        '<urlweb>java&#9;script:alert(1)</urlweb>',
      )
      .replace(
        '<courriel>accueil@exemple.invalid</courriel>',
        '<courriel>accueil@exemple.invalid</courriel><web><urlweb>data:text/html,x</urlweb><urlweb>tel:+33556000001</urlweb><urlweb>www.exemple.invalid</urlweb></web>',
      );
    const { offers, problems } = importLheo(xml);
    const offer = offers[0];
    expect(offer?.url).toBeUndefined();
    expect(offer?.actions[0]?.url).toBeUndefined();
    expect(offer?.contacts[0]?.urls).toEqual(['tel:+33556000001', 'https://www.exemple.invalid']);
    expect(problems.map(brief)).toMatchInlineSnapshot(`
      [
        "A-NA-001-1 l.63 formation/action/url-action/urlweb [dropped] adresse « javascript:alert(1) » refusée : attendu une adresse commençant par http://, https://, mailto: ou tel: : valeur ignorée",
        "F-NA-001 l.25 formation/contact-formation/coordonnees/web/urlweb [dropped] adresse « data:text/html,x » refusée : attendu une adresse commençant par http://, https://, mailto: ou tel: : valeur ignorée",
        "F-NA-001 l.32 formation/url-formation/urlweb [dropped] adresse « javascript:alert(1) » refusée : attendu une adresse commençant par http://, https://, mailto: ou tel: : valeur ignorée",
      ]
    `);
  });

  it('drops a malformed e-mail address and reports it', () => {
    const xml = VALID.replace(
      '<courriel>accueil@exemple.invalid</courriel>',
      '<courriel>accueil@exemple@invalid</courriel>',
    ).replace(
      '<courriel>direction@exemple.invalid</courriel>',
      '<courriel>"&gt;&lt;script&gt;@x.fr</courriel>',
    );
    const { offers, problems } = importLheo(xml);
    expect(offers[0]?.contacts[0]?.email).toBeUndefined();
    expect(offers[0]?.organisation.contacts).toEqual([]);
    expect(problems.map((problem) => problem.field)).toEqual([
      'formation/organisme-formation-responsable/contact-organisme/coordonnees/courriel',
      'formation/contact-formation/coordonnees/courriel',
    ]);
  });

  it('keeps phone numbers in one French or international form, and drops a garbled one instead of dialling another number', () => {
    const phones = [
      '05.56.00.00.01',
      '+33 (0)5 56 00 00 02',
      '0033 5 56 00 00 03',
      '+44 20 7946 0958',
      '39 49',
      '05 56 00 00 0l',
      '05 56 00 00 0',
      '05 56 00 00 01 / 06 12 34 56 78',
      '00 00 00 00 00',
    ];
    const xml = VALID.replace(
      '<telfixe><numtel>05 00 00 00 01</numtel></telfixe>',
      `<telfixe>${phones.map((phone) => `<numtel>${phone}</numtel>`).join('')}</telfixe>`,
    );
    const { offers, problems } = importLheo(xml);
    expect(offers[0]?.contacts[0]?.phones).toEqual([
      '05 56 00 00 01',
      '05 56 00 00 02',
      '05 56 00 00 03',
      '+442079460958',
      '3949',
    ]);
    expect(problems.map((problem) => `${problem.outcome} ${problem.reason}`)).toEqual([
      "dropped numéro de téléphone « 05 56 00 00 0l » illisible : attendu un numéro français (10 chiffres, ex. 05 56 00 00 01) ou international (+ et l'indicatif du pays) : valeur ignorée",
      "dropped numéro de téléphone « 05 56 00 00 0 » illisible : attendu un numéro français (10 chiffres, ex. 05 56 00 00 01) ou international (+ et l'indicatif du pays) : valeur ignorée",
      "dropped numéro de téléphone « 05 56 00 00 01 / 06 12 34 56 78 » illisible : attendu un numéro français (10 chiffres, ex. 05 56 00 00 01) ou international (+ et l'indicatif du pays) : valeur ignorée",
    ]);
  });

  it('strips right-to-left overrides and the other bidirectional controls from texts, and reports it', () => {
    const xml = VALID.replace(
      'Remise à niveau &amp; savoirs de base',
      'Remise à niveau \u202egpj.exe\u202c savoirs',
    ).replace(
      '<extra info="dispositif">hsp-socle</extra>',
      '<extra info="dispositif">hsp-\u2066socle\u2069</extra>',
    );
    const { offers, problems } = importLheo(xml);
    expect(offers[0]?.title).toBe('Remise à niveau gpj.exe savoirs');
    expect(offers[0]?.actions[0]?.extras).toEqual([{ key: 'dispositif', value: 'hsp-socle' }]);
    expect(problems.map(brief)).toMatchInlineSnapshot(`
      [
        "A-NA-001-1 l.119 formation/action/extras/extra [repaired] 2 caractère(s) de contrôle du sens d'écriture (U+202E…) retiré(s) : ils peuvent déguiser un texte",
        "F-NA-001 l.13 formation/intitule-formation [repaired] 2 caractère(s) de contrôle du sens d'écriture (U+202E…) retiré(s) : ils peuvent déguiser un texte",
      ]
    `);
  });

  it('rejects alone, with its numero, line and reason, a formation whose title is 50 MB', () => {
    const xml = VALID.replace('Remise à niveau &amp; savoirs de base', 'a'.repeat(50 * 1024 * 1024));
    const { offers, problems, summary } = importLheo(xml);
    expect(offers.map((offer) => offer.id)).toEqual(['F-NA-002']);
    expect(summary.offers).toEqual({ read: 2, kept: 1, rejected: 1 });
    expect(problems.map(brief)).toMatchInlineSnapshot(`
      [
        "F-NA-001 l.13 formation/intitule-formation [rejected] texte de 52428800 caractères, plus que les 30000 permis : formation écartée (les autres sont gardées)",
      ]
    `);
  });

  it('rejects alone a formation with a 10 MB numero, naming it by its first characters', () => {
    const numero = `F-${'9'.repeat(10 * 1024 * 1024)}`;
    const xml = VALID.replace('<formation numero="F-NA-001"', `<formation numero="${numero}"`);
    const { offers, problems, summary } = importLheo(xml);
    expect(offers.map((offer) => offer.id)).toEqual(['F-NA-002']);
    expect(summary.offers).toEqual({ read: 2, kept: 1, rejected: 1 });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.numero?.length).toBeLessThan(50);
    expect(brief(problems[0]!)).toMatchInlineSnapshot(
      `"F-99999999999999999999999999999999999999… l.5 formation/@numero [rejected] texte de 10485762 caractères, plus que les 255 permis : formation écartée (les autres sont gardées)"`,
    );
  });
});

describe('LHÉO reports that name a value by its start (issue 14)', () => {
  it('abbreviates a numero too long to keep between two characters, never inside an emoji', () => {
    // « F » then emoji: the 40th UTF-16 unit is the first half of an emoji.
    const numero = `F${'😀'.repeat(300)}`;
    const xml = VALID.replace('<formation numero="F-NA-001"', `<formation numero="${numero}"`);
    const { offers, problems } = importLheo(xml);
    expect(offers.map((offer) => offer.id)).toEqual(['F-NA-002']);
    expect(problems.map(brief)).toEqual([
      `F${'😀'.repeat(19)}… l.5 formation/@numero [rejected] texte de 601 caractères, plus que les 255 permis : formation écartée (les autres sont gardées)`,
    ]);
  });

  it('quotes a value in a French reason without cutting an emoji in two', () => {
    // A duplicate numero of 41 units whose 40th is the first half of an emoji.
    const numero = `F-${'a'.repeat(37)}😀`;
    const xml = VALID.replace('<formation numero="F-NA-001"', `<formation numero="${numero}"`).replace(
      '<formation numero="F-NA-002">',
      `<formation numero="${numero}">`,
    );
    const { offers, problems } = importLheo(xml);
    expect(offers.map((offer) => offer.id)).toEqual([numero]);
    expect(problems.map((problem) => `${problem.field} [${problem.outcome}] ${problem.reason}`)).toEqual([
      `formation/@numero [rejected] numéro de formation « F-${'a'.repeat(37)}… » déjà lu ligne 5 : ce doublon est écarté`,
    ]);
  });
});
