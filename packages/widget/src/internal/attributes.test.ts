import { expect } from '@open-wc/testing';
import { parseChoice, parseDepartements, parseMode, parsePostalCode } from './attributes.js';
import { MemoryLogger } from './logger.js';

describe('attribute parsing', () => {
  it('reads mode in any case and falls back to both tabs with a warning', () => {
    const logger = new MemoryLogger();
    expect(parseMode(' Search ', logger)).to.equal('search');
    expect(parseMode(undefined, logger)).to.equal('both');
    expect(logger.messages).to.deep.equal([]);
    expect(parseMode('carte', logger)).to.equal('both');
    expect(logger.messages).to.deep.equal([
      'L’attribut mode="carte" n’est pas reconnu : attendu search, orientation ou both. Valeur utilisée : both.',
    ]);
  });

  it('reads départements written with spaces, semicolons, one digit or lower-case Corsica', () => {
    const logger = new MemoryLogger();
    expect(parseDepartements('33, 24;2a 1 33', logger)).to.deep.equal(['33', '24', '2A', '01']);
    expect(logger.messages).to.deep.equal([]);
  });

  it('drops a wrong département code with a warning naming it', () => {
    const logger = new MemoryLogger();
    expect(parseDepartements('33,Gironde', logger)).to.deep.equal(['33']);
    expect(logger.messages[0]).to.contain('departement="Gironde"');
  });

  it('reads a postal code with spaces and refuses anything else', () => {
    const logger = new MemoryLogger();
    expect(parsePostalCode('33 000', logger)).to.equal('33000');
    expect(parsePostalCode('3300', logger)).to.equal(undefined);
    expect(logger.messages[0]).to.contain('attendu un code postal à 5 chiffres');
  });

  it('reads a ruleset id among the known ones, or uses the default with a warning', () => {
    const logger = new MemoryLogger();
    const known = ['nouvelle-aquitaine', 'centre-val-de-loire'];
    expect(parseChoice('ruleset', 'Centre-Val-de-Loire', known, 'nouvelle-aquitaine', logger)).to.equal(
      'centre-val-de-loire',
    );
    expect(parseChoice('ruleset', 'bretagne', known, 'nouvelle-aquitaine', logger)).to.equal(
      'nouvelle-aquitaine',
    );
    expect(logger.messages[0]).to.contain('ruleset="bretagne"');
  });
});
