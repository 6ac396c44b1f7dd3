/**
 * The real communes the demo catalogue places its trainings in.
 *
 * They come from the generated territory files (`packages/data/generated/territories/`, built by
 * `pnpm build:data`); only communes whose point is GeoNames' own are used, so every demo training
 * sits where its town really is. When the territory files have not been generated, a short
 * built-in list of the largest communes of each Nouvelle-Aquitaine département stands in
 * (INSEE codes and populations from @etalab/decoupage-administratif, points from GeoNames).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommunes } from '@passerelle/core';
import { communesFileName, GENERATED_TERRITORIES_DIR } from '../territories/paths.js';
import { NOUVELLE_AQUITAINE_DEPARTEMENTS } from '../territories/regions.js';

/** A commune as the generator needs it. */
export interface DemoCommune {
  readonly inseeCode: string;
  readonly name: string;
  readonly postalCodes: readonly string[];
  readonly departement: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
}

/** The twelve départements of Nouvelle-Aquitaine, the demo's default. */
export const DEMO_DEPARTEMENTS: readonly string[] = NOUVELLE_AQUITAINE_DEPARTEMENTS;

type Row = readonly [
  inseeCode: string,
  name: string,
  postalCode: string,
  lat: number,
  lon: number,
  population: number,
];

