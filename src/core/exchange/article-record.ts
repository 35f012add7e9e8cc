/**
 * One article as the dashboard keeps, exports and imports it: self-contained, so a file moved to
 * another machine needs nothing else. `places` holds every place its annotations and incidents
 * name (gazetteer, dashboard and hand-placed `user-…` places alike), so the map can draw it alone.
 */
import { placeIdFromIri } from '../annotations/create-place-annotation';
import type { LoadedArticle } from '../dataset';
import type { ArticleMeta, IncidentCollection, Place, PlaceAnnotation } from '../types';

export interface ArticleRecord {
  meta: ArticleMeta;
  text: string; // exactly as published (NFC), never altered
  annotations: PlaceAnnotation[]; // reviewed ones carry `modified`, `bb:proposedBy`, … (src/core/review)
  places: Place[]; // sorted by id, each named by an annotation or an incident
  incidents: IncidentCollection;
}

/** `format` of a `<slug>.borderbrief.json` bundle. */
export const ARTICLE_BUNDLE_FORMAT = 'border-brief-article';
/** Bumped when the bundle's shape changes in a way an older reader would misread. */
export const ARTICLE_BUNDLE_VERSION = 1;

export const EMPTY_INCIDENTS: IncidentCollection = { type: 'FeatureCollection', features: [] };

/**
 * The record of an article the dashboard already shows (the seed, or one loaded from `data/`):
 * its text, annotations and incidents, with the places they name taken from `places`.
 */
export function articleRecordFromLoaded(article: Pick<LoadedArticle, 'meta' | 'text' | 'annotations' | 'incidents'>, places: readonly Place[]): ArticleRecord {
  const incidents: IncidentCollection = { type: 'FeatureCollection', features: [...article.incidents] };
  const record: ArticleRecord = { meta: article.meta, text: article.text, annotations: [...article.annotations], places: [], incidents };
  return { ...record, places: citedPlaces(record, places) };
}

/** The ids of the places an article's annotations (whatever their status) and incidents name, sorted. */
export function citedPlaceIds(record: Pick<ArticleRecord, 'annotations' | 'incidents'>): string[] {
  const ids = new Set<string>();
  for (const annotation of record.annotations) {
    const id = placeIdFromIri(annotation.body.source);
    if (id !== null) ids.add(id);
  }
  for (const feature of record.incidents.features) for (const id of feature.properties.place_ids) ids.add(id);
  return [...ids].sort(compareIds);
}

/** The places of `places` that the record names, sorted by id, in the canonical key order. */
export function citedPlaces(record: Pick<ArticleRecord, 'annotations' | 'incidents'>, places: readonly Place[]): Place[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  return citedPlaceIds(record).flatMap((id) => {
    const place = byId.get(id);
    return place ? [canonicalPlace(place)] : [];
  });
}

/** `place` with its members in the order of `Place` (src/core/types.ts), so every path writes the same bytes. */
export function canonicalPlace(place: Place): Place {
  return {
    id: place.id,
    kind: place.kind,
    name: { fr: place.name.fr, en: place.name.en },
    iso: place.iso,
    ...(place.countries ? { countries: [...place.countries] } : {}),
    geonamesId: place.geonamesId,
    wikidataId: place.wikidataId,
    lngLat: place.lngLat ? [place.lngLat[0], place.lngLat[1]] : null,
    bbox: place.bbox ? [place.bbox[0], place.bbox[1], place.bbox[2], place.bbox[3]] : null,
    geoPrecision: place.geoPrecision,
    coordSource: place.coordSource,
  };
}

// UTF-16 code-unit order, not the locale's, so every machine writes the same bytes.
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
