/**
 * Queries over the mentions of the loaded articles: which mentions name a place, which places
 * an article names, how often. The article panel, the place card and the lists all read these.
 */
import type { Dataset, LoadedArticle, Mention } from '../dataset';
import type { IncidentFeature, Place } from '../types';

/** Mentions of `placeId` in `articles`, in article then text order. */
export function mentionsOfPlace(articles: readonly LoadedArticle[], placeId: string): Mention[] {
  return articles.flatMap((article) => article.mentions.filter((mention) => mention.placeId === placeId));
}

/** Places named at least once in `articles`, most mentioned first, then by name. */
export function mentionedPlaces(dataset: Dataset, articles: readonly LoadedArticle[] = dataset.articles): Array<{ place: Place; count: number }> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const mention of article.mentions) {
      if (mention.placeId) counts.set(mention.placeId, (counts.get(mention.placeId) ?? 0) + 1);
    }
  }
  return dataset.places
    .filter((place) => counts.has(place.id))
    .map((place) => ({ place, count: counts.get(place.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.place.name.en.localeCompare(b.place.name.en));
}

/** The incidents of `articles` that concern `placeId`. */
export function incidentsOfPlace(articles: readonly LoadedArticle[], placeId: string): IncidentFeature[] {
  return articles.flatMap((article) => article.incidents.filter((incident) => incident.properties.place_ids.includes(placeId)));
}

/** The incident with `id` and the article that reports it, or null. */
export function findIncident(articles: readonly LoadedArticle[], id: string): { incident: IncidentFeature; article: LoadedArticle } | null {
  for (const article of articles) {
    const incident = article.incidents.find((candidate) => candidate.properties.id === id);
    if (incident) return { incident, article };
  }
  return null;
}

/** The mentions an incident cites (its annotation ids), in text order. */
export function mentionsOfIncident(article: LoadedArticle, incident: IncidentFeature): Mention[] {
  const ids = new Set(incident.properties.annotation_ids);
  return article.mentions.filter((mention) => ids.has(mention.annotationId));
}