// The eight most populous communes of each département that GeoNames places.
const BUILT_IN: readonly Row[] = [
  ['16015', 'Angoulême', '16000', 45.65, 0.1535, 41908],
  ['16102', 'Cognac', '16100', 45.6958, -0.3287, 18532],
  ['16374', 'Soyaux', '16800', 45.6405, 0.1975, 10087],
  ['16113', 'La Couronne', '16400', 45.6113, 0.0995, 7765],
  ['16358', 'Saint-Yrieix-sur-Charente', '16710', 45.6752, 0.1271, 7539],
  ['16291', 'Ruelle-sur-Touvre', '16600', 45.6798, 0.2293, 7408],
  ['16154', 'Gond-Pontouvre', '16160', 45.6833, 0.1667, 5862],
  ['16078', 'Champniers', '16430', 45.7145, 0.2044, 5281],
  ['17300', 'La Rochelle', '17000', 46.1631, -1.1522, 79851],
  ['17415', 'Saintes', '17100', 45.7474, -0.6349, 25363],
  ['17299', 'Rochefort', '17300', 45.943, -0.9677, 23460],
  ['17306', 'Royan', '17200', 45.6281, -1.0315, 19425],
  ['17028', 'Aytré', '17440', 46.1342, -1.1183, 9746],
  ['17274', 'Périgny', '17180', 46.1545, -1.0969, 8877],
  ['17449', 'Tonnay-Charente', '17430', 45.944, -0.8919, 8289],
  ['17200', 'Lagord', '17140', 46.1892, -1.1539, 7802],
  ['19031', 'Brive-la-Gaillarde', '19100', 45.1589, 1.5333, 47095],
  ['19272', 'Tulle', '19000', 45.2658, 1.7723, 13401],
  ['19275', 'Ussel', '19200', 45.548, 2.3092, 9187],
  ['19229', 'Saint-Pantaléon-de-Larche', '19600', 45.1412, 1.4465, 5091],
  ['19073', 'Égletons', '19300', 45.4064, 2.0452, 4341],
  ['19274', 'Ussac', '19270', 45.1939, 1.5134, 4322],
  ['19005', 'Allassac', '19240', 45.2584, 1.4755, 4081],
  ['19153', 'Objat', '19130', 45.263, 1.4083, 3721],
  ['23096', 'Guéret', '23000', 46.1719, 1.8717, 12955],
  ['23176', 'La Souterraine', '23300', 46.2379, 1.486, 4978],
  ['23193', 'Sainte-Feyre', '23000', 46.139, 1.9153, 2566],
  ['23030', 'Bourganeuf', '23400', 45.9537, 1.7557, 2364],
  ['23245', 'Saint-Sulpice-le-Guérétois', '23000', 46.2003, 1.8287, 1892],
  ['23247', 'Saint-Vaury', '23320', 46.2042, 1.7557, 1718],
  ['23079', 'Felletin', '23500', 45.8842, 2.1734, 1577],
  ['23093', 'Gouzon', '23230', 46.1919, 2.2389, 1558],
  ['24322', 'Périgueux', '24000', 45.1869, 0.7144, 29055],
  ['24037', 'Bergerac', '24100', 44.8516, 0.4817, 27110],
  ['24520', 'Sarlat-la-Canéda', '24200', 44.889, 1.2166, 8763],
  ['24557', 'Trélissac', '24750', 45.1962, 0.7826, 7372],
  ['24547', 'Terrasson-Lavilledieu', '24120', 45.1301, 1.3014, 6218],
  ['24294', 'Montpon-Ménestérol', '24700', 45.0096, 0.1592, 5866],
  ['24372', 'Saint-Astier', '24110', 45.1453, 0.5275, 5376],
  ['24102', 'Chancelade', '24650', 45.2055, 0.6655, 4468],
  ['33063', 'Bordeaux', '33000', 44.8404, -0.5805, 267991],
  ['33281', 'Mérignac', '33700', 44.8425, -0.6451, 78090],
  ['33318', 'Pessac', '33600', 44.8057, -0.6324, 67339],
  ['33522', 'Talence', '33400', 44.8085, -0.5891, 46338],
  ['33550', "Villenave-d'Ornon", '33140', 44.7794, -0.5671, 42545],
  ['33449', 'Saint-Médard-en-Jalles', '33160', 44.8955, -0.7178, 32910],
  ['33039', 'Bègles', '33130', 44.8076, -0.5514, 31831],
  ['33529', 'La Teste-de-Buch', '33115', 44.6328, -1.1451, 27566],
  ['40192', 'Mont-de-Marsan', '40000', 43.8902, -0.4971, 31592],
  ['40088', 'Dax', '40100', 43.7103, -1.0537, 22109],
  ['40046', 'Biscarrosse', '40600', 44.3945, -1.1672, 15836],
  ['40279', 'Saint-Paul-lès-Dax', '40990', 43.7257, -1.0528, 14481],
  ['40312', 'Tarnos', '40220', 43.5417, -1.4628, 12957],
  ['40281', 'Saint-Pierre-du-Mont', '40280', 43.8845, -0.5218, 10092],
  ['40065', 'Capbreton', '40130', 43.6424, -1.4312, 9184],
  ['40310', 'Soustons', '40140', 43.7517, -1.3298, 8701],
  ['47001', 'Agen', '47000', 44.202, 0.6206, 32801],
  ['47323', 'Villeneuve-sur-Lot', '47300', 44.4085, 0.7042, 22350],
  ['47157', 'Marmande', '47200', 44.5036, 0.1655, 17328],
  ['47310', 'Tonneins', '47400', 44.3948, 0.3101, 9459],
  ['47201', 'Le Passage', '47520', 44.2014, 0.6035, 9326],
  ['47195', 'Nérac', '47600', 44.136, 0.3384, 6992],
  ['47252', 'Sainte-Livrade-sur-Lot', '47110', 44.3982, 0.5893, 6541],
  ['47032', 'Bon-Encontre', '47240', 44.186, 0.6713, 6530],
  ['64445', 'Pau', '64000', 43.3112, -0.3558, 80441],
  ['64102', 'Bayonne', '64100', 43.4932, -1.473, 54306],
  ['64024', 'Anglet', '64600', 43.4892, -1.5192, 43271],
  ['64122', 'Biarritz', '64200', 43.4806, -1.5568, 26206],
  ['64260', 'Hendaye', '64700', 43.3581, -1.7744, 18102],
  ['64483', 'Saint-Jean-de-Luz', '64500', 43.3887, -1.6627, 14857],
  ['64129', 'Billère', '64140', 43.3026, -0.3973, 14384],
  ['64348', 'Lons', '64140', 43.3151, -0.411, 13606],
  ['79191', 'Niort', '79000', 46.3231, -0.4588, 59854],
  ['79049', 'Bressuire', '79300', 46.8416, -0.4904, 19970],
  ['79329', 'Thouars', '79100', 46.9815, -0.2117, 13891],
  ['79202', 'Parthenay', '79200', 46.6483, -0.2467, 10140],
  ['79081', 'Chauray', '79180', 46.3607, -0.3775, 7221],
  ['79174', 'Melle', '79500', 46.224, -0.1435, 5752],
  ['79048', 'La Crèche', '79260', 46.3667, -0.3, 5662],
  ['79195', 'Nueil-les-Aubiers', '79250', 46.9333, -0.5833, 5483],
  ['86194', 'Poitiers', '86000', 46.5826, 0.3435, 89916],
  ['86066', 'Châtellerault', '86100', 46.8171, 0.5452, 31003],
  ['86041', 'Buxerolles', '86180', 46.6167, 0.4833, 10289],
  ['86214', 'Saint-Benoît', '86280', 46.5503, 0.3418, 7375],
  ['86070', 'Chauvigny', '86300', 46.5698, 0.6435, 7007],
  ['86137', 'Loudun', '86200', 47.0079, 0.083, 6839],
  ['86297', 'Vouneuil-sous-Biard', '86580', 46.5729, 0.2702, 6290],
  ['86174', 'Naintré', '86530', 46.7629, 0.483, 5964],
  ['87085', 'Limoges', '87000', 45.8336, 1.2476, 129937],
  ['87154', 'Saint-Junien', '87200', 45.8875, 0.9016, 11415],
  ['87114', 'Panazol', '87350', 45.8387, 1.31, 11342],
  ['87050', 'Couzeix', '87270', 45.8765, 1.2384, 10195],
  ['87075', 'Isle', '87170', 45.8046, 1.2262, 7995],
  ['87187', 'Saint-Yrieix-la-Perche', '87500', 45.5145, 1.2033, 6830],
  ['87065', 'Feytiat', '87220', 45.81, 1.3311, 6176],
  ['87001', 'Aixe-sur-Vienne', '87700', 45.7966, 1.1358, 5890],
];

