/**
 * The committed geo files, held to known geography (the border's length and tripoints, the capitals' positions) and to RFC 7946, and to the recipe:
 * each file must be byte-for-byte what `npm run geo` makes from the installed packages now.
 */
import { check } from '@placemarkio/check-geojson';
import { area, booleanClockwise, booleanPointInPolygon, difference, distance, featureCollection, length, lineSlice, pointToLineDistance } from '@turf/turf';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { capitalsInsideCountries } from '../../../src/core/geo/capitals-inside-countries';
import { deriveGeoLayers, type DerivedFile } from '../../../src/core/geo/derive-geo-layers';
import { REGION_COUNTRY_IDS } from '../../../src/core/geo/geo-layer-spec';
import type { Place } from '../../../src/core/types';
import { loadGeoInputs } from '../../../geo/scripts/load-geo-inputs';

const GEOJSON_FILES = ['geo/border-ml-mr.geojson', 'geo/border-zone.geojson', 'geo/countries-region.geojson', 'geo/world-110m.geojson', 'geo/capitals.geojson'];
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const readJson = <T>(path: string) => JSON.parse(read(path)) as T;

type Countries = FeatureCollection<Polygon | MultiPolygon, { place_id: string; name_fr: string; name_en: string; iso_a2: string | null; iso_n3: string | null }>;
const border = readJson<FeatureCollection<LineString, { length_km: number; place_id: string }>>('geo/border-ml-mr.geojson');
const zone = readJson<FeatureCollection<Polygon | MultiPolygon, { side: string; width_km: number }>>('geo/border-zone.geojson');
const region = readJson<Countries>('geo/countries-region.geojson');
const world = readJson<Countries>('geo/world-110m.geojson');
const capitals = readJson<FeatureCollection<Point, { place_id: string; iso_a2: string }>>('geo/capitals.geojson');
const places = readJson<Place[]>('data/places.json');

const borderLine = () => border.features[0] as Feature<LineString>;
const country = (layer: Countries, isoA2: string) => layer.features.find((f) => f.properties.iso_a2 === isoA2) as Feature<Polygon | MultiPolygon>;
const capitalAt = (placeId: string) => capitals.features.find((f) => f.properties.place_id === placeId)!.geometry.coordinates;
const place = (id: string) => places.find((p) => p.id === id)!;

