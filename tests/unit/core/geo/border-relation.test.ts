import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, circle } from '@turf/turf';
import type { FeatureCollection, Geometry, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { borderLayersFrom, createBorderRelation, roundDistanceKm } from '../../../../src/core/geo/border-relation';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Geometry | null, { place_id?: string }>;
const countries = read('geo/countries-region.geojson');
const layers = borderLayersFrom(countries, read('geo/border-ml-mr.geojson'));
const relation = createBorderRelation(layers);

// Distances worked out independently of this module and of Turf: haversine (R = 6371.0088 km)
// from each town to the border line densified every 50 m, minimum taken (a Python one-off).
const KNOWN: Array<[name: string, lng: number, lat: number, side: string, km: number]> = [
  ['Nouakchott', -15.9785, 18.0858, 'mauritania', 533.7],
  ['Bamako', -8.0029, 12.6392, 'mali', 317.54],
  ['Bassikounou', -5.9667, 15.8706, 'mauritania', 41.78],
  ['Nioro du Sahel', -9.5906, 15.2302, 'mali', 22.65],
  ['Adel Bagrou', -7.0667, 15.5333, 'mauritania', 4.27],
  ['Kiffa', -11.4044, 16.6203, 'mauritania', 109.06],
  ['Nara', -7.2862, 15.1681, 'mali', 36.34],
];

describe('border relation', () => {
  it.each(KNOWN)('%s is on the right side, at the independently measured distance', (_name, lng, lat, side, km) => {
    const result = relation.relatePoint(lng, lat);
    expect(result.side).toBe(side);
    // 0.3 % or 0.2 km: spherical vs linear interpolation between the line's vertices.
    expect(result.distanceKm!).toBeCloseTo(km, 0);
    expect(Math.abs(result.distanceKm! - km)).toBeLessThan(Math.max(0.2, km * 0.003));
  });

  it('a disc that reaches the line is astride at 0 km; one that does not is its nearest edge away', () => {
    expect(relation.relatePoint(-7.0667, 15.5333, 25)).toEqual({ side: 'astride', distanceKm: 0 });
    const far = relation.relatePoint(-9.5906, 15.2302, 10);
    expect(far.side).toBe('mali');
    expect(far.distanceKm!).toBeCloseTo(22.65 - 10, 0);
  });

  it('the article border zone is astride; an unlocated incident has no side', () => {
    const zone = JSON.parse(readFileSync('data/articles/kessiya-2024-05-mali-mauritanie/incidents.geojson', 'utf8')).features[0].geometry as Polygon;
    expect(relation.relate(zone)).toEqual({ side: 'astride', distanceKm: 0 });
    expect(relation.relate(null)).toEqual({ side: 'unlocated', distanceKm: null });
    expect(relation.relate({ type: 'Point', coordinates: [-15.9785, 18.0858] }).side).toBe('mauritania');
  });

  it('a polygon away from the line is on its side, at the distance of its nearest part', () => {
    const disc = circle([-9.5906, 15.2302], 10, { units: 'kilometers', steps: 64 }).geometry;
    const result = relation.relate(disc);
    expect(result.side).toBe('mali');
    expect(result.distanceKm!).toBeGreaterThan(11);
    expect(result.distanceKm!).toBeLessThan(13.5);
  });

  it('a point beyond both countries is elsewhere (Dakar)', () => {
    expect(relation.relatePoint(-17.4677, 14.7167).side).toBe('elsewhere');
  });

  it('agrees with Turf booleanPointInPolygon on 2,000 points of the region', () => {
    const mali = countries.features.find((f) => f.properties?.place_id === 'mali')!;
    const mauritania = countries.features.find((f) => f.properties?.place_id === 'mauritania')!;
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 2000; i += 1) {
      const lng = -17 + next() * 14;
      const lat = 10 + next() * 18;
      const expected = booleanPointInPolygon([lng, lat], mali as never) ? 'mali' : booleanPointInPolygon([lng, lat], mauritania as never) ? 'mauritania' : 'elsewhere';
      expect(relation.sideOfPoint(lng, lat), `${lng}, ${lat}`).toBe(expected);
    }
  });

  it('rounds distances for words: whole km under 100, 10 km beyond', () => {
    expect(roundDistanceKm(0.3)).toBe(0);
    expect(roundDistanceKm(37.6)).toBe(38);
    expect(roundDistanceKm(99.4)).toBe(99);
    expect(roundDistanceKm(263.4)).toBe(260);
    expect(roundDistanceKm(null)).toBeNull();
  });
});