/**
 * The built-in list, for when the territory files have not been generated.
 *
 * @example
 * ```ts
 * const [first] = builtInCommunes(['33']);
 * first?.name; // 'Bordeaux'
 * builtInCommunes(['33']).length; // 8
 * ```
 */
export function builtInCommunes(departements: readonly string[] = DEMO_DEPARTEMENTS): DemoCommune[] {
  const wanted = new Set(departements);
  return BUILT_IN.filter((row) => wanted.has(row[0].slice(0, 2))).map(
    ([inseeCode, name, postalCode, lat, lon, population]) => ({
      inseeCode,
      name,
      postalCodes: [postalCode],
      departement: inseeCode.slice(0, 2),
      population,
      lat,
      lon,
    }),
  );
}

/** Path of a département's generated communes file. */
export function territoryFile(departement: string, dir = GENERATED_TERRITORIES_DIR): string {
  return join(dir, communesFileName(departement));
}

/**
 * The communes of the given départements from the generated territory files, keeping those with
 * a GeoNames point and a postal code. Returns `undefined` when a file is missing, so the caller
 * can fall back to the built-in list; a file that fails validation is our bug and throws.
 */
export function territoryCommunes(
  departements: readonly string[] = DEMO_DEPARTEMENTS,
  dir = GENERATED_TERRITORIES_DIR,
): DemoCommune[] | undefined {
  const communes: DemoCommune[] = [];
  for (const departement of departements) {
    let text: string;
    try {
      text = readFileSync(territoryFile(departement, dir), 'utf8');
    } catch {
      return undefined;
    }
    const parsed = parseCommunes(text);
    if (!parsed.ok) {
      const first = parsed.error[0];
      throw new Error(`communes-${departement}.json invalide : ${first?.path ?? ''} ${first?.message ?? ''}`);
    }
    for (const place of parsed.value.places) {
      if (place.coordinateSource !== 'geonames' || place.postalCodes.length === 0) continue;
      communes.push({
        inseeCode: place.inseeCode,
        name: place.name,
        postalCodes: place.postalCodes,
        departement: place.departement,
        population: place.population,
        lat: place.coordinates.lat,
        lon: place.coordinates.lon,
      });
    }
  }
  return communes;
}

/** Where the demo's communes came from, for the build log. */
export type CommuneSource = 'territories' | 'built-in';

/**
 * The generated territory communes when available, else the built-in list.
 *
 * @example
 * ```ts
 * const { communes, source } = demoCommunes(['33']);
 * console.log(`${communes.length} communes (${source === 'territories' ? 'fichiers de territoires' : 'liste intégrée'})`);
 * ```
 */
export function demoCommunes(departements: readonly string[] = DEMO_DEPARTEMENTS): {
  communes: DemoCommune[];
  source: CommuneSource;
} {
  const fromTerritories = territoryCommunes(departements);
  if (fromTerritories !== undefined && fromTerritories.length > 0) {
    return { communes: fromTerritories, source: 'territories' };
  }
  return { communes: builtInCommunes(departements), source: 'built-in' };
}
