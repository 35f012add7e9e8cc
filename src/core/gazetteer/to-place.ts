/**
 * A gazetteer entry in the shared `Place` shape. Apart from create-gazetteer.ts, which checks the
 * gazetteer's data with its schema when it builds one: code that only converts entries (the
 * loader, the review cards) then carries no schema library.
 */
import type { Place } from '../types';
import type { GazetteerPlace } from './gazetteer-schema';

/** The shared `Place` shape (src/core/types.ts) of a gazetteer entry, for the map and the store. */
export function toPlace(place: GazetteerPlace): Place {
  return {
    id: place.id,
    kind: place.kind,
    name: { fr: place.name.fr, en: place.name.en },
    iso: place.iso,
    ...(place.countries ? { countries: [...place.countries] } : {}),
    geonamesId: place.geonamesId ?? null,
    wikidataId: null,
    lngLat: [place.lng, place.lat],
    bbox: null,
    // A town's own point is ACLED precision 1; an approximate point is "near" (2); areas are 3.
    geoPrecision: place.kind === 'country' || place.kind === 'region' || place.kind === 'border' ? 3 : place.precision === 'point' ? 1 : 2,
    coordSource: place.source,
  };
}
