/**
 * What a slide's map draws of its briefing's article: every incident, or, when the slide carries a
 * time window and filters, only those they let through (the same `applyFilters` as the
 * dashboard's, over an index of the article's incidents), with how many that is of how many. The
 * presentation, the presenter's preview and the handouts' images all draw through this, so they
 * show the same incidents. The dashboard's own filters are never read nor changed.
 */
import { applyFilters, visibleIds } from '../../core/filters/apply-filters';
import { buildIncidentIndex, type IncidentIndex } from '../../core/filters/incident-index';
import type { BorderRelation } from '../../core/geo/border-relation';
import { slideFilterState, type SlideFilters } from '../../core/briefing/slide-filters';
import type { Dataset, LoadedArticle } from '../../core/dataset';
import { mapOverlays } from '../../map/map-overlays';
import type { IncidentMapCollection } from '../../map/incident-features';

export interface SlideIncidents {
  incidents: IncidentMapCollection;
  /** Incidents drawn, and of how many the article has; equal when the slide has no filters. */
  shown: number;
  total: number;
  /** Ids of the incidents drawn; null when the slide has no filters (all are). */
  visibleIds: ReadonlySet<string> | null;
}

// The article's index, made once per article and border (a slide step only re-applies the filters).
const indexes = new WeakMap<LoadedArticle, { border: BorderRelation; index: IncidentIndex }>();

export function slideIncidents(dataset: Dataset, articleId: string, slide: { filters?: SlideFilters | undefined }, border: BorderRelation | null): SlideIncidents {
  const articles = dataset.articles.filter((article) => article.meta.id === articleId);
  const article = articles[0];
  const total = article?.incidents.length ?? 0;
  const state = slideFilterState(slide);
  if (!state || !article || !border) return { incidents: mapOverlays(dataset, articles).incidents, shown: total, total, visibleIds: null };
  let cached = indexes.get(article);
  if (!cached || cached.border !== border) indexes.set(article, (cached = { border, index: buildIncidentIndex([{ origin: article.meta.id, features: article.incidents }], border) }));
  const result = applyFilters(cached.index, state);
  const ids = new Set(visibleIds(cached.index, result));
  return { incidents: mapOverlays(dataset, articles, [], ids).incidents, shown: result.count, total, visibleIds: ids };
}
