import { describe, expect, it } from 'vitest';
import { FILTER_QUERY_KEYS, filters, filtersFromQuery, filtersToQuery, isUnfiltered, NO_FILTERS } from '../../../../src/core/filters/filter-state';

describe('filters in the URL', () => {
  it('no filter is an empty query, and an empty query no filter', () => {
    expect(filtersToQuery(filters())).toBe('');
    expect(filtersFromQuery('')).toEqual(NO_FILTERS);
    expect(isUnfiltered(filters())).toBe(true);
  });

  it('round-trips every member', () => {
    const state = filters({
      from: '2024-03-01',
      to: '2024-05-31',
      eventTypes: ['Battles', 'Explosions/Remote violence'],
      subEventTypes: ['Armed clash'],
      actors: ['wagner', 'Forces armées, « FAMa » & co'],
      claimStatuses: ['alleged', 'confirmed'],
      geoPrecisions: [1, 3],
      timePrecisions: [2],
      origins: ['acled', 'kessiya-2024-05-mali-mauritanie'],
      sources: ['Kessiya', 'SYNTHETIC — Border Brief test data'],
      sides: ['mauritania', 'astride'],
      maxDistanceKm: 50,
    });
    const query = filtersToQuery(state);
    expect(filtersFromQuery(query)).toEqual(state);
    expect(filtersFromQuery(`?${query}`)).toEqual(state);
    expect(query.startsWith('from=2024-03-01&to=2024-05-31&type=Battles&type=Explosions%2FRemote+violence')).toBe(true);
  });

  it('writes "within 50 km, Mauritania side, since March" in a few keys', () => {
    expect(filtersToQuery(filters({ from: '2024-03-01', sides: ['mauritania'], maxDistanceKm: 50 }))).toBe('from=2024-03-01&side=mauritania&maxkm=50');
  });

  it('drops values that cannot be right, says which, and ignores other keys', () => {
    const ignored: string[] = [];
    const state = filtersFromQuery('place=nouakchott&from=2024-02-30&geo=4&geo=2&side=moon&claim=rumoured&maxkm=-3&type=Riots', (key, value) => ignored.push(`${key}=${value}`));
    expect(state).toEqual(filters({ geoPrecisions: [2], eventTypes: ['Riots'] }));
    expect(ignored).toEqual(['from=2024-02-30', 'claim=rumoured', 'geo=4', 'side=moon', 'maxkm=-3']);
    expect(FILTER_QUERY_KEYS).not.toContain('place');
  });

  it('writes a repeated value once', () => {
    expect(filtersToQuery(filters({ eventTypes: ['Riots', 'Riots'] }))).toBe('type=Riots');
  });
});
