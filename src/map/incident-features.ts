/**
 * Prepares incidents for the map: the symbol shape of each event type, and a small fan-out of
 * symbols that share a point (the visit and the meeting in Nouakchott) so none hides another.
 */
import type { IncidentCollection, IncidentFeature } from '../core/types';
import { incidentShape } from './incident-icons';

const FAN_OUT_PIXELS = 17; // clear of the town's own circle (radius 7 + stroke) and of each other

export function incidentMapFeatures(incidents: readonly IncidentFeature[]): IncidentCollection {
  const seenAtPoint = new Map<string, number>();
  const features = incidents.map((incident) => {
    const extra: Record<string, unknown> = { shape: incidentShape(incident.properties.event_type), icon_offset: [0, 0] };
    if (incident.geometry?.type === 'Point') {
      const key = incident.geometry.coordinates.join(',');
      const rank = seenAtPoint.get(key) ?? 0;
      seenAtPoint.set(key, rank + 1);
      // Symbols of one point go right then left of the town's own circle.
      const side = rank % 2 === 0 ? 1 : -1;
      extra.icon_offset = [side * FAN_OUT_PIXELS * (Math.floor(rank / 2) + 1), -FAN_OUT_PIXELS];
    }
    return { ...incident, properties: { ...incident.properties, ...extra } } as IncidentFeature;
  });
  return { type: 'FeatureCollection', features };
}
