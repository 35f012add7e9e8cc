/**
 * An article's places as an RFC 7946 FeatureCollection that opens in any GIS or viewer: one
 * feature per place its annotations name, with names, ids, precision and the annotation ids that
 * cite it, and one null-geometry feature per unlocated mention (listed, never given invented
 * coordinates). Each place feature carries every member of its `Place`, so
 * importing the file gives the place back without loss.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { placeIdFromIri } from '../annotations/create-place-annotation';
import type { Place } from '../types';
import { citedPlaces, type ArticleRecord } from './article-record';

export interface PlaceFeatureProperties {
  place_id: string | null; // null: an unlocated mention
  name_fr: string;
  name_en: string;
  kind: Place['kind'] | null;
  iso: string | null;
  countries?: string[];
  geonames_id: number | null;
  wikidata_id: string | null;
  geo_precision: Place['geoPrecision'] | null;
  coord_source: string | null;
  bbox: Place['bbox'];
  annotation_ids: string[]; // the annotations (not rejected) that name it, text order
  rejected_annotation_ids: string[]; // annotations a reviewer rejected that named it
  'marker-color': string; // simplestyle, so a viewer shows hand-placed points apart
}

export type PlacesFeatureCollection = FeatureCollection<Point | null, PlaceFeatureProperties>;

/** The places FeatureCollection of `record` (features sorted by place id, then unlocated mentions in text order). */
export function placesGeojson(record: ArticleRecord): PlacesFeatureCollection {
  const byPlace = new Map<string, { cited: string[]; rejected: string[] }>();
  const unlocated: Feature<null, PlaceFeatureProperties>[] = [];
  for (const annotation of [...record.annotations].sort((a, b) => a.target.selector[1].start - b.target.selector[1].start)) {
    const id = placeIdFromIri(annotation.body.source);
    const isRejected = annotation['bb:status'] === 'rejected';
    if (id === null) {
      if (!isRejected) unlocated.push(unlocatedFeature(annotation.id, annotation.target.selector[0].exact));
      continue;
    }
    const entry = byPlace.get(id) ?? { cited: [], rejected: [] };
    (isRejected ? entry.rejected : entry.cited).push(annotation.id);
    byPlace.set(id, entry);
  }
  const features: Feature<Point | null, PlaceFeatureProperties>[] = citedPlaces(record, record.places).map((place) => {
    const entry = byPlace.get(place.id) ?? { cited: [], rejected: [] };
    return {
      type: 'Feature',
      geometry: place.lngLat ? { type: 'Point', coordinates: [place.lngLat[0], place.lngLat[1]] } : null,
      properties: {
        place_id: place.id,
        name_fr: place.name.fr,
        name_en: place.name.en,
        kind: place.kind,
        iso: place.iso,
        ...(place.countries ? { countries: [...place.countries] } : {}),
        geonames_id: place.geonamesId,
        wikidata_id: place.wikidataId,
        geo_precision: place.geoPrecision,
        coord_source: place.coordSource,
        bbox: place.bbox,
        annotation_ids: entry.cited,
        rejected_annotation_ids: entry.rejected,
        'marker-color': place.id.startsWith('user-') ? '#d95f02' : '#1b6ca8',
      },
    };
  });
  return { type: 'FeatureCollection', features: [...features, ...unlocated] };
}

/** The `Place` a place feature describes; null for an unlocated-mention feature. */
export function placeFromFeature(feature: Feature<Point | null, PlaceFeatureProperties>): Place | null {
  const p = feature.properties;
  if (p.place_id === null) return null;
  const coordinates = feature.geometry?.coordinates;
  return {
    id: p.place_id,
    kind: p.kind as Place['kind'],
    name: { fr: p.name_fr, en: p.name_en },
    iso: p.iso,
    ...(p.countries ? { countries: [...p.countries] } : {}),
    geonamesId: p.geonames_id,
    wikidataId: p.wikidata_id,
    lngLat: coordinates ? [coordinates[0] as number, coordinates[1] as number] : null,
    bbox: p.bbox ?? null,
    geoPrecision: p.geo_precision as Place['geoPrecision'],
    coordSource: p.coord_source as string,
  };
}

function unlocatedFeature(annotationId: string, surface: string): Feature<null, PlaceFeatureProperties> {
  return {
    type: 'Feature',
    geometry: null,
    properties: {
      place_id: null,
      name_fr: surface,
      name_en: surface,
      kind: null,
      iso: null,
      geonames_id: null,
      wikidata_id: null,
      geo_precision: null,
      coord_source: null,
      bbox: null,
      annotation_ids: [annotationId],
      rejected_annotation_ids: [],
      'marker-color': '#999999',
    },
  };
}
