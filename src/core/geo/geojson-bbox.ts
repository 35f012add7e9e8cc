/**
 * Bounding boxes as RFC 7946 §5 defines them, including §5.2: a box that crosses the
 * antimeridian has west > east. Russia is the case that matters here: its far east (Chukotka)
 * lies past 180°, so a naive min/max box would span the whole globe, [-180, 41, 180, 82],
 * instead of [19.6, 41.2, -169, 81.9]. A camera fitting such a box adds 360 to `east`.
 */
import { coordAll } from '@turf/turf';
import type { GeoJSON } from 'geojson';

export type Bbox = [west: number, south: number, east: number, north: number];

/** Returns the smallest [west, south, east, north] box around every position of `geojson`. */
export function geojsonBbox(geojson: GeoJSON): Bbox {
  const positions = coordAll(geojson as Parameters<typeof coordAll>[0]);
  if (positions.length === 0) throw new Error('geojsonBbox: the geometry has no positions');
  const lngs = positions.map((p) => p[0] as number);
  const lats = positions.map((p) => p[1] as number);
  // reduce, not Math.min(...): a country has more positions than a call may have arguments.
  const south = lats.reduce((a, b) => Math.min(a, b));
  const north = lats.reduce((a, b) => Math.max(a, b));
  const west = lngs.reduce((a, b) => Math.min(a, b));
  const east = lngs.reduce((a, b) => Math.max(a, b));
  // The narrowest box is the complement of the widest gap between sorted longitudes.
  const sorted = [...new Set(lngs)].sort((a, b) => a - b);
  let gapStart = east;
  let gapWidth = 360 - (east - west); // the gap that wraps from east round to west
  for (let i = 1; i < sorted.length; i++) {
    const width = (sorted[i] as number) - (sorted[i - 1] as number);
    if (width > gapWidth) {
      gapWidth = width;
      gapStart = sorted[i - 1] as number;
    }
  }
  if (gapStart === east) return [west, south, east, north];
  const gapEnd = sorted[sorted.indexOf(gapStart) + 1] as number;
  return [gapEnd, south, gapStart, north];
}
