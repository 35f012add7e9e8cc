/**
 * Prepares incidents for the map: the symbol shape of each event type, and a small fan-out of
 * symbols that share a point (the visit and the meeting in Nouakchott) so none hides another.
 * Only what the map draws and picks goes in: the notes, quotes and codes stay in the app, since
 * every property is copied to MapLibre's worker and into each tile.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { IncidentFeature } from '../core/types';
import { incidentShape, type IncidentShape } from './incident-icons';

const FAN_OUT_PIXELS = 17; // clear of the town's own circle (radius 7 + stroke) and of each other

export interface IncidentMapProperties {
  id: string;
  shape: IncidentShape;
  /** Pixels from the point to draw the symbol at ([0, 0] for the first at a point). */
  icon_offset: [number, number];
  /** 1 while the incident is a machine's proposal nobody reviewed yet: drawn fainter. */
  proposed: 0 | 1;
}

export type IncidentMapCollection = FeatureCollection<Geometry, IncidentMapProperties>;

/**
 * The incidents that have a place, as map features. An unlocated incident has nothing to draw, and
 * one a reviewer rejected is not on the map (it stays listed, for the record).
 */
export function incidentMapFeatures(incidents: readonly IncidentFeature[]): IncidentMapCollection {
  const seenAtPoint = new Map<string, number>();
  const features: Array<Feature<Geometry, IncidentMapProperties>> = [];
  for (const incident of incidents) {
    const status = (incident.properties as { 'bb:status'?: string })['bb:status'];
    if (!incident.geometry || status === 'rejected') continue;
    const properties: IncidentMapProperties = { id: incident.properties.id, shape: incidentShape(incident.properties.event_type), icon_offset: [0, 0], proposed: status === 'proposed' ? 1 : 0 };
    if (incident.geometry.type === 'Point') {
      const key = incident.geometry.coordinates.join(',');
      const rank = seenAtPoint.get(key) ?? 0;
      seenAtPoint.set(key, rank + 1);
      // Symbols of one point go right then left of the town's own circle.
      const side = rank % 2 === 0 ? 1 : -1;
      properties.icon_offset = [side * FAN_OUT_PIXELS * (Math.floor(rank / 2) + 1), -FAN_OUT_PIXELS];
    }
    features.push({ type: 'Feature', geometry: incident.geometry, properties });
  }
  return { type: 'FeatureCollection', features };
}
