// The one-file script's view of `@passerelle/data`: the shipped rulesets as data, nothing else.
//
// `getRuleset` in @passerelle/data checks each ruleset with core's ruleset schema on first use. The
// shipped files are already checked by @passerelle/data's own tests before anything is built, and
// that schema costs about 5 KB gzipped in every page that embeds the widget, so the browser bundle
// reads the same JSON files without re-checking them. tests/node/widget-bundle.test.ts proves that this
// module answers exactly what `getRuleset` answers. The rest of @passerelle/data (territory loaders,
// demo generator) is Node code and stays out of the browser.
import centreValDeLoire from '../../data/src/rulesets/centre-val-de-loire.json' with { type: 'json' };
import nouvelleAquitaine from '../../data/src/rulesets/nouvelle-aquitaine.json' with { type: 'json' };

const documents = {
  'nouvelle-aquitaine': nouvelleAquitaine,
  'centre-val-de-loire': centreValDeLoire,
};

export const rulesetIds = Object.keys(documents);
export const defaultRulesetId = 'nouvelle-aquitaine';

export function isRulesetId(id) {
  return Object.prototype.hasOwnProperty.call(documents, id);
}

export function getRuleset(id) {
  return isRulesetId(id) ? documents[id] : undefined;
}
