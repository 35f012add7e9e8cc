import { area, booleanPointInPolygon, difference, featureCollection } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Feature, LineString, Polygon } from 'geojson';
import { borderZone } from '../../../../src/core/geo/border-zone';
import { deepFreeze } from './helpers';

// Two 2° × 2° countries on the equator sharing the meridian 0 (west: 'W', east: 'E').
const west = deepFreeze<Feature<Polygon>>({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[-2, -1], [0, -1], [0, 1], [-2, 1], [-2, -1]]] } });
const east = deepFreeze<Feature<Polygon>>({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, -1], [2, -1], [2, 1], [0, 1], [0, -1]]] } });
const border = deepFreeze<Feature<LineString>>({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, -1], [0, 1]] } });
const sides = [
  { side: 'W', country: west },
  { side: 'E', country: east },
];

describe('borderZone', () => {
  it('returns one feature per side, in the order given', () => {
    expect(borderZone(border, sides, { widthKm: 50 }).map((f) => f.properties.side)).toEqual(['W', 'E']);
  });

  it('keeps each side inside its own country', () => {
    const [w] = borderZone(border, sides, { widthKm: 50 });
    const spill = difference(featureCollection([w as Feature<Polygon>, west]));
    expect(spill ? area(spill) : 0).toBeLessThan(1e6); // under 1 km²
  });

  it('is as deep as asked: a point 40 km from the border is in, 60 km is out', () => {
    const [w] = borderZone(border, sides, { widthKm: 50 }) as Feature<Polygon>[];
    expect(booleanPointInPolygon([-40 / 111.32, 0], w!)).toBe(true);
    expect(booleanPointInPolygon([-60 / 111.32, 0], w!)).toBe(false);
  });

  it('covers about length × width on each side', () => {
    const [, e] = borderZone(border, sides, { widthKm: 50 }) as Feature<Polygon>[];
    const expectedKm2 = 2 * 111.2 * 50; // the 2° line, 50 km deep; the rounded caps fall outside the country
    expect(area(e!) / 1e6).toBeGreaterThan(expectedKm2 * 0.97);
    expect(area(e!) / 1e6).toBeLessThan(expectedKm2 * 1.03);
  });

  it('gives a null geometry to a side the band does not reach', () => {
    const far = { side: 'F', country: { type: 'Polygon' as const, coordinates: [[[10, 10], [11, 10], [11, 11], [10, 10]]] } };
    expect(borderZone(border, [far], { widthKm: 50 })[0]?.geometry).toBeNull();
  });

  it('refuses a width that is not a positive number of km', () => {
    expect(() => borderZone(border, sides, { widthKm: 0 })).toThrow(/widthKm/);
  });
});
