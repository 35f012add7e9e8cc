import { describe, expect, it } from 'vitest';
import { bundledGazetteer } from '../../../../src/core/gazetteer/bundled-gazetteer';
import { matchRank } from '../../../../src/core/gazetteer/match-name';
import { createPlaceSearch } from '../../../../src/core/search/search-places';
import type { Place } from '../../../../src/core/types';

const gazetteer = bundledGazetteer();
const nouakchott: Place = { id: 'nouakchott', kind: 'city', name: { fr: 'Nouakchott', en: 'Nouakchott' }, iso: 'MR', geonamesId: 2377450, wikidataId: null, lngLat: [-15.98, 18.08], bbox: null, geoPrecision: 1, coordSource: 'GeoNames 2377450' };
const nema: Place = { id: 'nema', kind: 'town', name: { fr: 'Néma', en: 'Nema' }, iso: 'MR', geonamesId: null, wikidataId: null, lngLat: [-7.26, 16.62], bbox: null, geoPrecision: 1, coordSource: 'GeoNames' };

describe('matchRank', () => {
  it('ranks the whole name, its start, a word start, then inside', () => {
    expect(matchRank('nema', 'nema')).toBe(0);
    expect(matchRank('nouakchott', 'nouak')).toBe(1);
    expect(matchRank('hodh ech chargui', 'chargui')).toBe(2);
    expect(matchRank("d'aioun", 'aioun')).toBe(2);
    expect(matchRank('nouakchott', 'kchott')).toBe(3);
    expect(matchRank('bamako', 'nouak')).toBeNull();
    // Inside a word, three letters are too few to mean the place: « une » is not Brunei.
    expect(matchRank('brunei', 'une')).toBeNull();
    expect(matchRank('brunei', 'unei')).toBe(3);
    expect(matchRank('hodh ech chargui', 'ech')).toBe(2);
  });
});

describe('createPlaceSearch', () => {
  const search = createPlaceSearch([nouakchott, nema], gazetteer.places, new Map([['nouakchott', 5]]));

  it('finds a place without its accents, and by a variant', () => {
    const [first] = search.search('NEMA');
    expect(first?.entry.id).toBe('nema');
    expect(first?.entry.isArticlePlace).toBe(true);
    expect(search.search('Neema')[0]?.matchedName).toBe('Neema');
  });

  it('finds gazetteer entries the articles do not name, with their source', () => {
    const [kiffa] = search.search('kiff');
    expect(kiffa?.entry).toMatchObject({ id: 'kiffa', isArticlePlace: false, mentionCount: 0 });
    expect(kiffa?.entry.lngLat).toHaveLength(2);
    expect(kiffa?.entry.source).toBeTruthy();
  });

  it('finds a place by its name in either language', () => {
    expect(search.search('Mauritanie')[0]?.entry.id).toBe('mauritania');
    expect(search.search('Mauritania')[0]?.entry.id).toBe('mauritania');
  });

  it('keeps one entry for a place both the articles and the gazetteer hold', () => {
    const hits = search.search('nouakchott', 50).filter((result) => result.entry.id === 'nouakchott');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.entry.mentionCount).toBe(5);
  });

  it('puts better matches first, and article places before gazetteer-only ones at the same rank', () => {
    const results = search.search('ma', 50);
    const ranks = results.map((result) => result.matchRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(results.length).toBeGreaterThan(5);
    expect(search.search('ma', 3)).toHaveLength(3);
  });

  it('gives nothing for an empty or blank query', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('  - ')).toEqual([]);
  });

  it('never offers a border as a result of its label', () => {
    expect(search.search('border', 50).every((result) => result.entry.kind !== 'border' || result.entry.isArticlePlace)).toBe(true);
  });
});
