/**
 * The shape an incident takes when a reviewer places it at a place, drawn from real data and as
 * honest as its precision: a town's point; a border's zone (the border zone layer); a country's
 * outline; a region's box (its extent is all the gazetteer knows); nothing for a place without
 * coordinates. Never a pin for a zone.
 */
import { bboxPolygon } from '@turf/turf';
import type { Geometry } from 'geojson';
import type { GeoLayers } from '../dataset';
import { borderZoneUnion } from '../incidents/build-incidents';
import type { GeoPrecision, Place } from '../types';

export function placeGeometry(place: Place, precision: GeoPrecision, geo: Pick<GeoLayers, 'borderZone' | 'countries'>): Geometry | null {
  if (place.kind === 'border' && geo.borderZone.features.length > 0) return borderZoneUnion(geo.borderZone);
  if (place.kind === 'country') {
    const outline = geo.countries.features.find((feature) => feature.properties.place_id === place.id);
    if (outline) return outline.geometry;
  }
  const isArea = place.kind === 'region' || place.kind === 'country' || precision === 3;
  if (isArea && place.bbox) return bboxPolygon(place.bbox).geometry;
  return place.lngLat ? { type: 'Point', coordinates: [place.lngLat[0], place.lngLat[1]] } : null;
}

/** The precision a place gives by itself: 1 a town, 3 a region, a border or a country. */
export function placePrecision(place: Place): GeoPrecision {
  return place.kind === 'city' || place.kind === 'town' || place.kind === 'camp' ? 1 : place.kind === 'feature' ? 2 : 3;
}