describe('the committed geo files', () => {
  let derived: DerivedFile[];
  beforeAll(() => {
    derived = deriveGeoLayers(loadGeoInputs());
  });

  it.each([...GEOJSON_FILES, 'data/places.json'])('%s is byte-equal to what npm run geo makes now', (path) => {
    const file = derived.find((f) => f.path === path);
    expect(file, `deriveGeoLayers makes no ${path}`).toBeDefined();
    // On failure, run `npm run geo` and review the diff.
    expect(read(path) === file!.text).toBe(true);
  });

  it.each(GEOJSON_FILES)('%s is valid GeoJSON per check-geojson', (path) => {
    expect(() => check(read(path))).not.toThrow();
  });

  it.each(GEOJSON_FILES)('%s has closed rings, exteriors counter-clockwise and holes clockwise', (path) => {
    for (const rings of polygons(readJson<FeatureCollection>(path))) {
      rings.forEach((ring, i) => {
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        expect(booleanClockwise(ring)).toBe(i > 0);
      });
    }
  });

  it.each(GEOJSON_FILES)('%s has no edge that jumps across the antimeridian (flat maps would draw it across the world)', (path) => {
    const jumps = polygons(readJson<FeatureCollection>(path))
      .flat()
      // An edge along a pole (Antarctica's ring closed at -90) is a real edge, not a jump.
      .flatMap((ring) => ring.filter((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > 180 && !(Math.abs(p[1]!) === 90 && p[1] === ring[i - 1]![1])));
    expect(jumps).toEqual([]);
  });

  it.each([...GEOJSON_FILES, 'data/places.json'])('%s has at most 6 decimals in every number and ends with a newline', (path) => {
    const text = read(path);
    expect(text.endsWith('}\n') || text.endsWith(']\n')).toBe(true);
    expect(text.match(/-?\d+\.\d{7,}/g)).toBeNull();
  });

  it.each(GEOJSON_FILES)('%s records its provenance: script, command, inputs with versions', (path) => {
    const { provenance } = readJson<{ provenance: { script: string; command: string; inputs: { package: string; version: string; file: string }[] } }>(path);
    expect(provenance.script).toBe('geo/scripts/derive-all.ts');
    expect(provenance.command).toBe('npm run geo');
    for (const input of provenance.inputs) expect(input.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('the Mali–Mauritania border', () => {
  it('is one line of 2,174 ± 20 km, as turf measures Natural Earth 1:10m', () => {
    // The CIA World Factbook gives 2,237 km; the generalised 1:10m line is shorter (geo/README.md, Figures).
    expect(border.features).toHaveLength(1);
    expect(Math.abs(length(borderLine(), { units: 'kilometers' }) - 2174)).toBeLessThan(20);
  });

  it('states its own length in length_km', () => {
    expect(border.features[0]!.properties.length_km).toBeCloseTo(length(borderLine(), { units: 'kilometers' }), 0);
  });

  it('starts within 30 km of the Senegal tripoint (about 14.8 N, 12.3 W)', () => {
    expect(distance(borderLine().geometry.coordinates[0]!, [-12.3, 14.8])).toBeLessThan(30);
  });

  it('ends within 30 km of the Algeria tripoint (about 25.0 N, 4.8 W)', () => {
    expect(distance(borderLine().geometry.coordinates.at(-1)!, [-4.8, 25.0])).toBeLessThan(30);
  });

  it('is drawn with the very vertices of both countries in the regional layer', () => {
    const vertices = (f: Feature<Polygon | MultiPolygon>) => new Set(polygons(featureCollection([f])).flat(2).map((p) => p.join(',')));
    const mali = vertices(country(region, 'ML'));
    const mauritania = vertices(country(region, 'MR'));
    const missing = borderLine().geometry.coordinates.filter((p) => !mali.has(p.join(',')) || !mauritania.has(p.join(',')));
    expect(missing).toEqual([]);
  });
});

describe('the border zone', () => {
  it('has a Mali side and a Mauritania side, 50 km each', () => {
    expect(zone.features.map((f) => [f.properties.side, f.properties.width_km])).toEqual([['ML', 50], ['MR', 50]]);
  });

  it.each([['ML'], ['MR']])('its %s side lies within its own country', (side) => {
    const band = zone.features.find((f) => f.properties.side === side)!;
    const spill = difference(featureCollection([band, country(region, side)]));
    expect(spill ? area(spill) / 1e6 : 0).toBeLessThan(1); // km²
  });

  it.each([['ML'], ['MR']])('its %s side covers about border length × 50 km', (side) => {
    const band = zone.features.find((f) => f.properties.side === side)!;
    const expectedKm2 = 2174 * 50;
    expect(area(band) / 1e6).toBeGreaterThan(expectedKm2 * 0.85);
    expect(area(band) / 1e6).toBeLessThan(expectedKm2 * 1.15);
  });
});

describe('the capitals and the countries', () => {
  it('puts Nouakchott inside Mauritania', () => {
    expect(booleanPointInPolygon(capitalAt('nouakchott'), country(region, 'MR'))).toBe(true);
  });

  it('puts Bamako inside Mali', () => {
    expect(booleanPointInPolygon(capitalAt('bamako'), country(region, 'ML'))).toBe(true);
  });

  it('finds no capital outside its country', () => {
    expect(capitalsInsideCountries(capitals, region)).toEqual([]);
  });

  it('catches Nouakchott with latitude and longitude swapped', () => {
    const [lng, lat] = capitalAt('nouakchott') as [number, number];
    const swapped = { ...capitals, features: capitals.features.map((f) => (f.properties.place_id === 'nouakchott' ? { ...f, geometry: { type: 'Point' as const, coordinates: [lat, lng] } } : f)) };
    expect(capitalsInsideCountries(swapped, region).map((o) => o.placeId)).toEqual(['nouakchott']);
  });

  it('puts Nouakchott 1,047.5 ± 2 km from Bamako', () => {
    expect(Math.abs(distance(capitalAt('nouakchott'), capitalAt('bamako')) - 1047.5)).toBeLessThan(2);
  });

  it('draws the 14 countries of the region, with French names', () => {
    expect(region.features.map((f) => f.properties.iso_n3).sort()).toEqual([...REGION_COUNTRY_IDS].sort());
    expect(country(region, 'MR')).toMatchObject({ properties: { place_id: 'mauritania', name_fr: 'Mauritanie', name_en: 'Mauritania' } });
  });

  it('lets the world layer highlight Russia by its place id, with unique ids', () => {
    const ids = world.features.map((f) => f.properties.place_id);
    expect(ids).toContain('russia');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the regional layer under 60 KB gzip and the world layer under 45 KB gzip', () => {
    // The app's own code and data share a 150 KB gzip budget at start (`npm run bench` reports it).
    expect(gzipSync(read('geo/countries-region.geojson')).length).toBeLessThan(60_000);
    expect(gzipSync(read('geo/world-110m.geojson')).length).toBeLessThan(45_000);
  });
});

describe('the places registry', () => {
  it('has every place the seed article names', () => {
    expect(places.map((p) => p.id)).toEqual(['bamako', 'border-ml-mr', 'mali', 'mauritania', 'nouakchott', 'russia']);
  });

  it.each([['mali', 'ML'], ['mauritania', 'MR'], ['russia', 'RU']])('puts %s’s representative point inside its polygon', (id, isoA2) => {
    const layer = isoA2 === 'RU' ? world : region;
    expect(booleanPointInPolygon(place(id).lngLat!, country(layer, isoA2))).toBe(true);
  });

  it('puts the border’s point on the border line, halfway along it', () => {
    const point = place('border-ml-mr').lngLat!;
    expect(pointToLineDistance(point, borderLine())).toBeLessThan(1);
    const fromStart = length(lineSlice(borderLine().geometry.coordinates[0]!, point, borderLine()));
    expect(fromStart / length(borderLine())).toBeCloseTo(0.5, 2);
  });

  it('gives Russia a box across the antimeridian (west > east, RFC 7946 §5.2)', () => {
    const [west, , east] = place('russia').bbox!;
    expect(west).toBeGreaterThan(east);
  });

  it('agrees with the capitals layer on each capital’s coordinates', () => {
    expect(place('nouakchott').lngLat).toEqual(capitalAt('nouakchott'));
    expect(place('bamako').lngLat).toEqual(capitalAt('bamako'));
  });
});

/** Every polygon (as its list of rings) in a collection. */
function polygons(collection: FeatureCollection): Position[][][] {
  return collection.features.flatMap((f) => {
    if (f.geometry?.type === 'Polygon') return [f.geometry.coordinates];
    if (f.geometry?.type === 'MultiPolygon') return f.geometry.coordinates;
    return [];
  });
}
