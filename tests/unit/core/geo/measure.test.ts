import { readFileSync } from 'node:fs';
import type { FeatureCollection, LineString, MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distanceKm, measureFeatures, measureOrigin, nearestBorderPoint } from '../../../../src/core/geo/measure';

const border = (JSON.parse(readFileSync('geo/border-ml-mr.geojson', 'utf8')) as FeatureCollection<LineString | MultiLineString>).features[0]!.geometry;

describe('distanceKm', () => {
  it('measures Nouakchott to Bamako as an independent haversine does (1,047.5 km, R = 6371.0088)', () => {
    expect(distanceKm([-15.9785, 18.0858], [-8.0029, 12.6392])).toBeCloseTo(1047.5, 0);
  });
});

describe('nearestBorderPoint', () => {
  // The same towns and figures as the border relation's test, worked out independently of Turf.
  it.each([
    ['Nouakchott', -15.9785, 18.0858, 533.7],
    ['Bassikounou', -5.9667, 15.8706, 41.78],
    ['Adel Bagrou', -7.0667, 15.5333, 4.27],
  ])('%s is %f km from the border line', (_name, lng, lat, km) => {
    const nearest = nearestBorderPoint([lng, lat], border);
    expect(Math.abs(nearest.km - km)).toBeLessThan(Math.max(0.3, km * 0.003));
    // The point found lies on the line: its own distance to the line is nil.
    expect(nearestBorderPoint(nearest.at, border).km).toBeLessThan(0.01);
  });
});

describe('measureOrigin', () => {
  it('starts from a point itself, and from inside a zone', () => {
    expect(measureOrigin({ type: 'Point', coordinates: [-7, 15] })).toEqual([-7, 15]);
    expect(measureOrigin(null)).toBeNull();
    const bent = { type: 'Polygon' as const, coordinates: [[[0, 0], [10, 0], [10, 10], [9, 10], [9, 1], [0, 1], [0, 0]]] };
    const [lng, lat] = measureOrigin(bent)!;
    expect((lng >= 9 && lat <= 10) || lat <= 1).toBe(true);
  });
});

describe('measureFeatures', () => {
  it('draws each line as an arc with its label, and its two ends', () => {
    const features = measureFeatures([{ kind: 'point', from: [-15.9785, 18.0858], to: [-8.0029, 12.6392], km: 1047.5 }], (line) => `${Math.round(line.km)} km`);
    const [line, ...ends] = features.features;
    expect(line?.properties.label).toBe('1048 km');
    expect(line?.geometry.type).toBe('LineString');
    expect((line?.geometry as LineString).coordinates.length).toBeGreaterThan(10);
    expect(ends.map((end) => end.geometry.type)).toEqual(['Point', 'Point']);
  });

  it('draws a short line straight', () => {
    const features = measureFeatures([{ kind: 'border', from: [-7.0667, 15.5333], to: [-7.05, 15.5], km: 4.3 }], () => '4 km');
    expect((features.features[0]!.geometry as LineString).coordinates).toHaveLength(2);
  });
});
