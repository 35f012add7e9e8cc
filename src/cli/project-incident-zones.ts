/** The border zone the seed's incidents are drawn with, read from the project's geo layer, for the CLI entry points. */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { incidentZones } from '../core/incidents/incident-zones';

export function projectIncidentZones(): ReturnType<typeof incidentZones> {
  return incidentZones(JSON.parse(readFileSync(new URL('../../geo/border-zone.geojson', import.meta.url), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>);
}
