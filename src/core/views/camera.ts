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
    if (place?.kind === 'country') return countryBounds(dataset, place) ?? placeBounds(place);
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

/**
 * The part of a country worth looking at: its box cut to the region the dashboard covers (the
 * border zone and the capitals), widened to every place of the articles that lies in its box,
 * so Mali is framed on its west and its towns, not on the empty desert of its far north-east.
 * Null when the country's box misses the region (Russia), to frame it whole instead.
 */
export function countryBounds(dataset: Pick<Dataset, 'geo' | 'places' | 'articles'>, country: Place): Bounds | null {
  const box = country.bbox;
  if (!box || box[0] > box[2]) return null;
  const region = regionBounds(dataset);
  const cut: Bounds = [Math.max(box[0], region[0]), Math.max(box[1], region[1]), Math.min(box[2], region[2]), Math.min(box[3], region[3])];
  if (cut[0] >= cut[2] || cut[1] >= cut[3]) return null;
  const mentioned = new Set(dataset.articles.flatMap((article) => article.mentions.map((mention) => mention.placeId)));
  const inside = dataset.places
    .filter((place) => place.kind !== 'country' && place.kind !== 'border' && mentioned.has(place.id) && place.lngLat && isInside(place.lngLat, box))
    .map((place) => aroundPoint(place.lngLat![0], place.lngLat![1], 0.5));
  return unionBounds([cut, ...inside]);
}

/**
 * The box of everything some articles name: each town's, region's or camp's point, the border's
 * box; countries only when the articles name nothing smaller (a country's box would swallow the
 * rest). Null when nothing named is located.
 */
export function articlePlacesBounds(dataset: Pick<Dataset, 'geo' | 'places' | 'articles'>, articles: ReadonlyArray<Pick<Dataset['articles'][number], 'mentions'>>): Bounds | null {
  const mentioned = new Set(articles.flatMap((article) => article.mentions.map((mention) => mention.placeId)));
  const places = dataset.places.filter((place) => mentioned.has(place.id));
  const smaller = places.filter((place) => place.kind !== 'country').map((place) => (place.bbox ? placeBounds(place) : place.lngLat ? aroundPoint(place.lngLat[0], place.lngLat[1], 0.3) : null));
  const boxes = smaller.filter((box): box is Bounds => box !== null);
  if (boxes.length) return unionBounds(boxes);
  const countries = places.map((place) => countryBounds(dataset, place) ?? placeBounds(place)).filter((box): box is Bounds => box !== null);
  return countries.length ? unionBounds(countries) : null;
}

/** Padding, in CSS pixels, on each side of the map. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A box on screen, in CSS pixels, relative to the map's top-left corner. */
export interface ScreenRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The padding that keeps a framed box clear of what lies over the map (the legend, a panel):
 * each overlay pushes the side it stands against by its depth, on whichever side costs the map
 * less of its width or height. Overlays that cover most of the map are ignored (nothing would be
 * left to frame into).
 */
export function paddingClearOf(mapWidth: number, mapHeight: number, overlays: readonly ScreenRect[], base: number): Padding {
  const padding: Padding = { top: base, right: base, bottom: base, left: base };
  if (mapWidth <= 0 || mapHeight <= 0) return padding;
  for (const rect of overlays) {
    if (rect.width <= 0 || rect.height <= 0) continue;
    const depths: Array<[keyof Padding, number, number]> = [
      ['left', rect.left + rect.width, mapWidth],
      ['right', mapWidth - rect.left, mapWidth],
      ['top', rect.top + rect.height, mapHeight],
      ['bottom', mapHeight - rect.top, mapHeight],
    ];
    const [side, depth] = depths.reduce((best, candidate) => (candidate[1] / candidate[2] < best[1] / best[2] ? candidate : best));
    const size = side === 'left' || side === 'right' ? mapWidth : mapHeight;
    if (depth > size * 0.45) continue;
    padding[side] = Math.max(padding[side], depth + base / 2);
  }
  return padding;
}

function isInside([lng, lat]: [number, number], box: Bounds): boolean {
  return lng >= box[0] && lng <= box[2] && lat >= box[1] && lat <= box[3];
}

function aroundPoint(lng: number, lat: number, halfSide: number): Bounds {
  return [lng - halfSide, Math.max(-85, lat - halfSide), lng + halfSide, Math.min(85, lat + halfSide)];
}

function unionBounds(boxes: Bounds[]): Bounds {
  return boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}
