// Territories: the generated régions, départements and communes, their loader and shard writer.
export {
  findPlaces,
  loadAllCommunes,
  loadCommunes,
  loadCommunesOfDepartement,
  loadDepartements,
  loadDepartementsOfRegion,
  loadGazetteer,
  loadRegions,
  type TerritoryLoadOptions,
} from './load.js';
export { writeTerritoryShards, type TerritoryShardFile } from './shards.js';
export { NOUVELLE_AQUITAINE_DEPARTEMENTS, NOUVELLE_AQUITAINE_REGION } from './regions.js';
export { GENERATED_TERRITORIES_DIR, communesFileName } from './paths.js';
