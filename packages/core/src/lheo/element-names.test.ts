import { describe, expect, it } from 'vitest';
import { LHEO_CONTAINER_ELEMENTS, LHEO_VALUE_ELEMENTS } from './codes.js';
import { knownElement } from './element-names.js';

describe('knownElement', () => {
  it('finds every LHÉO element name with the kind of its text', () => {
    for (const name of LHEO_VALUE_ELEMENTS) expect(knownElement(name)).toEqual({ name, text: 'kept' });
    for (const name of LHEO_CONTAINER_ELEMENTS) expect(knownElement(name)).toEqual({ name, text: 'dropped' });
    expect(knownElement('extras')?.text).toBe('dropped');
    expect(knownElement('extra')?.text).toBe('kept');
  });

  it('finds a name read from a larger text, and gives back its own constant', () => {
    const read = '<lheo><adresse>'.slice(7, 14);
    expect(knownElement(read)?.name).toBe('adresse');
  });

  it.each(['', 'p', 'li', 'coordonneFs', 'Adresse', 'adresse ', 'l:adresse', 'formations', 'extrass'])(
    'knows no element named %j',
    (name) => {
      expect(knownElement(name)).toBeUndefined();
    },
  );
});
