/**
 * The place a reviewer makes by clicking the map for a mention no gazetteer entry fits. It is a
 * `Place` like any other, so the map, the cards and the exports need no special case, but its id
 * (`user-…`), its precision and its coordinate source say plainly that a person put it there.
 */
import { slugify } from '../vocabulary/slug';
import type { Agent, LngLat, MentionKind, Place, PlaceKind } from '../types';

/** Decimals kept of a clicked point: 5 is about a metre, finer than any click on a map can mean. */
export const HAND_PLACED_DECIMALS = 5;

export interface HandPlacedPlaceInput {
  surface: string; // the mention's words, which become the place's name
  kind: MentionKind;
  lngLat: LngLat; // where the reviewer clicked, WGS 84
  reviewer: Agent;
  at: string; // ISO 8601 date-time of the click
  /** Places already held, so the new id does not take one that names another point. */
  existing: readonly Place[];
}

/**
 * A user place `user-<slug of the surface>` at the clicked point, geoPrecision 2 ("near": a
 * click is not a surveyed point) and coordSource "placed by hand by <name> on <date>". The same
 * words placed at the same point again give the same place; at another point, `user-<slug>-2`.
 *
 * @example
 * handPlacedPlace({ surface: 'Fassala', kind: 'town', lngLat: [-5.5167, 15.5333], reviewer, at: '2024-06-02T09:00:00Z', existing: [] })
 * // → { id: 'user-fassala', kind: 'town', name: { fr: 'Fassala', en: 'Fassala' }, geoPrecision: 2, coordSource: 'placed by hand by Analyste on 2024-06-02', … }
 * @throws Error when the latitude is outside −90…90 or a coordinate is not a finite number.
 */
export function handPlacedPlace(input: HandPlacedPlaceInput): Place {
  const [rawLng, lat] = input.lngLat;
  if (!Number.isFinite(rawLng) || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    throw new Error(`handPlacedPlace: lngLat [${rawLng}, ${lat}] is not a point ([lng, lat], latitude within −90…90).`);
  }
  const lngLat: LngLat = [round(wrapLongitude(rawLng)), round(lat)];
  const name = input.surface.trim();
  const base = `user-${slugOr(name, 'place')}`;
  let id = base;
  for (let n = 2; ; n += 1) {
    const taken = input.existing.find((p) => p.id === id);
    if (!taken || (taken.lngLat?.[0] === lngLat[0] && taken.lngLat?.[1] === lngLat[1])) break;
    id = `${base}-${n}`;
  }
  return {
    id,
    kind: PLACE_KIND[input.kind],
    name: { fr: name, en: name },
    iso: null, // not guessed: the click says where, not in which country
    geonamesId: null,
    wikidataId: null,
    lngLat,
    bbox: null,
    geoPrecision: 2,
    coordSource: `placed by hand by ${input.reviewer.name} on ${input.at.slice(0, 10)}`,
  };
}

// A border place must name the two countries it separates, which one click cannot; the point
// is kept as a feature. A demonym names its country.
const PLACE_KIND: Record<MentionKind, PlaceKind> = {
  country: 'country',
  demonym: 'country',
  city: 'city',
  town: 'town',
  region: 'region',
  border: 'feature',
  feature: 'feature',
};

// MapLibre reports clicks on a repeated world copy with longitudes beyond ±180.
function wrapLongitude(lng: number): number {
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 && lng > 0 ? 180 : wrapped;
}

function round(value: number): number {
  const factor = 10 ** HAND_PLACED_DECIMALS;
  return Math.round(value * factor) / factor + 0; // + 0 turns −0 into 0
}

function slugOr(name: string, fallback: string): string {
  return slugify(name, 60) ?? fallback; // words with no Latin letter or digit ("—")
}
