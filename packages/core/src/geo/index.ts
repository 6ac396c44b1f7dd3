// Public API of the geo module: territory files, commune lookups and distances.
export {
  COORDINATE_SOURCES,
  COMMUNE_COLUMNS,
  TERRITORIES_FORMAT,
  TERRITORIES_VERSION,
  type BoundingBox,
  type CommuneRow,
  type CommunesFile,
  type CoordinateSource,
  type DepartementInfo,
  type DepartementsFile,
  type RegionInfo,
  type RegionsFile,
} from './schema.js';
export { placeFromRow, placeToRow, type Place } from './place.js';
export {
  departementOfInseeCode,
  departementsForPostalCode,
  parseCommunes,
  parseDepartements,
  parseRegions,
  type CommunesOfDepartement,
} from './parse.js';
export { haversineKm } from './distance.js';
export { Gazetteer, createGazetteer, placeNameKey } from './gazetteer.js';
