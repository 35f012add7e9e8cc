/**
 * What the map draws of some articles over the base layers: their incidents and their places that
 * no base layer draws. The dashboard shows the shown articles'; a slide's map shows its
 * briefing's article's, never every article's.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Dataset, LoadedArticle } from '../core/dataset';
import { articlePlaceFeatures } from '../core/views/article-place-features';
import { incidentMapFeatures, type IncidentMapCollection } from './incident-features';

export interface MapOverlays {
  incidents: IncidentMapCollection;
  articlePlaces: FeatureCollection<Point>;
}

export function mapOverlays(dataset: Dataset, articles: readonly LoadedArticle[]): MapOverlays {
  return { incidents: incidentMapFeatures(articles.flatMap((article) => article.incidents)), articlePlaces: articlePlaceFeatures(dataset, articles) };
}

/** The overlays of one article (a briefing's); none when no article has that id. */
export function articleOverlays(dataset: Dataset, articleId: string): MapOverlays {
  return mapOverlays(dataset, dataset.articles.filter((article) => article.meta.id === articleId));
}
