/**
 * The event layers (ACLED, incidents imported from other tools) as the map draws them: one point
 * per row of their column index, with nothing but what drawing needs. The feature id is the row
 * number, so a filter change names rows (`updateData` removes and adds by id) and a click names a
 * row that `ids` turns back into the incident's id. Cards, filters and lists read the index and the
 * full features in the store, not these.
 *
 * An event known only to a zone (geo_precision 2 or 3) is not a pin: it carries the zone's radius
 * (`r`, in pixels at zoom 0) and is drawn as a disc of that true size on the ground
 * (precision-zones.ts). A precision 1 event is a dot.
 */
import type { Feature, Point } from 'geojson';
import type { IncidentIndex } from '../core/filters/incident-index';
import { uncertaintyRadiusKm, zoneRadiusPixelsAtZoom0 } from '../core/acled/precision-zones';

export interface EventMapProperties {
  /** geo_precision, 1–3. */
  p: number;
  /** Radius of the event's zone in pixels at zoom 0 (0 for a precision 1 event); ×2^zoom at a zoom. */
  r: number;
}

export type EventMapFeature = Feature<Point, EventMapProperties> & { id: number };

export interface EventMapData {
  /** The incident id of each row. */
  ids: readonly string[];
  /** The map feature of each row, or undefined for a row the map does not draw from here (unlocated, or kept as a shape). */
  features: ReadonlyArray<EventMapFeature | undefined>;
}

export const NO_EVENTS: EventMapData = { ids: [], features: [] };

/**
 * The map features of an index's rows.
 * @param drawn 1 for the rows drawn from the event source (see `selectEventIndex`); all when omitted
 */
export function eventMapFeatures(index: IncidentIndex, drawn?: Uint8Array): EventMapData {
  const features = new Array<EventMapFeature | undefined>(index.total);
  for (let row = 0; row < index.total; row += 1) {
    const lng = index.lng[row]!;
    const lat = index.lat[row]!;
    if ((drawn && !drawn[row]) || !Number.isFinite(lng) || !Number.isFinite(lat)) continue;
    const p = index.geoPrecision[row]!;
    const radiusKm = p === 1 ? 0 : uncertaintyRadiusKm(p);
    features[row] = { type: 'Feature', id: row, geometry: { type: 'Point', coordinates: [lng, lat] }, properties: { p, r: round3(zoneRadiusPixelsAtZoom0(radiusKm, lat)) } };
  }
  return { ids: index.ids, features };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
