import { describe, expect, it } from 'vitest';
import { makeOffer } from '../test-support/catalogue-fixtures.js';
import { checkOfferContent } from './content-rules.js';

describe('checkOfferContent', () => {
  it('quotes a refused value cut to 40 characters without cutting an emoji in half', () => {
    const url = `javascript:${'a'.repeat(28)}😀😀`;
    const [problem] = checkOfferContent(makeOffer({ url }));
    expect(problem?.path).toBe('url');
    expect(problem?.message).toContain(`« javascript:${'a'.repeat(28)}… »`);
    // No half emoji: a high surrogate not followed by its low half.
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(problem?.message ?? '')).toBe(false);
  });
});
