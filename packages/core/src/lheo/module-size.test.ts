import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Issue 10: no source module over 800 lines; the mapping is split by idea well under that. */
const MAX_LINES = 800;
const MAPPING_MAX_LINES = 500;
const here = new URL('./', import.meta.url);
const modules = readdirSync(here).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
const lines = (name: string): number => readFileSync(new URL(name, here), 'utf8').split('\n').length;

describe('the LHÉO import modules', () => {
  it.each(modules)('%s stays under 800 lines', (name) => {
    expect(lines(name)).toBeLessThan(MAX_LINES);
  });

  it('maps the records in a module well under the limit, its parts beside it', () => {
    expect(lines('map-offer.ts')).toBeLessThan(MAPPING_MAX_LINES);
    for (const part of [
      'field-reader.ts',
      'address.ts',
      'contacts.ts',
      'offer-parts.ts',
      'extras.ts',
      'values.ts',
    ])
      expect(modules).toContain(part);
  });
});
