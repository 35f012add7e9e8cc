/**
 * Winds polygon rings as RFC 7946 §3.1.6 requires: exterior rings counter-clockwise, holes
 * clockwise. TopoJSON from world-atlas follows d3's opposite (clockwise) convention, and Turf's
 * overlay functions do not promise a winding, so every layer passes through this before it is written.
 *
 * Turf's `rewind` is applied to polygonal geometries only: given a line it would also reverse
 * "clockwise" lines (turning the border's direction around), and given a FeatureCollection it
 * rebuilds the collection and drops foreign members such as `provenance`.
 */
import { rewind } from '@turf/turf';
import type { GeoJSON, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { AnyGeoJSON } from './round-coordinates';

/** Returns a copy of `geojson` whose polygon rings follow RFC 7946; other geometries are copied unchanged. */
export function rewindRfc7946<T extends AnyGeoJSON>(geojson: T): T {
  return rewindObject(structuredClone(geojson) as GeoJSON) as T;
}

/** Rewinds in place: the argument is already a private copy. */
function rewindObject(geojson: GeoJSON): GeoJSON {
  switch (geojson.type) {
    case 'FeatureCollection':
      geojson.features.forEach((feature) => rewindObject(feature));
      return geojson;
    case 'Feature':
      if (geojson.geometry) rewindObject(geojson.geometry);
      return geojson;
    case 'GeometryCollection':
      geojson.geometries.forEach((geometry: Geometry) => rewindObject(geometry));
      return geojson;
    case 'Polygon':
    case 'MultiPolygon':
      rewind(geojson as Polygon | MultiPolygon, { reverse: false, mutate: true });
      return geojson;
    default:
      return geojson;
  }
}
