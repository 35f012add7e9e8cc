import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** Mali's and Mauritania's extents, with a margin: a town of either country lies inside. */
const EXTENT = { ML: { west: -12.5, south: 10, east: 4.5, north: 25.2 }, MR: { west: -17.3, south: 14.6, east: -4.7, north: 27.4 } } as const;

describe('the gazetteer', () => {
  test('every Malian and Mauritanian place lies in its own country, never at a namesake abroad', () => {
    const { places } = JSON.parse(readFileSync('data/gazetteer/gazetteer.json', 'utf8')) as { places: Array<{ id: string; iso: string | null; kind: string; lat: number; lng: number }> };
    const outside = places
      .filter((place) => (place.iso === 'ML' || place.iso === 'MR') && place.kind !== 'country')
      .filter((place) => {
        const box = EXTENT[place.iso as 'ML' | 'MR'];
        return place.lng < box.west || place.lng > box.east || place.lat < box.south || place.lat > box.north;
      })
      .map((place) => `${place.id} (${place.lat}, ${place.lng})`);
    expect(outside).toEqual([]);
  });
});
