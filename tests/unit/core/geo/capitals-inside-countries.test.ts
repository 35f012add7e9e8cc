import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { capitalsInsideCountries } from '../../../../src/core/geo/capitals-inside-countries';
import { deepFreeze } from './helpers';

// A box standing in for Mauritania, around Nouakchott (18.0858 N, 15.9785 W).
const countries = deepFreeze<FeatureCollection<Polygon, { iso_a2: string | null }>>({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { iso_a2: 'MR' },
      geometry: { type: 'Polygon', coordinates: [[[-17, 14.7], [-4.8, 14.7], [-4.8, 27.3], [-17, 27.3], [-17, 14.7]]] },
    },
  ],
});

function capital(lngLat: [number, number], isoA2 = 'MR'): FeatureCollection<Point, { place_id: string; iso_a2: string }> {
  return deepFreeze({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { place_id: 'nouakchott', iso_a2: isoA2 }, geometry: { type: 'Point', coordinates: lngLat } }],
  });
}

describe('capitalsInsideCountries', () => {
  it('finds no offender when the capital lies in its country', () => {
    expect(capitalsInsideCountries(capital([-15.9785, 18.0858]), countries)).toEqual([]);
  });

  it('catches a capital whose latitude and longitude were swapped', () => {
    expect(capitalsInsideCountries(capital([18.0858, -15.9785]), countries)).toEqual([
      { placeId: 'nouakchott', isoA2: 'MR', lngLat: [18.0858, -15.9785], reason: 'outside-country' },
    ]);
  });

  it('reports a capital whose country is not in the layer', () => {
    expect(capitalsInsideCountries(capital([-8.0029, 12.6392], 'ML'), countries)[0]?.reason).toBe('country-missing');
  });
});
