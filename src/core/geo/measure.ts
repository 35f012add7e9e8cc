/**
 * Distances the analyst asks for: from a selected place or incident to the border line, and to any
 * other point clicked or chosen. Great-circle distances with Turf, and the lines drawn for them
 * (a great-circle arc, so a long measure follows the Earth, not the screen).
 *
 * Data only: the words (« 412 km à vol d'oiseau ») are the interface's.
 */
import { distance, greatCircle, nearestPointOnLine, point, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Point } from 'geojson';

export type LngLatPair = [lng: number, lat: number];

export interface MeasureLine {
  kind: 'border' | 'point';
  from: LngLatPair;
  to: LngLatPair;
  km: number;
}

/** Great-circle distance in km between two points. */
export function distanceKm(from: LngLatPair, to: LngLatPair): number {
  return distance(point(from), point(to), { units: 'kilometers' });
}

/** The point of the border line nearest to `from`, and its distance in km. */
export function nearestBorderPoint(from: LngLatPair, border: LineString | MultiLineString): { at: LngLatPair; km: number } {
  const nearest = nearestPointOnLine({ type: 'Feature', properties: {}, geometry: border }, point(from), { units: 'kilometers' });
  const [lng, lat] = nearest.geometry.coordinates as LngLatPair;
  return { at: [lng, lat], km: distanceKm(from, [lng, lat]) };
}

/**
 * The point a measure starts from for a geometry: a point itself; for a zone, a point inside it
 * (Turf's pointOnFeature), since its centroid could fall outside a bent area.
 */
export function measureOrigin(geometry: Geometry | null): LngLatPair | null {
  if (!geometry) return null;
  if (geometry.type === 'Point') return [geometry.coordinates[0]!, geometry.coordinates[1]!];
  const [lng, lat] = pointOnFeature({ type: 'Feature', properties: {}, geometry }).geometry.coordinates as LngLatPair;
  return [lng, lat];
}

export interface MeasureFeatureProperties {
  kind: MeasureLine['kind'];
  /** The distance as the map labels it; the caller words it in the interface's language. */
  label: string;
}

/**
 * The measure lines as map features: each line as a great-circle arc, and its two ends as points.
 * @param label words the distance of a line for its label ("412 km")
 */
export function measureFeatures(lines: readonly MeasureLine[], label: (line: MeasureLine) => string): FeatureCollection<LineString | Point, MeasureFeatureProperties> {
  const features: Array<Feature<LineString | Point, MeasureFeatureProperties>> = [];
  for (const line of lines) {
    const properties = { kind: line.kind, label: label(line) };
    features.push({ type: 'Feature', properties, geometry: arc(line.from, line.to) });
    for (const end of [line.from, line.to]) features.push({ type: 'Feature', properties: { kind: line.kind, label: '' }, geometry: { type: 'Point', coordinates: end } });
  }
  return { type: 'FeatureCollection', features };
}

function arc(from: LngLatPair, to: LngLatPair): LineString {
  // A short line needs no arc, and greatCircle cannot draw one between identical points.
  if (distanceKm(from, to) < 50) return { type: 'LineString', coordinates: [from, to] };
  const curve = greatCircle(point(from), point(to), { npoints: 32 });
  // Across the antimeridian Turf returns a MultiLineString; this region never crosses it, but a
  // clicked point may: keep a straight line there rather than a broken arc.
  return curve.geometry.type === 'LineString' ? curve.geometry : { type: 'LineString', coordinates: [from, to] };
}
