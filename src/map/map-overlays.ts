/**
 * What the map draws of some articles over the base layers: their incidents and their places that
 * no base layer draws. The dashboard shows the shown articles'; a slide's map shows its
 * briefing's article's, never every article's.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Dataset, LoadedArticle } from '../core/dataset';
import type { IncidentFeature } from '../core/types';
import { articlePlaceFeatures } from '../core/views/article-place-features';
import { incidentMapFeatures, type IncidentMapCollection } from './incident-features';

export interface MapOverlays {
  incidents: IncidentMapCollection;
  articlePlaces: FeatureCollection<Point>;
}

/**
 * @param events incidents from the analyst's files (ACLED, GeoJSON), drawn beside the articles'
 * @param visibleIds when given, only these incidents are drawn (the filters and time window)
 */
export function mapOverlays(dataset: Dataset, articles: readonly LoadedArticle[], events: readonly IncidentFeature[] = [], visibleIds: ReadonlySet<string> | null = null): MapOverlays {
  const all = [...articles.flatMap((article) => article.incidents), ...events];
  return { incidents: incidentMapFeatures(visibleIds ? all.filter((incident) => visibleIds.has(incident.properties.id)) : all), articlePlaces: articlePlaceFeatures(dataset, articles) };
}

/** The overlays of one article (a briefing's); none when no article has that id. */
export function articleOverlays(dataset: Dataset, articleId: string): MapOverlays {
  return mapOverlays(dataset, dataset.articles.filter((article) => article.meta.id === articleId));
}
