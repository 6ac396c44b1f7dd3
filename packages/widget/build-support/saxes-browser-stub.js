// Core's public index also exports the LHÉO importer, which streams XML with saxes (CommonJS, Node
// oriented). The widget never imports LHÉO files, so browser builds and tests replace saxes with this
// stub: it keeps saxes out of the one-file script and fails loudly if something ever calls it.
export class SaxesParser {
  constructor() {
    throw new Error(
      'L’import LHÉO n’est pas disponible dans le navigateur : utilisez la commande passerelle import.',
    );
  }
}
