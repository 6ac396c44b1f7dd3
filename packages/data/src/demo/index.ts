export {
  DEMO_DEFAULT_SEED,
  DEMO_DEFAULT_SIZE,
  DEMO_RULESET,
  DEMO_SOURCE,
  demoCatalogueMeta,
  generateDemoCatalogue,
  intendedProgramme,
  iterateDemoOffers,
  type DemoOptions,
} from './generate.js';
export {
  DEMO_DEPARTEMENTS,
  builtInCommunes,
  demoCommunes,
  territoryCommunes,
  type DemoCommune,
} from './communes.js';
export {
  DEMO_PROGRAMMES,
  DISPOSITIF,
  OFFER_TEMPLATES,
  type DemoProgramme,
  type OfferTemplate,
} from './offer-templates.js';
