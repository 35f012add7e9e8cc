import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, articleSlug, placeSlug, slugify } from '../../../../src/core/vocabulary/slug';

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

describe('slugify', () => {
  it('cuts at the length asked for without leaving a hyphen at the end', () => {
    expect(slugify('Adel Bagrou', 5)).toBe('adel');
    expect(slugify('Adel Bagrou', 6)).toBe('adel-b');
  });

  it('gives null, not an empty id, when there is nothing to slug', () => {
    expect(slugify('—')).toBeNull();
  });

  it('makes only what the data files accept as an id', () => {
    for (const name of ['Nouakchott', "  Côte d'Ivoire ", 'Mali – Mauritanie', 'Ségou 2024']) expect(slugify(name)).toMatch(SLUG_PATTERN);
  });
});

describe('articleSlug', () => {
  it('is the outlet, the date and the words, at most 80 characters', () => {
    expect(articleSlug('Kessiya', '2024-05-09', 'Mali Mauritanie')).toBe('kessiya-2024-05-09-mali-mauritanie');
    expect(articleSlug(undefined, '2024', 'Bassikounou')).toBe('2024-bassikounou');
    const long = articleSlug('Cridem', '2024-06-01', 'mot '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(SLUG_PATTERN);
  });
});
