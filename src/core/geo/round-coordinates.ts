/**
 * Rounds GeoJSON coordinates to a fixed number of decimals (RFC 7946 §11.2: 6 decimals is about
 * 10 cm). Rounding can make neighbouring positions equal, so consecutive duplicates are removed,
 * and a ring or line that collapses (a ring under 4 positions, a line under 2) is dropped rather
 * than written out invalid. Digits are not precision: precision is a property of the feature.
 */
import type { Feature, FeatureCollection, Geometry, GeoJSON, Position } from 'geojson';
import { roundNumber } from './stable-stringify';

/** Any GeoJSON object, with any properties and null geometries allowed (RFC 7946 §3.2). */
export type AnyGeoJSON = Geometry | Feature<Geometry | null, unknown> | FeatureCollection<Geometry | null, unknown>;

/**
 * Returns a copy of `geojson` with every coordinate and bbox rounded to `decimals` places.
 * @param decimals 0 to 15; 6 is RFC 7946's suggestion, 4 is about 10 m.
 */
export function roundCoordinates<T extends AnyGeoJSON>(geojson: T, decimals: number): T {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`roundCoordinates: decimals must be an integer from 0 to 15, got ${decimals}`);
  }
  return roundObject(geojson as GeoJSON, decimals) as T;
}

function roundObject(geojson: GeoJSON, decimals: number): GeoJSON {
  const bbox = geojson.bbox ? { bbox: geojson.bbox.map((n) => roundNumber(n, decimals)) as typeof geojson.bbox } : {};
  switch (geojson.type) {
    case 'FeatureCollection':
      return { ...geojson, ...bbox, features: geojson.features.map((f) => roundObject(f, decimals) as Feature) } as FeatureCollection;
    case 'Feature':
      return { ...geojson, ...bbox, geometry: geojson.geometry ? (roundObject(geojson.geometry, decimals) as Geometry) : null } as Feature;
    case 'GeometryCollection':
      return { ...geojson, ...bbox, geometries: geojson.geometries.map((g) => roundObject(g, decimals) as Geometry) };
    case 'Point':
      return { ...geojson, ...bbox, coordinates: roundPosition(geojson.coordinates, decimals) };
    case 'MultiPoint':
      return { ...geojson, ...bbox, coordinates: geojson.coordinates.map((p) => roundPosition(p, decimals)) };
    case 'LineString':
      return { ...geojson, ...bbox, coordinates: roundLine(geojson.coordinates, decimals) };
    case 'MultiLineString':
      return { ...geojson, ...bbox, coordinates: geojson.coordinates.map((l) => roundLine(l, decimals)).filter((l) => l.length >= 2) };
    case 'Polygon':
      return { ...geojson, ...bbox, coordinates: roundPolygon(geojson.coordinates, decimals) };
    case 'MultiPolygon':
      return {
        ...geojson,
        ...bbox,
        coordinates: geojson.coordinates.map((p) => roundPolygon(p, decimals)).filter((p) => p.length > 0),
      };
  }
}

function roundPosition(position: Position, decimals: number): Position {
  return position.map((n) => roundNumber(n, decimals));
}

function roundLine(line: Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const position of line) {
    const rounded = roundPosition(position, decimals);
    const last = out[out.length - 1];
    if (!last || last[0] !== rounded[0] || last[1] !== rounded[1]) out.push(rounded);
  }
  return out;
}

/** Drops collapsed rings; a polygon whose exterior collapsed is dropped whole (returns []). */
function roundPolygon(rings: Position[][], decimals: number): Position[][] {
  const rounded = rings.map((ring) => roundLine(ring, decimals));
  if (!rounded[0] || rounded[0].length < 4) return [];
  return rounded.filter((ring) => ring.length >= 4);
}
