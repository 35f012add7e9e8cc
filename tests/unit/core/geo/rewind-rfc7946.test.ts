import { booleanClockwise } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString, Polygon } from 'geojson';
import { rewindRfc7946 } from '../../../../src/core/geo/rewind-rfc7946';
import { deepFreeze } from './helpers';

// A square with a square hole, wound the d3/TopoJSON way: exterior clockwise, hole counter-clockwise.
const clockwiseSquare: Polygon = {
  type: 'Polygon',
  coordinates: [
    [[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]],
    [[2, 2], [8, 2], [8, 8], [2, 8], [2, 2]],
  ],
};

describe('rewindRfc7946', () => {
  it('makes the exterior ring counter-clockwise', () => {
    const [exterior] = rewindRfc7946(deepFreeze(structuredClone(clockwiseSquare))).coordinates;
    expect(booleanClockwise(exterior!)).toBe(false);
  });

  it('makes holes clockwise', () => {
    const [, hole] = rewindRfc7946(deepFreeze(structuredClone(clockwiseSquare))).coordinates;
    expect(booleanClockwise(hole!)).toBe(true);
  });

  it('leaves a line in its own direction', () => {
    const line: LineString = { type: 'LineString', coordinates: [[0, 0], [0, 1], [1, 1]] };
    expect(rewindRfc7946(deepFreeze(line)).coordinates).toEqual(line.coordinates);
  });

  it('keeps a collection’s foreign members such as provenance', () => {
    const layer = deepFreeze({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: structuredClone(clockwiseSquare) }],
      provenance: { script: 'geo/scripts/derive-all.ts' },
    } as FeatureCollection & { provenance: { script: string } });
    expect(rewindRfc7946(layer).provenance).toEqual({ script: 'geo/scripts/derive-all.ts' });
  });
});
