/**
 * What placing an incident by hand changes (a click on the map, or coordinates typed): its
 * geometry, drawn as honestly as the precision the reviewer chose — the point itself at
 * precision 1, the zone of that precision's radius around it at 2 or 3, as incident zones are
 * drawn everywhere (src/core/acled/precision-zones.ts) — and its place: no gazetteer place, the
 * location said in coordinates, so nobody reads the point as a named town.
 */
import { precisionZone } from '../acled/precision-zones';
import type { IncidentChanges } from '../review/review-incidents';
import type { GeoPrecision } from '../types';

export function handPlacedIncidentChanges([lng, lat]: [lng: number, lat: number], geoPrecision: GeoPrecision): IncidentChanges {
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const at: [number, number] = [round(lng), round(lat)];
  return { geometry: precisionZone(at[0], at[1], geoPrecision), geo_precision: geoPrecision, place_ids: [], location: `${at[1]}, ${at[0]}` };
}
