import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { checkPlacesInTheirCountry, checkPointsInTheirCountry } from '../../../../src/core/validation/check-swapped-coordinates';
import type { Place } from '../../../../src/core/types';

const root = new URL('../../../../', import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;
const countries = readJson<{ features: Array<Feature<Polygon | MultiPolygon, { place_id: string; iso_a2: string }>> }>('geo/countries-region.geojson').features;

describe('checkPointsInTheirCountry', () => {
  it('catches Bamako written [lat, lng] in the capitals layer and says the numbers look swapped', () => {
    const capitals = readJson<{ features: Array<Feature<Polygon, Record<string, unknown>>> }>('tests/fixtures/broken/capitals-latlng-swapped.geojson').features;
    const problems = checkPointsInTheirCountry('geo/capitals.geojson', capitals, countries);
    expect(problems).toEqual([expect.objectContaining({ field: 'features[0].geometry.coordinates', fix: 'Check that the coordinates are [lng, lat], not [lat, lng].' })]);
    expect(problems[0]!.message).toMatch(/Bamako .* lies outside mali/);
  });

  it('accepts the committed capitals', () => {
    const capitals = readJson<{ features: Array<Feature<Polygon, Record<string, unknown>>> }>('geo/capitals.geojson').features;
    expect(checkPointsInTheirCountry('geo/capitals.geojson', capitals, countries)).toEqual([]);
  });
});

describe('checkPlacesInTheirCountry', () => {
  it('catches Nouakchott written [lat, lng] against Mauritania’s polygon', () => {
    const places = readJson<Place[]>('tests/fixtures/broken/places-latlng-swapped.json');
    const problems = checkPlacesInTheirCountry('data/places.json', places, countries);
    expect(problems.map((p) => p.field)).toEqual(['[4].lngLat']);
    expect(problems[0]!.message).toMatch(/look swapped/);
  });

  it('does not call a point swapped when the swapped reading is outside too', () => {
    const places = readJson<Place[]>('data/places.json').map((p) => (p.id === 'bamako' ? { ...p, lngLat: [2.35, 48.85] as [number, number] } : p));
    const [problem] = checkPlacesInTheirCountry('data/places.json', places, countries);
    expect(problem?.message).not.toMatch(/swapped/);
  });
});
