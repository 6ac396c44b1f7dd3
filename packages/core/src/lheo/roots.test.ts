import { describe, expect, it } from 'vitest';
import { importLheo } from './importer.js';

const LHEO_13 = `<?xml version="1.0" encoding="UTF-8"?>
<lheo xmlns="http://www.lheo.org/1.3.0">
  <offres>
    <offre-formation numero="OF-1">
      <intitule-formation>Remise à niveau</intitule-formation>
      <action-formation numero="AF-1"/>
    </offre-formation>
  </offres>
</lheo>
`;

describe('LHÉO documents that are no LHÉO 2.x offers', () => {
  it('stops on an LHÉO 1.3 file, naming its version and namespace, instead of reading 0 offers', () => {
    const { offers, summary } = importLheo(LHEO_13);
    expect(offers).toEqual([]);
    expect(summary.namespace).toBe('http://www.lheo.org/1.3.0');
    expect(summary.fatal?.message).toMatchInlineSnapshot(
      `"ligne 2, colonne 41 : fichier LHÉO 1.3.0 (espace de noms http://www.lheo.org/1.3.0) : cette ancienne version n'est pas prise en charge, seules LHÉO 2.2 et 2.3 le sont ; demandez un export en LHÉO 2.2 ou 2.3. Import arrêté."`,
    );
  });

  it('stops on LHÉO 1.x records written without a namespace', () => {
    const { summary } = importLheo(LHEO_13.replace(' xmlns="http://www.lheo.org/1.3.0"', ''));
    expect(summary.fatal).toMatchObject({ line: 4 });
    expect(summary.fatal?.message).toMatch(
      /^ligne 4, colonne \d+ : fichier LHÉO 1\.x \(éléments <offre-formation>\) : /,
    );
  });

  it('stops on an Intercarif index (<lheo-index>) and says what it is', () => {
    const { summary } = importLheo(
      '<?xml version="1.0"?>\n<lheo-index xmlns="http://www.lheo.org/2.2"><resumes-offres/></lheo-index>',
    );
    expect(summary.fatal?.message).toMatchInlineSnapshot(
      `"ligne 2, colonne 45 : ce fichier est un index LHÉO (<lheo-index>, des résumés d'offres comme les renvoie le web-service Intercarif), pas un export d'offres : demandez l'export LHÉO complet (élément racine <lheo> avec ses <formation>). Import arrêté."`,
    );
  });

  it('stops on a web page and says it is one', () => {
    const { summary } = importLheo('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>');
    expect(summary.fatal?.message).toMatch(
      /^ligne 1, colonne \d+ : ce fichier est une page web \(élément racine <html>\)/,
    );
  });

  it('still reads the LHÉO 2.2 and 2.3 namespaces', () => {
    for (const uri of ['http://www.lheo.org/2.2', 'http://lheo.gouv.fr/2.3']) {
      expect(importLheo(`<lheo xmlns="${uri}"><offres/></lheo>`).summary.fatal).toBeUndefined();
    }
  });
});
