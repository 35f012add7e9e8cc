/**
 * The places the shown articles name that no base layer draws (towns, regions, camps, natural
 * features), as points for the map, each in its place colour and with its precision, so a new
 * article's places appear on the map like the seed's capitals do.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Dataset, LoadedArticle } from '../dataset';
import type { GeoPrecision } from '../types';
import { colorOf, shownPlaceColors } from './place-colors';

export interface ArticlePlaceProperties {
  place_id: string;
  name_fr: string;
  name_en: string;
  kind: string;
  geo_precision: GeoPrecision;
  color: string;
}

/** Kinds drawn by the base layers instead (country polygons, the border line). */
const DRAWN_BY_BASE_LAYERS = new Set(['country', 'border']);

export function articlePlaceFeatures(dataset: Dataset, articles: readonly LoadedArticle[]): FeatureCollection<Point, ArticlePlaceProperties> {
  const onBaseLayers = new Set(dataset.geo.capitals.features.map((feature) => feature.properties.place_id));
  const colors = shownPlaceColors(dataset, articles);
  const mentioned = new Set(articles.flatMap((article) => article.mentions.map((mention) => mention.placeId)));
  const features = dataset.places
    .filter((place) => mentioned.has(place.id) && place.lngLat && !DRAWN_BY_BASE_LAYERS.has(place.kind) && !onBaseLayers.has(place.id))
    .map(
      (place): Feature<Point, ArticlePlaceProperties> => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: place.lngLat! },
        properties: { place_id: place.id, name_fr: place.name.fr, name_en: place.name.en, kind: place.kind, geo_precision: place.geoPrecision, color: colorOf(colors, place.id) },
      }),
    );
  return { type: 'FeatureCollection', features };
}
