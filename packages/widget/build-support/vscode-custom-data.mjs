// Writes VS Code's HTML and CSS custom data from custom-elements.json, so an editor completes
// `<passerelle-finder catalogue="…">` and `--passerelle-accent` with their documentation.
// Settings: "html.customData": ["./node_modules/@passerelle/widget/vscode.html-custom-data.json"],
// "css.customData": ["./node_modules/@passerelle/widget/vscode.css-custom-data.json"].
import { writeFileSync } from 'node:fs';

/** The elements of a manifest (custom-elements.json schema 2.x). */
export function customElementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName),
  );
}

function attributeValues(type) {
  // A union of string literals (« 'search' | 'orientation' | 'both' ») becomes completion values.
  const literals = type?.text?.split('|').map((part) => part.trim()) ?? [];
  const values = literals
    .filter((part) => /^'[^']*'$/.test(part))
    .map((part) => ({ name: part.slice(1, -1) }));
  return values.length > 0 && values.length === literals.filter((part) => part !== 'undefined').length
    ? { values }
    : {};
}

/** VS Code's HTML custom data (version 1.1) for the manifest's elements. */
export function htmlCustomData(manifest) {
  return {
    version: 1.1,
    tags: customElementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: [element.summary, element.description].filter(Boolean).join('\n\n'),
      attributes: (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        ...(attribute.description ? { description: attribute.description } : {}),
        ...attributeValues(attribute.type),
      })),
    })),
  };
}

/** VS Code's CSS custom data (version 1.1): the custom properties and parts a page may style. */
export function cssCustomData(manifest) {
  const elements = customElementsOf(manifest);
  const properties = new Map();
  const pseudoElements = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      properties.set(property.name, { name: property.name, description: property.description ?? '' });
    }
    for (const part of element.cssParts ?? []) {
      const name = `::part(${part.name})`;
      if (!pseudoElements.has(name)) {
        pseudoElements.set(name, { name, description: `${element.tagName} : ${part.description ?? ''}` });
      }
    }
  }
  return { version: 1.1, properties: [...properties.values()], pseudoElements: [...pseudoElements.values()] };
}

/** The analyzer plugin: writes both files beside custom-elements.json once it is complete. */
export function vscodeCustomData({ outdir = '.' } = {}) {
  return {
    name: 'passerelle-vscode-custom-data',
    packageLinkPhase({ customElementsManifest }) {
      const write = (file, data) => writeFileSync(`${outdir}/${file}`, `${JSON.stringify(data, null, 2)}\n`);
      write('vscode.html-custom-data.json', htmlCustomData(customElementsManifest));
      write('vscode.css-custom-data.json', cssCustomData(customElementsManifest));
    },
  };
}
