import { describe, expect, it } from 'vitest';
import { placeSlug } from '../../../../src/core/geo/place-slug';

describe('placeSlug', () => {
  it('lowercases and joins words with hyphens', () => {
    expect(placeSlug('Burkina Faso')).toBe('burkina-faso');
  });

  it('removes accents and apostrophes', () => {
    expect(placeSlug("Côte d'Ivoire")).toBe('cote-d-ivoire');
  });

  it('refuses a name with nothing to slug', () => {
    expect(() => placeSlug(' – ')).toThrow(/slug/);
  });
});
