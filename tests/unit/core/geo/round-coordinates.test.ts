import { describe, expect, it } from 'vitest';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { roundCoordinates } from '../../../../src/core/geo/round-coordinates';
import { deepFreeze } from './helpers';

describe('roundCoordinates', () => {
  it('rounds positions to the given number of decimals', () => {
    const point = deepFreeze({ type: 'Point' as const, coordinates: [-15.97851234, 18.08579876] });
    expect(roundCoordinates(point, 4).coordinates).toEqual([-15.9785, 18.0858]);
  });

  it('removes consecutive positions that rounding made equal', () => {
    const line = deepFreeze<LineString>({ type: 'LineString', coordinates: [[0, 0], [0.00001, 0], [1, 1]] });
    expect(roundCoordinates(line, 3).coordinates).toEqual([[0, 0], [1, 1]]);
  });

  it('drops a hole that collapses below four positions', () => {
    const polygon = deepFreeze<Polygon>({
      type: 'Polygon',
      coordinates: [
        [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]],
        [[0.5, 0.5], [0.50001, 0.5], [0.50001, 0.50001], [0.5, 0.5]],
      ],
    });
    expect(roundCoordinates(polygon, 3).coordinates).toHaveLength(1);
  });

  it('drops a polygon of a MultiPolygon whose exterior collapses', () => {
    const islands = deepFreeze<MultiPolygon>({
      type: 'MultiPolygon',
      coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [5.00001, 5], [5.00001, 5.00001], [5, 5]]]],
    });
    expect(roundCoordinates(islands, 2).coordinates).toHaveLength(1);
  });

  it('keeps properties and foreign members, and leaves the input untouched', () => {
    const feature = deepFreeze<Feature<LineString> & { provenance: string }>({
      type: 'Feature',
      properties: { place_id: 'border-ml-mr' },
      geometry: { type: 'LineString', coordinates: [[0.123456789, 1], [2, 3]] },
      provenance: 'npm run geo',
    });
    const rounded = roundCoordinates(feature, 6);
    expect(rounded.properties).toEqual({ place_id: 'border-ml-mr' });
    expect(rounded.provenance).toBe('npm run geo');
    expect(rounded.geometry.coordinates[0]).toEqual([0.123457, 1]);
  });

  it('refuses more than 15 decimals', () => {
    expect(() => roundCoordinates({ type: 'Point', coordinates: [0, 0] }, 16)).toThrow(/decimals/);
  });
});
