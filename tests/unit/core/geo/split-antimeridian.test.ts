import { describe, expect, it } from 'vitest';
import { coordAll } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { splitAntimeridian } from '../../../../src/core/geo/split-antimeridian';
import { deepFreeze } from './helpers';

const square = (coordinates: number[][]) => deepFreeze<Feature<Polygon>>({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [coordinates] } });

describe('splitAntimeridian', () => {
  it('cuts a ring that jumps from 180 to -180 into two pieces meeting on the meridian', () => {
    const chukotka = square([[178, 60], [-178, 60], [-178, 62], [178, 62], [178, 60]]);
    const split = splitAntimeridian(chukotka);
    expect(split.geometry.type).toBe('MultiPolygon');
    const lngs = coordAll(split).map((p) => p[0] as number);
    expect(Math.min(...lngs)).toBe(-180);
    expect(Math.max(...lngs)).toBe(180);
    expect(lngs.filter((lng) => Math.abs(lng) !== 180).every((lng) => Math.abs(lng) === 178)).toBe(true);
  });

  it('closes a ring that winds round the South Pole through the pole', () => {
    const antarctica = square([[-180, -70], [0, -65], [180, -70], [-180, -70]]);
    expect(coordAll(splitAntimeridian(antarctica)).some((p) => p[1] === -90)).toBe(true);
  });

  it('leaves a polygon that does not cross the antimeridian as it is', () => {
    const mali = square([[-12, 10], [4, 10], [4, 25], [-12, 10]]);
    expect(splitAntimeridian(mali)).toBe(mali);
  });
});
