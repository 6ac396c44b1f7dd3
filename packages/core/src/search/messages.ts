/** Every French message of the search module, kept together so they read consistently. */
export const searchMessages = {
  notAnObject: "l'index de recherche doit être un objet JSON produit par serialiseSearchIndex()",
  wrongFormat: (found: unknown) =>
    `format inattendu : « passerelle-search-index » attendu, ${JSON.stringify(found) ?? 'rien'} trouvé`,
  wrongVersion: (expected: number, found: unknown) =>
    `version ${expected} attendue, ${JSON.stringify(found) ?? 'rien'} trouvée : reconstruisez l'index`,
  otherCatalogue: (expected: string, found: unknown) =>
    `cet index a été construit pour un autre catalogue (empreinte ${JSON.stringify(found) ?? 'absente'}, ` +
    `${expected} attendue) : reconstruisez l'index`,
  otherAnalyser:
    "cet index a été construit avec une autre table de métiers ou d'autres libellés : reconstruisez l'index",
  notAString: 'une chaîne de caractères était attendue',
  badEncoding: 'encodage base64 invalide ou longueur incohérente',
  termsNotSorted: (line: number) => `les termes doivent être triés et uniques (terme n° ${line})`,
  badOffsets: 'les positions des listes doivent croître et finir sur la taille des listes',
  badPostings: (what: string, count: number) =>
    `listes illisibles, incohérentes avec leurs positions, ou numéro d'${what} hors limites (moins de ${count} attendu)`,
} as const;
