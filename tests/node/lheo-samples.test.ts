/**
 * The six real LHÉO records of `../shared/reference/lheo-samples/` (read at test time, never copied
 * into the repository) imported through the CLI's streaming file path.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCatalogue, type Catalogue, type LheoProblem } from '../../packages/core/src/index.js';
import { importLheoFile } from '../../packages/data/src/cli/commands/import.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLES = join(REPO, '..', 'shared', 'reference', 'lheo-samples');
const dir = mkdtempSync(join(tmpdir(), 'passerelle-samples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importSample(file: string) {
  const problems: LheoProblem[] = [];
  const out = join(dir, `${file}.json`);
  const { summary } = await importLheoFile({
    input: join(SAMPLES, file),
    out,
    onProblem: (p) => problems.push(p),
  });
  const parsed = parseCatalogue(readFileSync(out, 'utf8'));
  if (!parsed.ok) throw new Error(`catalogue invalide : ${JSON.stringify(parsed.error)}`);
  const catalogue: Catalogue = parsed.value;
  const ids = catalogue.offers.map((offer) => ({
    id: offer.id,
    title: offer.title,
    actions: offer.actions.map((action) => [action.id, action.sessions.map((s) => [s.id, s.start, s.end])]),
  }));
  return { summary, problems, catalogue, ids, offer: catalogue.offers[0] };
}

const counts = (offers: number, actions: number, sessions: number) => ({
  offers: { read: offers, kept: offers, rejected: 0 },
  actions: { read: actions, kept: actions, rejected: 0 },
  sessions: { read: sessions, kept: sessions, rejected: 0 },
});

describe('real LHÉO records', () => {
  it('imports the AFPA plasterer offer (Centre-Val de Loire): one offer, two actions, two sessions', async () => {
    const { summary, problems, ids, offer } = await importSample(
      'trefle_formation_afpa-veigne_centre-val-de-loire.xml',
    );
    expect(ids).toEqual([
      {
        id: '07_10',
        title: 'Titre professionnel plaquiste',
        actions: [
          ['07_114782', [['114782', '2017-12-04', '2018-06-01']]],
          ['07_123324', [['123324', '2017-10-30', '2018-06-01']]],
        ],
      },
    ]);
    expect(summary).toMatchObject(counts(1, 2, 2));
    expect(problems).toEqual([]);
    expect(offer?.formacodes).toEqual(['22403', '22402']);
    expect(offer?.actions[0]?.funders).toEqual(['10', '5']);
    expect(offer?.actions[1]?.sessions[0]?.registrationPeriod).toEqual({ start: null, end: '2018-05-22' });
    expect(offer?.organisation).toMatchObject({ name: "DRAFPA d'Olivet", siret: '82422814200660' });
  });

  it('imports the DAEU of Toulouse, mapping old region 73 (Midi-Pyrénées) to 76 (Occitanie)', async () => {
    const { summary, problems, ids, offer } = await importSample('trefle_daeu_univ-toulouse_occitanie.xml');
    expect(ids).toEqual([
      {
        id: '15_464888',
        title: "Diplôme d'accès aux études universitaires, option a, cours en présentiel",
        actions: [['15_927411', [['927411', '2018-10-01', '2019-05-24']]]],
      },
    ]);
    expect(summary).toMatchObject(counts(1, 1, 1));
    expect(problems).toEqual([]);
    expect(offer?.actions[0]?.places[0]?.address).toMatchObject({
      lines: ['UT2J', 'Campus du Mirail', '5 allées Antonio Machado'],
      region: '76',
      departement: '31',
    });
    expect(offer?.objective).toBe(
      "* être titulaire d'un diplôme national équivalent au Baccalauréat\n- accéder à l'enseignement supérieur\n- présenter des concours de la fonction publique de catégorie B\n- faire une remise à niveau des connaissances",
    );
  });

  it('imports the OpenClassrooms POEC, taught at a distance and funded by an OPCO', async () => {
    const { summary, problems, ids, offer } = await importSample('trefle_poec_openclassrooms_idf.xml');
    expect(ids).toEqual([
      {
        id: '24_162227',
        title: 'Gestionnaire de paie (POEC)',
        actions: [['24_1390142', [['197649', '2018-09-10', '2018-12-10']]]],
      },
    ]);
    expect(summary).toMatchObject(counts(1, 1, 1));
    expect(problems).toEqual([]);
    expect(offer?.actions[0]).toMatchObject({
      teachingMode: 'distance',
      funders: ['16'],
      fundingPossible: true,
    });
  });

  it('imports the multi-region baker discovery offer, principal Formacode first and old regions mapped', async () => {
    const { summary, problems, ids, offer } = await importSample(
      'trefle_savoir-faire-decouverte_multiregion.xml',
    );
    expect(ids).toEqual([
      {
        id: '04_A815385',
        title: "Découvrir l'activité de paysan-boulanger - Pain au levain au feu de bois - 100598",
        actions: [['04_74056', [['74056', '2018-02-27', '2018-10-19']]]],
      },
    ]);
    expect(summary).toMatchObject(counts(1, 1, 1));
    expect(problems).toEqual([]);
    expect(offer?.formacodes).toEqual(['21538', '21001']);
    expect(offer?.actions[0]?.entries).toBe('permanent');
    expect(offer?.actions[0]?.funders).toEqual(['10', '16', '17', '5', '0']);
    expect(offer?.actions[0]?.places[0]?.address.region).toBe('28');
    expect(offer?.organisation.address?.region).toBe('76');
  });

  it('imports the ONISEP BTS example, HTML escaped in its texts turned into plain text', async () => {
    const { summary, problems, ids, offer } = await importSample(
      'lheo-schema_exemple-bts-onisep_bretagne.xml',
    );
    expect(ids).toEqual([
      {
        id: '9436_18706',
        title: 'BTS négociation et relation client',
        actions: [['9436_18706', [['9436_18706', '2015-09-01', '2017-08-31']]]],
      },
    ]);
    expect(summary).toMatchObject(counts(1, 1, 1));
    expect(problems).toEqual([]);
    for (const text of [offer?.objective, offer?.expectedResults, offer?.content]) {
      expect(text).not.toMatch(/<|&lt;|&gt;/);
    }
    expect(offer?.expectedResults?.startsWith('Les objectifs :\n')).toBe(true);
    expect(offer?.content).toContain('\n- Gestion de clientèles');
  });

  it('imports the broken anotea record and reports its typo element and 15-digit SIRETs, without crashing', async () => {
    const { summary, problems, ids } = await importSample('anotea_intercarif-data-test_anonymised.xml');
    expect(ids).toEqual([
      {
        id: 'F_XX_XX',
        title: 'Développeur web',
        actions: [['AC_XX_XXXXXX', [['SE_XXXXXX', '2017-10-30', '2018-06-01']]]],
      },
    ]);
    expect(summary).toMatchObject(counts(1, 1, 1));
    expect(summary.fatal).toBeUndefined();
    expect(problems.map((p) => `l.${p.line} ${p.field} [${p.outcome}] ${p.reason}`)).toMatchInlineSnapshot(`
      [
        "l.14 formation/contact-formation/coordonneFs [ignored] élément <coordonneFs> inconnu de LHÉO 2.3 : ignoré avec son contenu",
        "l.434 formation/action/organisme-formateur/SIRET-formateur/SIRET [dropped] SIRET invalide : 14 chiffres attendus, reçu « 022222222222222 » (15 caractères) : valeur ignorée",
        "l.521 formation/organisme-formation-responsable/SIRET-organisme-formation/SIRET [dropped] SIRET invalide : 14 chiffres attendus, reçu « 011111111111111 » (15 caractères) : valeur ignorée",
      ]
    `);
  });
});
