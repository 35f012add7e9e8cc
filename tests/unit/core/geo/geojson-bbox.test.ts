import { describe, expect, it } from 'vitest';
import { geojsonBbox } from '../../../../src/core/geo/geojson-bbox';

describe('geojsonBbox', () => {
  it('gives [west, south, east, north] of an ordinary shape', () => {
    expect(geojsonBbox({ type: 'LineString', coordinates: [[-12.3, 14.8], [-4.8, 25]] })).toEqual([-12.3, 14.8, -4.8, 25]);
  });

  it('gives west > east for a shape across the antimeridian (RFC 7946 §5.2)', () => {
    const chukotkaAndSiberia = { type: 'MultiPoint' as const, coordinates: [[170, 60], [179, 65], [-175, 66], [-169, 64]] };
    expect(geojsonBbox(chukotkaAndSiberia)).toEqual([170, 60, -169, 66]);
  });

  it('refuses a geometry with no positions', () => {
    expect(() => geojsonBbox({ type: 'MultiPoint', coordinates: [] })).toThrow(/no positions/);
  });
});
