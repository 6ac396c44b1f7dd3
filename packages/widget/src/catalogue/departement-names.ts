/**
 * French names of the départements, with their article, for « Chargement de la Charente… ». The
 * published files carry only codes; one short table (about 1 KB gzipped) spares a request.
 */
const table =
  '01l’Ain|02l’Aisne|03l’Allier|04les Alpes-de-Haute-Provence|05les Hautes-Alpes|06les Alpes-Maritimes|' +
  '07l’Ardèche|08les Ardennes|09l’Ariège|10l’Aube|11l’Aude|12l’Aveyron|13les Bouches-du-Rhône|' +
  '14le Calvados|15le Cantal|16la Charente|17la Charente-Maritime|18le Cher|19la Corrèze|' +
  '2Ala Corse-du-Sud|2Bla Haute-Corse|21la Côte-d’Or|22les Côtes-d’Armor|23la Creuse|24la Dordogne|' +
  '25le Doubs|26la Drôme|27l’Eure|28l’Eure-et-Loir|29le Finistère|30le Gard|31la Haute-Garonne|' +
  '32le Gers|33la Gironde|34l’Hérault|35l’Ille-et-Vilaine|36l’Indre|37l’Indre-et-Loire|38l’Isère|' +
  '39le Jura|40les Landes|41le Loir-et-Cher|42la Loire|43la Haute-Loire|44la Loire-Atlantique|' +
  '45le Loiret|46le Lot|47le Lot-et-Garonne|48la Lozère|49le Maine-et-Loire|50la Manche|51la Marne|' +
  '52la Haute-Marne|53la Mayenne|54la Meurthe-et-Moselle|55la Meuse|56le Morbihan|57la Moselle|' +
  '58la Nièvre|59le Nord|60l’Oise|61l’Orne|62le Pas-de-Calais|63le Puy-de-Dôme|' +
  '64les Pyrénées-Atlantiques|65les Hautes-Pyrénées|66les Pyrénées-Orientales|67le Bas-Rhin|' +
  '68le Haut-Rhin|69le Rhône|70la Haute-Saône|71la Saône-et-Loire|72la Sarthe|73la Savoie|' +
  '74la Haute-Savoie|75Paris|76la Seine-Maritime|77la Seine-et-Marne|78les Yvelines|79les Deux-Sèvres|' +
  '80la Somme|81le Tarn|82le Tarn-et-Garonne|83le Var|84le Vaucluse|85la Vendée|86la Vienne|' +
  '87la Haute-Vienne|88les Vosges|89l’Yonne|90le Territoire de Belfort|91l’Essonne|92les Hauts-de-Seine|' +
  '93la Seine-Saint-Denis|94le Val-de-Marne|95le Val-d’Oise|971la Guadeloupe|972la Martinique|' +
  '973la Guyane|974La Réunion|976Mayotte';

let names: Map<string, string> | undefined;

function nameWithArticle(code: string): string | undefined {
  names ??= new Map(
    table.split('|').map((entry) => {
      const length = entry.startsWith('97') ? 3 : 2;
      return [entry.slice(0, length), entry.slice(length)];
    }),
  );
  return names.get(code);
}

/** « de la Charente », « du Lot », « de l’Ain », « des Landes », « de Paris », « du département 99 ». */
export function ofDepartement(code: string): string {
  const name = nameWithArticle(code);
  if (!name) return `du département ${code}`;
  if (name.startsWith('le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('les ')) return `des ${name.slice(4)}`;
  return `de ${name}`;
}
