/**
 * The towns drawn under the data, to orient by: Mali's and Mauritania's towns of the gazetteer
 * whose point is GeoNames' own (precision `point`), ranked so the map can label the important
 * ones first: the admin-1 seats, then the other cities, then the towns. Nothing is invented: an
 * entry placed from general knowledge (`approximate`) or standing for an area (`representative`)
 * is left out, and every feature keeps the source its point came from.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GazetteerPlace } from '../gazetteer/gazetteer-schema';

/** 1: an admin-1 seat (a region's capital), 2: another city, 3: a town. */
export type ContextRank = 1 | 2 | 3;

export interface ContextPlaceProperties {
  id: string;
  name_fr: string;
  name_en: string;
  rank: ContextRank;
  /** The region it is the seat of, for a rank-1 place. */
  seat_of_fr: string | null;
  seat_of_en: string | null;
  /** Where its point comes from, as the gazetteer says. */
  source: string;
}

export interface ContextPlaces {
  features: FeatureCollection<Point, ContextPlaceProperties>;
  /** The sources to credit on the map, one short line each (empty when nothing is drawn). */
  attribution: string[];
}

/** The countries whose towns are drawn: the border's two sides. */
const CONTEXT_COUNTRIES = new Set(['ML', 'MR']);

/**
 * @param places the gazetteer's entries
 * @param exclude ids the base map draws already (the capitals)
 */
export function contextPlaces(places: readonly GazetteerPlace[], exclude: ReadonlySet<string> = new Set()): ContextPlaces {
  const seats = seatsByPoint(places);
  const features: Array<Feature<Point, ContextPlaceProperties>> = [];
  for (const place of places) {
    if (place.kind !== 'city' && place.kind !== 'town') continue;
    if (!place.iso || !CONTEXT_COUNTRIES.has(place.iso) || place.precision !== 'point' || exclude.has(place.id)) continue;
    const region = seats.get(pointKey(place));
    const rank: ContextRank = region ? 1 : place.kind === 'city' ? 2 : 3;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.lng, place.lat] },
      properties: { id: place.id, name_fr: place.name.fr, name_en: place.name.en, rank, seat_of_fr: region?.name.fr ?? null, seat_of_en: region?.name.en ?? null, source: place.source },
    });
  }
  features.sort((a, b) => a.properties.rank - b.properties.rank || a.properties.id.localeCompare(b.properties.id));
  return { features: { type: 'FeatureCollection', features }, attribution: attributionOf(features.map((feature) => feature.properties.source)) };
}

/**
 * The gazetteer draws each first-level region at its capital's point (precision
 * `representative`, the source naming the capital), so a town on a region's point, in the same
 * country, is that region's seat.
 */
function seatsByPoint(places: readonly GazetteerPlace[]): Map<string, GazetteerPlace> {
  const seats = new Map<string, GazetteerPlace>();
  for (const place of places) {
    if (place.kind === 'region' && place.precision === 'representative' && place.iso && CONTEXT_COUNTRIES.has(place.iso)) seats.set(pointKey(place), place);
  }
  return seats;
}

function pointKey(place: Pick<GazetteerPlace, 'iso' | 'lat' | 'lng'>): string {
  return `${place.iso}:${place.lat}:${place.lng}`;
}

/** The credits the sources call for: GeoNames' points are CC BY 4.0. */
function attributionOf(sources: readonly string[]): string[] {
  const lines: string[] = [];
  if (sources.some((source) => source.startsWith('GeoNames'))) lines.push('GeoNames (CC BY 4.0)');
  const other = sources.filter((source) => !source.startsWith('GeoNames'));
  if (other.length) lines.push(...new Set(other));
  return lines;
}
