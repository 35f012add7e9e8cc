/**
 * The zones the coder draws for a zone-precise incident, from the project's own geo layers, the
 * way the seed's are drawn (build-incidents.ts): « à la frontière » is the union of the border
 * zone's two sides, never a pin. Pure: the caller reads geo/border-zone.geojson (the CLI from
 * disk, the dashboard from its dataset) and passes it in.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { borderZoneUnion } from './build-incidents';

/** Zone geometries by place id from the border zone layer: `border-ml-mr` → both sides, merged. */
export function incidentZones(borderZone: FeatureCollection<Polygon | MultiPolygon>): Record<string, Polygon | MultiPolygon> {
  return { 'border-ml-mr': borderZoneUnion(borderZone) };
}
