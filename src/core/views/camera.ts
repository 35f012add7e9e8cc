/**
 * Where the camera should look for a selection: a box to fit, computed from the data. The map
 * adapter turns it into one fitBounds call; nothing here knows of MapLibre.
 */
import { bbox as turfBbox } from '@turf/turf';
import type { Dataset } from '../dataset';
import type { Selection } from '../selection';
import type { IncidentFeature, Place } from '../types';
import { findIncident } from './place-mentions';

export type Bounds = [west: number, south: number, east: number, north: number];

/** Half the side of the box drawn around a point place, in degrees (≈ 110 km at these latitudes). */
const POINT_HALF_SIDE_DEGREES = 1;

const REGION_MARGIN_DEGREES = 1.2;

/** The region the dashboard opens on: the border zone and the two capitals. */
export function regionBounds(dataset: Pick<Dataset, 'geo'>): Bounds {
  const boxes: Bounds[] = [];
  if (dataset.geo.borderZone.features.length) boxes.push(turfBbox(dataset.geo.borderZone) as Bounds);
  if (dataset.geo.capitals.features.length) boxes.push(turfBbox(dataset.geo.capitals) as Bounds);
  if (!boxes.length) return [-17.5, 11, -3.5, 26];
  const [west, south, east, north] = unionBounds(boxes);
  // A margin keeps the capitals' labels (Nouakchott sits on the region's western edge) inside the frame.
  return [west - REGION_MARGIN_DEGREES, south - REGION_MARGIN_DEGREES, east + REGION_MARGIN_DEGREES, north + REGION_MARGIN_DEGREES];
}

/** The box to show for a selection, or null when there is nothing to place. */
export function selectionBounds(dataset: Dataset, selection: Selection): Bounds | null {
  if (!selection) return null;
  if (selection.type === 'place') {
    const place = dataset.places.find((candidate) => candidate.id === selection.id);
    return place ? placeBounds(place) : null;
  }
  if (selection.type === 'mention') {
    const placeId = mentionPlaceId(dataset, selection.id);
    return placeId ? selectionBounds(dataset, { type: 'place', id: placeId }) : null;
  }
  const found = findIncident(dataset.articles, selection.id);
  return found ? incidentBounds(found.incident) : null;
}

/** What the map highlights for a selection: a mention under review shows its place. */
export function mapSelection(dataset: Dataset, selection: Selection): Selection {
  if (selection?.type !== 'mention') return selection;
  const placeId = mentionPlaceId(dataset, selection.id);
  return placeId ? { type: 'place', id: placeId } : null;
}

function mentionPlaceId(dataset: Dataset, annotationId: string): string | null {
  for (const article of dataset.articles) {
    const mention = article.mentions.find((candidate) => candidate.annotationId === annotationId);
    if (mention) return mention.placeId;
  }
  return null;
}

/** The box for a place: its drawn extent, or a small box around its point. */
export function placeBounds(place: Place): Bounds | null {
  // A box that crosses the antimeridian (Russia: west > east) or spans half the world cannot be
  // fitted on a flat map: frame the place's point with a wide box instead.
  const width = place.bbox ? place.bbox[2] - place.bbox[0] : 0;
  if (place.bbox && width > 0 && width < 180) return place.bbox;
  return place.lngLat ? aroundPoint(place.lngLat[0], place.lngLat[1], place.bbox ? 20 : POINT_HALF_SIDE_DEGREES) : null;
}

/** The box for an incident's geometry; null for an unlocated incident. */
export function incidentBounds(incident: IncidentFeature): Bounds | null {
  if (!incident.geometry) return null;
  if (incident.geometry.type === 'Point') {
    const [lng, lat] = incident.geometry.coordinates as [number, number];
    return aroundPoint(lng, lat, POINT_HALF_SIDE_DEGREES);
  }
  return turfBbox(incident.geometry) as Bounds;
}

/** The box a lone point is framed with (a place found with the search). */
export function pointBounds(lngLat: readonly [number, number]): Bounds {
  return aroundPoint(lngLat[0], lngLat[1], POINT_HALF_SIDE_DEGREES);
}

function aroundPoint(lng: number, lat: number, halfSide: number): Bounds {
  return [lng - halfSide, Math.max(-85, lat - halfSide), lng + halfSide, Math.min(85, lat + halfSide)];
}

function unionBounds(boxes: Bounds[]): Bounds {
  return boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}
